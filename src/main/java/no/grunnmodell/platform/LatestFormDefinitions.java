package no.grunnmodell.platform;

import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.springframework.stereotype.Component;

/**
 * The latest deployed version of a Camunda Form, by its id, as {@code camunda:formRefBinding="latest"} resolves it.
 * The engine has no public query for Camunda Forms, only for the form of an existing task, so the definition is
 * looked up the way the engine itself does.
 */
@Component
public class LatestFormDefinitions {

  /** Where a deployed form version is: its definition id, and the deployment resource that holds its JSON. */
  public record DeployedForm(String id, String key, String deploymentId, String resourceName) {
  }

  private final ProcessEngine engine;

  public LatestFormDefinitions(ProcessEngine engine) {
    this.engine = engine;
  }

  public Optional<DeployedForm> latest(String formId) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    CamundaFormDefinitionEntity definition = configuration.getCommandExecutorTxRequired().execute(context ->
        context.getCamundaFormDefinitionManager().findLatestDefinitionByKeyAndTenantId(formId, null));
    return Optional.ofNullable(definition).map(d ->
        new DeployedForm(d.getId(), d.getKey(), d.getDeploymentId(), d.getResourceName()));
  }
}
