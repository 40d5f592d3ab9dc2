package no.grunnmodell.course;

import no.grunnmodell.platform.Refusal;
import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of «Evaluer tiltaksplanen»: the outcome must be one the diagram knows, and continuing
 * the plan needs the next evaluation date, which becomes the evaluation timer's date.
 */
@Component("evaluationBookkeeping")
public class EvaluationBookkeeping implements TaskListener {

  static final Set<String> OUTCOMES = Set.of("CONTINUE", "REVISE", "REFER", "CLOSE");

  @Override
  public void notify(DelegateTask task) {
    Object outcome = task.getVariable("evaluationOutcome");
    if (outcome == null || !OUTCOMES.contains(outcome.toString())) {
      throw Refusal.invalid("evaluationOutcome", "Velg resultatet av evalueringen: fortsett, revider planen, "
          + "henvis eller avslutt.", "evaluationOutcome must be CONTINUE, REVISE, REFER or CLOSE.");
    }
    if ("CONTINUE".equals(outcome)) {
      LocalDate next = FormValues.date(task.getVariable("nextEvaluationDate"), "Neste evalueringsdato");
      if (!next.isAfter(LocalDate.now(FormValues.OSLO))) {
        throw Refusal.invalid("nextEvaluationDate", "Neste evalueringsdato må være fram i tid.",
            "nextEvaluationDate must be in the future.");
      }
      task.setVariable(CourseVariables.EVALUATION_DUE, FormValues.toDate(next));
      task.setVariable("evaluationDateText", FormValues.text(next));
    }
    Object count = task.getVariable("evaluationCount");
    task.setVariable("evaluationCount", count instanceof Integer c ? c + 1 : 1);
  }
}
