package no.grunnmodell.migration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.ConditionalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * Plans the move from an older version to the latest one by matching element ids, as the engine generates it
 * ({@code mapEqualActivities}), validated before any course is touched.
 *
 * <ul>
 *   <li>An event keeps its waiting trigger (a timer keeps its due date) unless the trigger must be renewed: always
 *       for a conditional event, which the engine requires, and for a timer, message or signal whose definition the
 *       new version changed. Renewing every trigger would restart, say, a 14-day reminder on the day of the move.</li>
 *   <li>A step the engine refuses to map (its type or scope changed) is left out of the plan rather than failing it:
 *       only the courses waiting in that step stay, and they are told why.</li>
 * </ul>
 */
@Component
class MigrationPlanner {

  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;

  MigrationPlanner(RuntimeService runtimeService, RepositoryService repositoryService) {
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
  }

  PlannedMove plan(ProcessDefinition source, ProcessDefinition target) {
    BpmnModelInstance sourceModel = repositoryService.getBpmnModelInstance(source.getId());
    BpmnModelInstance targetModel = repositoryService.getBpmnModelInstance(target.getId());
    Map<String, List<String>> refused = new HashMap<>();
    List<MigrationInstruction> generated = generate(source, target, refused);
    while (true) {
      MigrationPlanBuilder builder = runtimeService.createMigrationPlan(source.getId(), target.getId());
      for (MigrationInstruction instruction : generated) {
        if (refused.containsKey(instruction.getSourceActivityId())) {
          continue;
        }
        var mapped = builder.mapActivities(instruction.getSourceActivityId(), instruction.getTargetActivityId());
        builder = instruction.isUpdateEventTrigger() && triggerMustBeRenewed(sourceModel, targetModel, instruction)
            ? mapped.updateEventTrigger() : mapped;
      }
      try {
        return new PlannedMove(source, target, builder.build(), Map.copyOf(refused), sourceModel, targetModel);
      } catch (MigrationPlanValidationException e) {
        // Leaving a step out can make another one invalid (a step inside it, an event on it): leave those out too.
        int before = refused.size();
        collectRefused(e, refused);
        if (refused.size() == before) {
          throw e;
        }
      }
    }
  }

  /** The engine's own mapping by equal ids, with every trigger renewed where the engine allows it. */
  private List<MigrationInstruction> generate(ProcessDefinition source, ProcessDefinition target,
                                              Map<String, List<String>> refused) {
    try {
      return runtimeService.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities()
          .updateEventTriggers().build().getInstructions();
    } catch (MigrationPlanValidationException e) {
      collectRefused(e, refused);
      return e.getValidationReport().getMigrationPlan().getInstructions();
    }
  }

  private static void collectRefused(MigrationPlanValidationException e, Map<String, List<String>> refused) {
    for (MigrationInstructionValidationReport report : e.getValidationReport().getInstructionReports()) {
      if (report.hasFailures()) {
        refused.put(report.getMigrationInstruction().getSourceActivityId(), List.copyOf(report.getFailures()));
      }
    }
  }

  private static boolean triggerMustBeRenewed(BpmnModelInstance sourceModel, BpmnModelInstance targetModel,
                                              MigrationInstruction instruction) {
    ModelElementInstance source = sourceModel.getModelElementById(instruction.getSourceActivityId());
    ModelElementInstance target = targetModel.getModelElementById(instruction.getTargetActivityId());
    if (!(source instanceof CatchEvent sourceEvent) || !(target instanceof CatchEvent targetEvent)) {
      return true;
    }
    if (sourceEvent.getEventDefinitions().stream().anyMatch(d -> d instanceof ConditionalEventDefinition)) {
      return true;
    }
    return !trigger(sourceEvent).equals(trigger(targetEvent));
  }

  /** What makes the event fire, as text: the timer's expression, the message's or signal's name. */
  private static String trigger(CatchEvent event) {
    return event.getEventDefinitions().stream().map(MigrationPlanner::trigger).collect(Collectors.joining("|"));
  }

  private static String trigger(EventDefinition definition) {
    if (definition instanceof TimerEventDefinition timer) {
      return "timer:" + text(timer.getTimeDate()) + "/" + text(timer.getTimeDuration()) + "/"
          + text(timer.getTimeCycle());
    }
    if (definition instanceof MessageEventDefinition message) {
      return "message:" + (message.getMessage() == null ? "" : message.getMessage().getName());
    }
    if (definition instanceof SignalEventDefinition signal) {
      return "signal:" + (signal.getSignal() == null ? "" : signal.getSignal().getName());
    }
    return definition.getElementType().getTypeName();
  }

  private static String text(ModelElementInstance element) {
    return element == null ? "" : element.getTextContent().strip();
  }
}
