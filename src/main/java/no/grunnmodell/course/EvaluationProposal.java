package no.grunnmodell.course;

import java.time.LocalDate;
import no.grunnmodell.platform.Days;
import no.grunnmodell.platform.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of «Utarbeid tiltaksplan», «Revider tiltaksplanen» and «Evaluer tiltaksplanen»: proposes the
 * (next) evaluation date from {@code grunnmodell.evaluation.interval}, so that the forms show the interval from
 * the setting rather than as prose. Task-local: the proposal belongs to this step and is not a plan decision.
 */
@Component("evaluationProposal")
public class EvaluationProposal implements TaskListener {

  private final EvaluationSettings evaluation;

  public EvaluationProposal(EvaluationSettings evaluation) {
    this.evaluation = evaluation;
  }

  @Override
  public void notify(DelegateTask task) {
    LocalDate proposed = evaluation.proposedDate(EngineClock.today());
    task.setVariableLocal(CourseVariables.PROPOSED_EVALUATION_DATE, proposed.toString());
    task.setVariableLocal(CourseVariables.PROPOSED_EVALUATION_DATE_TEXT, Days.text(proposed));
    task.setVariableLocal(CourseVariables.EVALUATION_INTERVAL_TEXT, evaluation.intervalText());
  }
}
