package no.grunnmodell.platform;

import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * An open task by its id, found the way the engine finds the task it is about to act on: by primary key, without
 * authorization checks. Inside a {@link TaskGuard} (which runs in the step's own engine command) it is the very entity
 * the step then completes, so the guards and the step read it once. Whether the caller may see the task is the
 * guards' decision, not this lookup's. The engine's task query would do, but it builds a large dynamic statement
 * for every call: the most expensive part of a step's checks.
 */
@Component
public class OpenTasks {

  private final ProcessEngine engine;

  public OpenTasks(ProcessEngine engine) {
    this.engine = engine;
  }

  public Optional<Task> byId(String taskId) {
    if (taskId == null) {
      return Optional.empty();
    }
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return Optional.ofNullable(configuration.getCommandExecutorTxRequired().execute(context ->
        context.getTaskManager().findTaskById(taskId)));
  }
}
