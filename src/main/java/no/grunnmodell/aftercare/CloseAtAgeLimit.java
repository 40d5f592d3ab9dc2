package no.grunnmodell.aftercare;

import static no.grunnmodell.course.CourseVariables.PHASE;

import no.grunnmodell.course.CourseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of «Avsluttet ved aldersgrensen», before {@code courseMilestone}: records the closure reason
 * «aldersgrense» and the phase the course was in when the limit stopped it. Everything recorded before stays in
 * the course's variables and history; only steps that were open are cancelled.
 */
@Component("closeAtAgeLimit")
public class CloseAtAgeLimit implements ExecutionListener {

  public static final String AGE_LIMIT = "AGE_LIMIT";

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariable(CourseVariables.CLOSURE_REASON, AGE_LIMIT);
    execution.setVariable(AftercareVariables.PHASE_AT_AGE_LIMIT, execution.getVariable(PHASE));
  }
}
