package no.grunnmodell.aftercare;

import static no.grunnmodell.aftercare.AftercareVariables.FOLLOW_UP_AFTER_NO_DATE_TEXT;
import static no.grunnmodell.course.CourseVariables.CASE_REFERENCE;

import no.grunnmodell.course.CourseRegistry;
import no.grunnmodell.course.TargetGroup;
import no.grunnmodell.platform.AsApplication;
import no.grunnmodell.platform.Refusal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Process start listener of the aftercare course, before {@code registerCourse}. A young person who said no keeps an
 * open course until they are asked again; when they come back before that, the kontaktperson's natural move is to
 * start a new course for the case, which the course registry refuses as a second course. This says instead what
 * to do: record the change of mind in the open course's «Spør den unge på nytt om ettervern», which leads straight
 * to the conversation about aftercare.
 */
@Component("checkOpenAftercareCourse")
public class CheckOpenAftercareCourse implements ExecutionListener {

  /** The step a no leaves open in the aftercare course. */
  static final String ASK_AGAIN_STEP = "Task_AskAgainAboutAftercare";

  private final CourseRegistry registry;
  private final AsApplication asApplication;

  public CheckOpenAftercareCourse(CourseRegistry registry, AsApplication asApplication) {
    this.registry = registry;
    this.asApplication = asApplication;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String caseReference = CourseRegistry.caseReference(execution.getVariable(CASE_REFERENCE));
    if (execution.getTenantId() == null || caseReference == null) {
      return; // registerCourse refuses these with its own message
    }
    registry.find(execution.getTenantId(), caseReference)
        .filter(course -> course.targetGroup() == TargetGroup.AFTERCARE)
        .ifPresent(course -> {
          // The caller may not see the step (it may be another kontaktperson's): looked up as the application,
          // and only its due date is told.
          Task step = asApplication.call(() -> execution.getProcessEngineServices().getTaskService()
              .createTaskQuery().processInstanceId(course.processInstanceId()).taskDefinitionKey(ASK_AGAIN_STEP)
              .singleResult());
          if (step != null) {
            Object day = asApplication.call(() -> execution.getProcessEngineServices().getRuntimeService()
                .getVariable(course.processInstanceId(), FOLLOW_UP_AFTER_NO_DATE_TEXT));
            throw Refusal.conflict("Den unge har allerede et åpent ettervernsforløp i denne saken. Forløpet venter "
                + "etter at den unge sa nei, og den unge skal spørres på nytt " + day + ". Har den unge ombestemt "
                + "seg, registrer det i steget «Spør den unge på nytt om ettervern» i det åpne forløpet, så kommer "
                + "samtalen om ettervern med en gang. Et nytt forløp startes ikke.",
                "Case " + caseReference + " has an open aftercare course waiting to ask the young person again after "
                    + "a no: record the change of mind in its step Task_AskAgainAboutAftercare instead of starting a "
                    + "new course.");
          }
        });
  }
}
