package no.grunnmodell.aftercare;

import static no.grunnmodell.aftercare.AftercareVariables.AGE_LIMIT_DUE;
import static no.grunnmodell.aftercare.AftercareVariables.AGREED_MEASURE_TRACKS;
import static no.grunnmodell.aftercare.AftercareVariables.MEASURES_INTENDED_UNTIL;
import static no.grunnmodell.aftercare.AftercareVariables.MEASURE_TRACKS;
import static no.grunnmodell.aftercare.AftercareVariables.REVISION_CHANGES_MEASURES;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.grunnmodell.course.CourseVariables;
import no.grunnmodell.form.FormInput;
import no.grunnmodell.platform.Days;
import no.grunnmodell.platform.EngineClock;
import no.grunnmodell.platform.Refusal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/**
 * Complete listener of «Lag plan for livsområdene» and «Revider planen», before {@code measurePlanBookkeeping}
 * (which checks goals, measures and the evaluation date as for every plan). What an aftercare plan adds:
 * <ul>
 *   <li>every goal belongs to one of the young person's life areas, so that the evaluation can go through them
 *   area by area;</li>
 *   <li>the plan says how long the measures are meant to last (barnevernsloven § 8-5), within the aftercare: not
 *   after its last day, and not before the evaluation date, which would evaluate measures that have ended;</li>
 *   <li>a revision says whether it changes the measures, which then need a new vedtak; «no» while the measure
 *   tracks or their end date changed is refused as a contradiction.</li>
 * </ul>
 * The plan as agreed is kept in {@code agreedMeasureTracks} and {@code agreedMeasuresUntil} for the next revision.
 */
@Component("aftercarePlanCheck")
public class AftercarePlanCheck implements TaskListener {

  /** The values of the life area field in the plan form: bolig, økonomi, skole/arbeid, helse, nettverk, fritid. */
  static final Set<String> LIFE_AREAS = Set.of("bolig", "okonomi", "skole-arbeid", "helse", "nettverk", "fritid");
  static final String AGREED_MEASURES_UNTIL = "agreedMeasuresUntil";

  @Override
  public void notify(DelegateTask task) {
    List<Map<String, Object>> goals = FormInput.rows(task.getVariable(CourseVariables.GOALS));
    boolean everyGoalHasALifeArea = goals.stream()
        .filter(g -> g.get("goal") != null && !g.get("goal").toString().isBlank())
        .allMatch(g -> g.get("lifeArea") != null && LIFE_AREAS.contains(g.get("lifeArea").toString()));
    if (!everyGoalHasALifeArea) {
      throw Refusal.invalid("goals", "Planen kan ikke lagres ennå: hvert mål må høre til et livsområde "
          + "(bolig, økonomi, skole/arbeid, helse, nettverk eller fritid).", "Every goal needs a lifeArea: one of "
          + String.join(", ", LIFE_AREAS) + ".");
    }
    LocalDate until = FormInput.date(task.getVariable(MEASURES_INTENDED_UNTIL), MEASURES_INTENDED_UNTIL,
        "Hvor lenge tiltakene er ment å vare");
    LocalDate lastDay = FormInput.date(task.getVariable(AGE_LIMIT_DUE), "Siste dag i ettervern");
    if (!until.isAfter(EngineClock.today()) || until.isAfter(lastDay)) {
      throw Refusal.invalid(MEASURES_INTENDED_UNTIL, "Tiltakene må være ment å vare til en dato fram i tid, og "
          + "senest " + Days.text(lastDay) + ", siste dag i ettervern.", "measuresIntendedUntil must be in "
          + "the future and not after " + lastDay + ", the last day of aftercare.");
    }
    Object evaluation = task.getVariable(CourseVariables.EVALUATION_DATE);
    if (evaluation != null && !evaluation.toString().isBlank()
        && FormInput.date(evaluation, "Evalueringsdato").isAfter(until)) {
      throw Refusal.invalid("evaluationDate", "Evalueringsdatoen kan ikke komme etter at tiltakene er ment å "
          + "slutte (" + Days.text(until) + ").", "evaluationDate must not be after measuresIntendedUntil.");
    }
    Set<String> tracks = new TreeSet<>(FormInput.strings(task.getVariable(MEASURE_TRACKS)));
    Object agreed = task.getVariable(AGREED_MEASURE_TRACKS);
    if (agreed != null && "NO".equals(task.getVariable(REVISION_CHANGES_MEASURES))) {
      boolean tracksChanged = !tracks.equals(new TreeSet<>(FormInput.strings(agreed)));
      Object agreedUntil = task.getVariable(AGREED_MEASURES_UNTIL);
      boolean untilChanged = agreedUntil != null && !until.equals(FormInput.date(agreedUntil, AGREED_MEASURES_UNTIL));
      if (tracksChanged || untilChanged) {
        throw Refusal.invalid(REVISION_CHANGES_MEASURES, "Den reviderte planen endrer "
            + (tracksChanged ? "tiltakene" : "hvor lenge tiltakene er ment å vare")
            + ", så svar «Ja» på om revisjonen endrer tiltakene: endringen trenger et nytt vedtak.",
            "The revision changes the measure tracks or measuresIntendedUntil, so revisionChangesMeasures must be"
                + " YES: the change needs a new vedtak.");
      }
    }
    // As JSON text: read back like the form's checklist, and nothing for the engine to deserialize.
    task.setVariable(AGREED_MEASURE_TRACKS, Spin.JSON(new ArrayList<>(tracks)).toString());
    task.setVariable(AGREED_MEASURES_UNTIL, until.toString());
    task.setVariable(AftercareVariables.MEASURES_INTENDED_UNTIL_TEXT, Days.text(until));
  }
}
