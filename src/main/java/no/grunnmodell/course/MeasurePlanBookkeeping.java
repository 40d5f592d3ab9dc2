package no.grunnmodell.course;

import no.grunnmodell.platform.Refusal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of «Utarbeid tiltaksplan» and «Revider tiltaksplan». A plan must have concrete goals, at
 * least one measure track and an evaluation date (supervision keeps finding plans without one). Sets the
 * evaluation timer's date and the tracks the implementation phase opens.
 */
@Component("measurePlanBookkeeping")
public class MeasurePlanBookkeeping implements TaskListener {

  /** Checklist values in the plan form and the variables the implementation phase branches on. */
  static final Map<String, String> TRACKS = Map.of(
      "veiledning", "trackGuidance",
      "stottende", "trackSupport",
      "nettverk", "trackNetwork",
      "samarbeid", "trackCollaboration");

  @Override
  public void notify(DelegateTask task) {
    List<String> problems = new ArrayList<>();
    List<Map<String, Object>> goals = FormValues.rows(task.getVariable("goals"));
    if (goals.stream().noneMatch(g -> g.get("goal") != null && !g.get("goal").toString().isBlank())) {
      problems.add("Planen må ha minst ett konkret mål.");
    }
    List<String> tracks = FormValues.strings(task.getVariable("measureTracks"));
    if (tracks.stream().noneMatch(TRACKS::containsKey)) {
      problems.add("Velg minst ett tiltak (veiledning, støttende tiltak, nettverk eller samarbeid).");
    }
    LocalDate evaluation = null;
    try {
      evaluation = FormValues.date(task.getVariable("evaluationDate"), "Evalueringsdato");
      if (!evaluation.isAfter(LocalDate.now(FormValues.OSLO))) {
        problems.add("Evalueringsdatoen må være fram i tid.");
      }
    } catch (ProcessEngineException e) {
      problems.add(e.getMessage());
    }
    if (!problems.isEmpty()) {
      throw Refusal.invalid(null, "Tiltaksplanen kan ikke lagres ennå: " + String.join(" ", problems),
          "The plan cannot be saved yet: it needs at least one concrete goal, at least one measure track and an "
              + "evaluation date in the future.");
    }
    TRACKS.forEach((value, variable) -> task.setVariable(variable, tracks.contains(value)));
    task.setVariable(CourseVariables.EVALUATION_DUE, FormValues.toDate(evaluation));
    task.setVariable("evaluationDateText", FormValues.text(evaluation));
    Object version = task.getVariable("planVersion");
    task.setVariable("planVersion", version instanceof Integer v ? v + 1 : 1);
    task.setVariable("planAgreedAt", new Date());
  }
}
