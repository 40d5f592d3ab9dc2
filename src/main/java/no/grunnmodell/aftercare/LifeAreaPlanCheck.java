package no.grunnmodell.aftercare;

import no.grunnmodell.platform.Refusal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.grunnmodell.course.FormValues;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of «Lag plan for livsområdene» and «Revider planen», before {@code measurePlanBookkeeping}
 * (which checks goals, measures and the evaluation date as for every plan): in aftercare every goal belongs to
 * one of the young person's life areas, so that the evaluation can go through them area by area.
 */
@Component("lifeAreaPlanCheck")
public class LifeAreaPlanCheck implements TaskListener {

  /** The values of the life area field in the plan form: bolig, økonomi, skole/arbeid, helse, nettverk, fritid. */
  static final Set<String> LIFE_AREAS = Set.of("bolig", "okonomi", "skole-arbeid", "helse", "nettverk", "fritid");

  @Override
  public void notify(DelegateTask task) {
    List<Map<String, Object>> goals = FormValues.rows(task.getVariable("goals"));
    boolean everyGoalHasALifeArea = goals.stream()
        .filter(g -> g.get("goal") != null && !g.get("goal").toString().isBlank())
        .allMatch(g -> g.get("lifeArea") != null && LIFE_AREAS.contains(g.get("lifeArea").toString()));
    if (!everyGoalHasALifeArea) {
      throw Refusal.invalid("goals", "Planen kan ikke lagres ennå: hvert mål må høre til et livsområde "
          + "(bolig, økonomi, skole/arbeid, helse, nettverk eller fritid).", "Every goal needs a lifeArea: one of "
          + String.join(", ", LIFE_AREAS) + ".");
    }
  }
}
