package no.grunnmodell.migration;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;

/**
 * The move from one older version of a process to its latest version: the engine's migration plan, validated, and
 * the steps it leaves out because the engine refused to map them ({@code refused}: source activity id to the
 * engine's reasons). A course waiting in a step the plan does not map cannot move.
 */
record PlannedMove(ProcessDefinition source, ProcessDefinition target, MigrationPlan plan,
                   Map<String, List<String>> refused, BpmnModelInstance sourceModel, BpmnModelInstance targetModel) {

  boolean maps(String sourceActivityId) {
    return plan.getInstructions().stream().anyMatch(i -> i.getSourceActivityId().equals(sourceActivityId));
  }

  boolean targetHas(String activityId) {
    return targetModel.getModelElementById(activityId) != null;
  }

  /** The step's name in the old version, else its id. */
  String stepName(String activityId) {
    return Optional.ofNullable(sourceModel.<FlowElement>getModelElementById(activityId))
        .map(FlowElement::getName).filter(name -> !name.isBlank()).orElse(activityId);
  }
}
