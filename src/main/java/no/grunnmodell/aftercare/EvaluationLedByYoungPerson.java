package no.grunnmodell.aftercare;

import no.grunnmodell.course.CourseVariables;
import no.grunnmodell.form.FormInput;
import no.grunnmodell.platform.Days;
import no.grunnmodell.platform.Refusal;
import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of «Evaluer planen med den unge», before {@code evaluationBookkeeping} (next evaluation
 * date, count). The young person leads the evaluation, so their own view is required; aftercare has no
 * referral to Bufetat, so the outcome is continue, revise or close; continuing needs a next evaluation before the
 * last day of aftercare.
 */
@Component("evaluationLedByYoungPerson")
public class EvaluationLedByYoungPerson implements TaskListener {

  static final Set<String> OUTCOMES = Set.of("CONTINUE", "REVISE", "CLOSE");

  @Override
  public void notify(DelegateTask task) {
    Object view = task.getVariable(AftercareVariables.YOUNG_PERSON_VIEW);
    if (view == null || view.toString().isBlank()) {
      throw Refusal.invalid("youngPersonView", "Skriv den unges eget syn på hvordan det går: evalueringen "
          + "starter med det.", "youngPersonView is required: the evaluation starts with the young person's view.");
    }
    Object outcome = task.getVariable(CourseVariables.EVALUATION_OUTCOME);
    if (outcome == null || !OUTCOMES.contains(outcome.toString())) {
      throw Refusal.invalid("evaluationOutcome", "Velg resultatet av evalueringen: fortsett, revider planen eller "
          + "avslutt.", "evaluationOutcome must be CONTINUE, REVISE or CLOSE.");
    }
    if ("CONTINUE".equals(outcome)) {
      // A next evaluation on or after the last day would never come: the course is closed at its start.
      LocalDate next = FormInput.date(task.getVariable(CourseVariables.NEXT_EVALUATION_DATE),
          CourseVariables.NEXT_EVALUATION_DATE, "Neste evalueringsdato");
      LocalDate lastDay = FormInput.date(task.getVariable(AftercareVariables.AGE_LIMIT_DUE), "Siste dag i ettervern");
      if (!next.isBefore(lastDay)) {
        throw Refusal.invalid("nextEvaluationDate", "Neste evaluering må være før " + Days.text(lastDay)
            + ", da ettervernet avsluttes. Velg «Avslutt ettervernet» hvis det ikke er tid til en ny evaluering.",
            "nextEvaluationDate must be before " + lastDay + ", the last day of aftercare.");
      }
    }
  }
}
