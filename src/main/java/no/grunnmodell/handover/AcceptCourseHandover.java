package no.grunnmodell.handover;

import static no.grunnmodell.handover.HandoverVariables.*;

import java.util.HashMap;
import java.util.Map;
import no.grunnmodell.audit.AuditTrail;
import no.grunnmodell.course.CourseRegistry;
import no.grunnmodell.course.CourseVariables;
import no.grunnmodell.course.TargetGroup;
import no.grunnmodell.form.FormInput;
import no.grunnmodell.platform.AsApplication;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * «Start forløpet i vår tjeneste»: the receiving leder took the course over. A new course of the same target group
 * starts in the receiving service with the leder's case number, kontaktperson and vedtak date, linked to the one
 * before ({@code previousCourseId}, a HANDOVER link) and carrying the summary for its first steps. The course's own
 * start rules apply (a kontaktperson of the service, a case number without a running course, valid dates), and a
 * refusal reaches the leder as the step's error. Then the sending course is told.
 */
@Component("acceptCourseHandover")
public class AcceptCourseHandover implements JavaDelegate {

  private final HandoverRegistry handovers;
  private final CourseRegistry courses;
  private final RuntimeService runtimeService;
  private final AsApplication asApplication;
  private final AuditTrail auditTrail;
  private final SendingSide sendingSide;

  public AcceptCourseHandover(HandoverRegistry handovers, CourseRegistry courses, RuntimeService runtimeService,
                              AsApplication asApplication, AuditTrail auditTrail, SendingSide sendingSide) {
    this.handovers = handovers;
    this.courses = courses;
    this.runtimeService = runtimeService;
    this.asApplication = asApplication;
    this.auditTrail = auditTrail;
    this.sendingSide = sendingSide;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Handover handover = handovers.of(execution);
    String leder = SendingSide.decidedBy(execution);
    TargetGroup group = TargetGroup.valueOf((String) execution.getVariable(CourseVariables.TARGET_GROUP));
    String caseReference = CourseRegistry.caseReference(execution.getVariable(CourseVariables.CASE_REFERENCE));

    Map<String, Object> start = new HashMap<>();
    start.put(CourseVariables.SERVICE_ID, handover.toServiceId());
    start.put(CourseVariables.CASE_REFERENCE, caseReference);
    start.put(CourseVariables.KONTAKTPERSON, execution.getVariable(CourseVariables.KONTAKTPERSON));
    start.put(CourseVariables.BIRTH_DATE, execution.getVariable(CourseVariables.BIRTH_DATE));
    start.put(CourseVariables.DECISION_DATE,
        FormInput.date(execution.getVariable(CourseVariables.DECISION_DATE), CourseVariables.DECISION_DATE,
            "Dato for vedtaket om hjelpetiltak hos dere").toString());
    start.put(CourseVariables.STARTED_BY, leder);
    start.put(CourseVariables.PREVIOUS_COURSE_ID, handover.courseId());
    start.put(HANDOVER_ID, handover.id());
    start.put(SUMMARY, execution.getVariable(SUMMARY));
    start.put(FROM_SERVICE_NAME, execution.getVariable(FROM_SERVICE_NAME));
    Object firstName = execution.getVariable(CourseVariables.CHILD_FIRST_NAME);
    if (firstName != null) {
      start.put(CourseVariables.CHILD_FIRST_NAME, firstName);
    }
    // The leder is checked as a leder of the receiving service by the step; starting the course is the application's
    // (a leder does not start courses), and the course records the leder as who started it.
    ProcessInstance course = asApplication.call(() -> runtimeService.startProcessInstanceByKey(group.processKey(),
        caseReference, start));
    String newCourseId = courses.byProcessInstance(course.getId()).orElseThrow().id();

    handovers.accepted(handover.id(), newCourseId, leder);
    auditTrail.record(execution, handover.courseId(), "HANDOVER_ACCEPTED", handover.toServiceId(), leder);
    execution.setVariable(NEW_COURSE_ID, newCourseId);
    sendingSide.answer(handover, HandoverStatus.ACCEPTED, null);
  }
}
