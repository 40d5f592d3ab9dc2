package no.grunnmodell.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Engine settings that have no Spring property: the one place that plugs our rules into the engine.
 *
 * <ul>
 *   <li>Each course belongs to the service of the person who starts it ({@link ServiceTenantProvider}).</li>
 *   <li>Whoever deploys may read, not delete, the deployment ({@link DeploymentGrants}).</li>
 *   <li>The task and form services check our {@link TaskGuard}s before a task is completed, handed to someone or
 *       changed outside its form, whatever the client.</li>
 *   <li>Our {@link EngineOperationListener}s (the audit of operations done outside the forms) see every entry of
 *       the engine's user operation log.</li>
 *   <li>The engine's history is written by {@link DetailHistory}: all of it, but the variable copies between a
 *       course and the phases it calls.</li>
 *   <li>Every new deployment is vetted and recorded by the {@link DeploymentCheck} (deployment's gate) before
 *       Camunda's own deployers parse it.</li>
 *   <li>The groups that hold authorizations are known to the whole node ({@link AuthorizedGroups}), not read from
 *       the database before every check.</li>
 * </ul>
 */
@Component
public class EnginePlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<TaskGuard> taskGuards;
  private final ObjectProvider<EngineOperationListener> historyHandlers;
  private final DeploymentCheck deploymentCheck;
  private final AuthorizedGroups authorizedGroups;

  public EnginePlugin(ObjectProvider<TaskGuard> taskGuards, ObjectProvider<EngineOperationListener> historyHandlers,
                      DeploymentCheck deploymentCheck,
                      @Value("${grunnmodell.engine.authorized-groups-max-age:PT1M}") Duration authorizedGroupsMaxAge) {
    this.taskGuards = taskGuards;
    this.historyHandlers = historyHandlers;
    this.deploymentCheck = deploymentCheck;
    this.authorizedGroups = new AuthorizedGroups(authorizedGroupsMaxAge);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(new ServiceTenantProvider());
    configuration.setResourceAuthorizationProvider(new DeploymentGrants());
    // The guards are Spring beans that use the engine's services, so they are looked up when a task is acted on,
    // not while the engine is being built.
    configuration.setTaskService(new GuardedTaskService(this::guards));
    configuration.setFormService(new GuardedFormService(this::guards));
    // The engine's history through DetailHistory instead of its default writer, and our audit copies of what
    // people do outside the forms next to it.
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    List<HistoryEventHandler> handlers = new ArrayList<>();
    handlers.add(new DetailHistory());
    handlers.addAll(configuration.getCustomHistoryEventHandlers());
    handlers.add(new LazyHistoryEventHandler(historyHandlers));
    configuration.setCustomHistoryEventHandlers(handlers);
    // Pre-deployers run before the BPMN, DMN, CMMN and form deployers; keep any that are already registered.
    List<Deployer> preDeployers = new ArrayList<>();
    if (configuration.getCustomPreDeployers() != null) {
      preDeployers.addAll(configuration.getCustomPreDeployers());
    }
    preDeployers.add(new GatedDeployer(deploymentCheck));
    configuration.setCustomPreDeployers(preDeployers);
    List<SessionFactory> sessionFactories = new ArrayList<>();
    if (configuration.getCustomSessionFactories() != null) {
      sessionFactories.addAll(configuration.getCustomSessionFactories());
    }
    sessionFactories.add(new NodeWideAuthorizationManager.Factory(authorizedGroups));
    configuration.setCustomSessionFactories(sessionFactories);
  }

  private List<TaskGuard> guards() {
    return taskGuards.orderedStream().toList();
  }
}
