package no.grunnmodell.platform;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Engine settings that have no Spring property: the one place that plugs our rules into the engine.
 *
 * <ul>
 *   <li>Each course belongs to the service of the person who starts it ({@link ServiceTenantProvider}).</li>
 *   <li>The task and form services check our {@link TaskGuard}s before a task is completed, handed to someone or
 *       changed outside its form, whatever the client.</li>
 * </ul>
 */
@Component
public class EnginePlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<TaskGuard> taskGuards;

  public EnginePlugin(ObjectProvider<TaskGuard> taskGuards) {
    this.taskGuards = taskGuards;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(new ServiceTenantProvider());
    // The guards are Spring beans that use the engine's services, so they are looked up when a task is acted on,
    // not while the engine is being built.
    configuration.setTaskService(new GuardedTaskService(this::guards));
    configuration.setFormService(new GuardedFormService(this::guards));
  }

  private List<TaskGuard> guards() {
    return taskGuards.orderedStream().toList();
  }
}
