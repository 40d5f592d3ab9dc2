package no.grunnmodell.course;

import no.grunnmodell.platform.AsApplication;
import no.grunnmodell.platform.EngineClock;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * A deliberate early evaluation: the kontaktperson asks for the plan's evaluation now rather than on the
 * evaluation date («Evaluer tiltaksplanen» in a family course, «Evaluer planen med den unge» in aftercare). A course takes the request only while it waits for its next evaluation (not before the plan is
 * agreed, not while an evaluation, revision or referral is open, not after it ended).
 */
@Component
public class EvaluationRequests {

  public static final String MESSAGE = CourseVariables.EVALUATION_REQUESTED_MESSAGE;
  /** Why the evaluation was asked for; the evaluation form shows it. */
  public static final String REASON = "evaluationRequestReason";
  public static final String REQUESTED_BY = "evaluationRequestedBy";

  private final RuntimeService runtimeService;
  private final AsApplication asApplication;

  public EvaluationRequests(RuntimeService runtimeService, AsApplication asApplication) {
    this.runtimeService = runtimeService;
    this.asApplication = asApplication;
  }

  /**
   * Sends the request to the course. The caller has checked that the person may ask; caseworkers may not send
   * messages to courses themselves, so the application does.
   *
   * @return false when the course does not wait for an evaluation now
   */
  public boolean request(String processInstanceId, String reason, String requestedBy) {
    try {
      asApplication.run(() -> runtimeService.createMessageCorrelation(MESSAGE).processInstanceId(processInstanceId)
          .setVariable(REASON, reason).setVariable(REQUESTED_BY, requestedBy)
          .setVariable(CourseVariables.EVALUATION_REQUESTED_AT, EngineClock.date()).correlateWithResult());
      return true;
    } catch (MismatchingMessageCorrelationException e) {
      return false;
    }
  }
}
