package no.grunnmodell.platform;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.variable.VariableMap;

/** The engine's form service with our {@link TaskGuard}s in front of a submitted task form (the Tasklist's way). */
class GuardedFormService extends FormServiceImpl {

  private final Supplier<List<TaskGuard>> guards;

  GuardedFormService(Supplier<List<TaskGuard>> guards) {
    this.guards = guards;
  }

  @Override
  public void submitTaskForm(String taskId, Map<String, Object> properties) {
    guarded(taskId, properties, () -> {
      super.submitTaskForm(taskId, properties);
      return null;
    });
  }

  @Override
  public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
                                                         boolean deserializeValues) {
    return guarded(taskId, properties,
        () -> super.submitTaskFormWithVariablesInReturn(taskId, properties, deserializeValues));
  }

  /** As in {@link GuardedTaskService}: guards and submission in one engine command. */
  private <T> T guarded(String taskId, Map<String, Object> properties, Supplier<T> submit) {
    return commandExecutor.execute(context -> {
      guards.get().forEach(g -> g.beforeComplete(taskId, properties == null ? Map.of() : properties));
      return submit.get();
    });
  }
}
