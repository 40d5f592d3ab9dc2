package no.grunnmodell.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * The engine's deployer that hands new deployments to our {@link DeploymentCheck}. Deployments already in the
 * database pass untouched when the engine loads them again (after a restart or an upgrade in place): they are not
 * new, and refusing them would leave running courses without their diagram.
 */
public class GatedDeployer implements Deployer {

  private final DeploymentCheck check;

  public GatedDeployer(DeploymentCheck check) {
    this.check = check;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return;
    }
    check.check(new NewDeployment(deployment.getId(), deployment.getName(), deployment.getSource(),
        deployment.getTenantId(), deployment.getDeploymentTime(), resources(deployment), deployedBy(),
        StartupDeployment.isActive()));
  }

  /** The deployment's new resources by name, sorted so that problems and the record read the same every time. */
  private static Map<String, byte[]> resources(DeploymentEntity deployment) {
    Map<String, byte[]> resources = new LinkedHashMap<>();
    Map<String, ResourceEntity> entities = deployment.getResources();
    if (entities != null) {
      new TreeMap<>(entities).forEach((name, resource) -> resources.put(name, resource.getBytes()));
    }
    return resources;
  }

  /** The engine's authenticated user for this command (the REST caller), or null: the application itself. */
  private static String deployedBy() {
    CommandContext command = Context.getCommandContext();
    return command == null ? null : command.getAuthenticatedUserId();
  }
}
