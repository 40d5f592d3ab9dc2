package no.grunnmodell.handover;

import static no.grunnmodell.handover.HandoverVariables.*;

import java.util.HashMap;
import java.util.Map;
import no.grunnmodell.audit.AuditTrail;
import no.grunnmodell.course.CourseVariables;
import no.grunnmodell.form.FormInput;
import no.grunnmodell.platform.AsApplication;
import no.grunnmodell.security.ServiceDirectory;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * «Send forløpet til den nye tjenesten»: starts «Ta imot forløp» in the receiving service, its own tenant, where its
 * leder decides. Only what that decision and a new course need goes along: the summary, the child's first name and
 * birth date, the target group, and where to answer. The start is the application's: no caseworker may start
 * anything in another service, and this diagram has already checked where the course goes.
 */
@Component("sendCourseHandover")
public class SendCourseHandover implements JavaDelegate {

  static final String RECEIPT_PROCESS = "CourseHandoverReceipt";

  private final HandoverRegistry handovers;
  private final ServiceDirectory services;
  private final RuntimeService runtimeService;
  private final AsApplication asApplication;
  private final AuditTrail auditTrail;

  public SendCourseHandover(HandoverRegistry handovers, ServiceDirectory services, RuntimeService runtimeService,
                            AsApplication asApplication, AuditTrail auditTrail) {
    this.handovers = handovers;
    this.services = services;
    this.runtimeService = runtimeService;
    this.asApplication = asApplication;
    this.auditTrail = auditTrail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Handover handover = handovers.of(execution);
    Map<String, Object> receipt = new HashMap<>();
    receipt.put(CourseVariables.SERVICE_ID, handover.toServiceId());
    receipt.put(CourseVariables.SERVICE_NAME, services.find(handover.toServiceId()).orElseThrow().name());
    receipt.put(HANDOVER_ID, handover.id());
    receipt.put(FROM_SERVICE_NAME, services.find(handover.fromServiceId()).orElseThrow().name());
    receipt.put(SUMMARY, execution.getVariable(SUMMARY));
    receipt.put(CourseVariables.TARGET_GROUP, execution.getVariable(CourseVariables.TARGET_GROUP));
    receipt.put(CourseVariables.BIRTH_DATE,
        FormInput.date(execution.getVariable(CourseVariables.BIRTH_DATE), "Fødselsdato").toString());
    Object firstName = execution.getVariable(CourseVariables.CHILD_FIRST_NAME);
    if (firstName != null) {
      receipt.put("childFirstName", firstName);
    }
    receipt.put("previousCourseId", handover.courseId());
    receipt.put(SENDING_INSTANCE, execution.getProcessInstanceId());
    asApplication.call(() -> runtimeService.startProcessInstanceByKey(RECEIPT_PROCESS, receipt));
    auditTrail.record(execution, handover.courseId(), "HANDOVER_SENT", handover.toServiceId(),
        (String) execution.getVariable(CourseVariables.KONTAKTPERSON));
  }
}
