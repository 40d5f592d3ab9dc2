package no.grunnmodell.course;

import static no.grunnmodell.course.CourseVariables.*;

import no.grunnmodell.platform.EngineClock;
import no.grunnmodell.platform.ModelProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener for the elements that mark where a course stands. The diagram says what, as extension
 * properties: {@code phase} (e.g. STARTUP) when a phase begins, {@code outcome} (e.g. CONSENT_REFUSED) on an
 * end event, and
 * {@code referralOutcome} (GRANTED, REFUSED, NOT_APPROVED, NOT_SENT, WITHDRAWN) at the end of a referral. The case system reads both through the course status API.
 */
@Component("courseMilestone")
public class CourseMilestone implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    ModelProperties.own(execution, PHASE).ifPresent(phase -> execution.setVariable(PHASE, phase));
    ModelProperties.own(execution, REFERRAL_OUTCOME).ifPresent(result -> execution.setVariable(REFERRAL_OUTCOME, result));
    ModelProperties.own(execution, OUTCOME).ifPresent(outcome -> {
      execution.setVariable(OUTCOME, outcome);
      execution.setVariable(PHASE, "ENDED");
      execution.setVariable(ENDED_AT, EngineClock.date());
    });
  }
}
