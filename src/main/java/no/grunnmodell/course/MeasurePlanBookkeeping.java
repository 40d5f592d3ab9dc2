package no.grunnmodell.course;

import no.grunnmodell.form.FormInput;
import no.grunnmodell.platform.Days;
import no.grunnmodell.platform.EngineClock;
import no.grunnmodell.platform.Refusal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Complete listener of «Utarbeid tiltaksplan» and «Revider tiltaksplan», and of the aftercare plan («Lag plan for
 * livsområdene», «Revider planen»). A plan must have concrete goals, at least one measure track and an evaluation
 * date (supervision keeps finding plans without one). Sets the evaluation timer's date and the status of each
 * measure track: a track in the plan that is not running becomes PLANNED (its lane starts it), a running track that
 * stays in the plan is left alone, and a track left out becomes DROPPED (its lane stops it); for an aftercare
 * revision that changes the measures, only once the leder has made the vedtak on the change. An evaluation date
 * later than {@code grunnmodell.evaluation.interval} is allowed, as Q-0982's «som hovedregel» allows it, but
 * recorded in {@code evaluationDateBeyondInterval}.
 */
@Component("measurePlanBookkeeping")
public class MeasurePlanBookkeeping implements TaskListener {

  static final String EVALUATION_DATE_BEYOND_INTERVAL = "evaluationDateBeyondInterval";
  /** The aftercare revision's answer «Endrer revisjonen tiltakene?»; the family plan does not ask it. */
  private static final String REVISION_CHANGES_MEASURES = "revisionChangesMeasures";
  private static final String YES = "YES";

  private final EvaluationSettings evaluation;

  public MeasurePlanBookkeeping(EvaluationSettings evaluation) {
    this.evaluation = evaluation;
  }

  @Override
  public void notify(DelegateTask task) {
    LocalDate today = EngineClock.today();
    List<String> problems = new ArrayList<>();
    List<Map<String, Object>> goals = FormInput.rows(task.getVariable(CourseVariables.GOALS));
    if (goals.stream().noneMatch(g -> g.get("goal") != null && !g.get("goal").toString().isBlank())) {
      problems.add("Planen må ha minst ett konkret mål.");
    }
    List<String> tracks = FormInput.strings(task.getVariable(CourseVariables.MEASURE_TRACKS));
    if (tracks.stream().noneMatch(value -> List.of(MeasureTrack.values()).stream()
        .anyMatch(t -> t.planValue().equals(value)))) {
      problems.add("Velg minst ett tiltak (veiledning, støttende tiltak, nettverk eller samarbeid).");
    }
    LocalDate evaluationDate = futureDate(task, "evaluationDate", "Evalueringsdato", "Evalueringsdatoen", today,
        problems);
    // The family plan's planned end is checked here; the aftercare plan's (measuresIntendedUntil) by
    // aftercarePlanCheck, which also holds it to the last day of aftercare.
    LocalDate plannedEnd = task.getVariable(CourseVariables.MEASURES_PLANNED_UNTIL) == null ? null
        : futureDate(task, "measuresPlannedUntil", "Tiltakene er planlagt å vare til", "Planlagt slutt på tiltakene",
            today, problems);
    if (!problems.isEmpty()) {
      throw Refusal.invalid(null, "Tiltaksplanen kan ikke lagres ennå: " + String.join(" ", problems),
          "The plan cannot be saved yet: it needs at least one concrete goal, at least one measure track, an "
              + "evaluation date in the future and, where the form asks for it, a planned end in the future.");
    }
    if (!YES.equals(task.getVariable(REVISION_CHANGES_MEASURES))) {
      applyTracks(task);
    }
    task.setVariable(CourseVariables.EVALUATION_DUE, Days.toDate(evaluationDate));
    task.setVariable(CourseVariables.EVALUATION_DATE_TEXT, Days.text(evaluationDate));
    if (plannedEnd != null) {
      task.setVariable(CourseVariables.MEASURES_PLANNED_UNTIL_TEXT, Days.text(plannedEnd));
    }
    task.setVariable(EVALUATION_DATE_BEYOND_INTERVAL, evaluation.beyondInterval(evaluationDate, today));
    Object version = task.getVariable(CourseVariables.PLAN_VERSION);
    task.setVariable(CourseVariables.PLAN_VERSION, version instanceof Integer v ? v + 1 : 1);
    task.setVariable(CourseVariables.PLAN_AGREED_AT, EngineClock.date());
  }

  /**
   * Starts the plan's new tracks and stops those it leaves out. An aftercare revision that changes the measures
   * takes effect with the leder's vedtak on the change (barnevernsloven § 3-6), so there it is called by the vedtak
   * step, not by the revision.
   */
  public static void applyTracks(VariableScope plan) {
    List<String> tracks = FormInput.strings(plan.getVariable(CourseVariables.MEASURE_TRACKS));
    for (MeasureTrack track : MeasureTrack.values()) {
      boolean chosen = tracks.contains(track.planValue());
      plan.setVariable(track.chosenVariable(), chosen);
      plan.setVariable(track.statusVariable(), nextStatus(chosen, plan.getVariable(track.statusVariable())));
    }
  }

  /** Only what the plan changes changes: a running measure that stays in the plan goes on untouched. */
  static String nextStatus(boolean chosen, Object current) {
    if (!chosen) {
      return MeasureTrack.Status.DROPPED.name();
    }
    return MeasureTrack.Status.RUNNING.name().equals(current) ? MeasureTrack.Status.RUNNING.name()
        : MeasureTrack.Status.PLANNED.name();
  }

  private static LocalDate futureDate(DelegateTask task, String key, String label, String subject, LocalDate today,
                                      List<String> problems) {
    try {
      LocalDate day = FormInput.date(task.getVariable(key), label);
      if (!day.isAfter(today)) {
        problems.add(subject + " må være fram i tid.");
      }
      return day;
    } catch (ProcessEngineException e) {
      problems.add(e.getMessage());
      return null;
    }
  }
}
