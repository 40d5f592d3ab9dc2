package no.grunnmodell.course;

import no.grunnmodell.form.FormInput;
import no.grunnmodell.platform.Days;
import no.grunnmodell.platform.EngineClock;
import no.grunnmodell.platform.Refusal;
import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of «Evaluer tiltaksplanen»: the outcome must be one the diagram knows, and continuing
 * the plan needs the next evaluation date, which becomes the evaluation timer's date (a date later than
 * {@code grunnmodell.evaluation.interval} is allowed and recorded in {@code evaluationDateBeyondInterval}).
 * A course is not closed while Bufetat's specialised measure still runs alongside it: its end is recorded first,
 * so that the egenandel is computed and the measure does not end with the course unrecorded.
 */
@Component("evaluationBookkeeping")
public class EvaluationBookkeeping implements TaskListener {

  static final Set<String> OUTCOMES = Set.of("CONTINUE", "REVISE", "REFER", "CLOSE");
  /** The call activity of family-course.bpmn in which a granted specialised measure runs. */
  static final String SPECIALISED_MEASURE = "CallActivity_SpecialisedMeasure";

  private final EvaluationSettings evaluation;

  public EvaluationBookkeeping(EvaluationSettings evaluation) {
    this.evaluation = evaluation;
  }

  @Override
  public void notify(DelegateTask task) {
    Object outcome = task.getVariable(CourseVariables.EVALUATION_OUTCOME);
    if (outcome == null || !OUTCOMES.contains(outcome.toString())) {
      throw Refusal.invalid("evaluationOutcome", "Velg resultatet av evalueringen: fortsett, revider planen, "
          + "henvis eller avslutt.", "evaluationOutcome must be CONTINUE, REVISE, REFER or CLOSE.");
    }
    if ("CLOSE".equals(outcome) && specialisedMeasureRuns(task)) {
      throw Refusal.invalid("evaluationOutcome", "Forløpet kan ikke avsluttes mens det spesialiserte tiltaket fra "
          + "Bufetat pågår. Registrer først at tiltaket er avsluttet («Registrer at det spesialiserte tiltaket er "
          + "avsluttet»), og avslutt forløpet etterpå.", "The course cannot be closed while the specialised measure "
          + "from Bufetat runs: record its end first.");
    }
    if ("CONTINUE".equals(outcome)) {
      LocalDate today = EngineClock.today();
      LocalDate next = FormInput.date(task.getVariable(CourseVariables.NEXT_EVALUATION_DATE), "Neste evalueringsdato");
      if (!next.isAfter(today)) {
        throw Refusal.invalid("nextEvaluationDate", "Neste evalueringsdato må være fram i tid.",
            "nextEvaluationDate must be in the future.");
      }
      task.setVariable(CourseVariables.EVALUATION_DUE, Days.toDate(next));
      task.setVariable(CourseVariables.EVALUATION_DATE_TEXT, Days.text(next));
      task.setVariable(MeasurePlanBookkeeping.EVALUATION_DATE_BEYOND_INTERVAL, evaluation.beyondInterval(next, today));
    }
    Object count = task.getVariable(CourseVariables.EVALUATION_COUNT);
    task.setVariable(CourseVariables.EVALUATION_COUNT, count instanceof Integer c ? c + 1 : 1);
    if (task.getVariable(EvaluationRequests.REASON) != null) {
      // The request is answered; the next evaluation form must not show it again. History keeps it.
      task.setVariable(EvaluationRequests.REASON, null);
    }
  }

  private static boolean specialisedMeasureRuns(DelegateTask task) {
    return task.getProcessEngineServices().getRuntimeService().createExecutionQuery()
        .processInstanceId(task.getProcessInstanceId()).activityId(SPECIALISED_MEASURE).count() > 0;
  }
}
