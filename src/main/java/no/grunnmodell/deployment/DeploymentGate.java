package no.grunnmodell.deployment;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.grunnmodell.platform.EngineClock;
import no.grunnmodell.platform.Refusal;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The engine's first deployer (registered before Camunda's own in {@code EnginePlugin}): every new deployment passes
 * here, whatever made it (the engine REST API, Camunda Modeler, the Java API, the deployment of processes/ and
 * forms/ at start-up), before the engine parses anything or registers a definition. It
 * <ol>
 *   <li>refuses every deployment but the start-up one with 403 when REST deployment is turned off
 *       ({@code grunnmodell.deployment.rest-enabled});</li>
 *   <li>refuses, with 400 and every problem found, a deployment the {@link DeploymentRules} do not allow;</li>
 *   <li>records the deployment in {@code gm_deployment}, in the deployment's transaction.</li>
 * </ol>
 * Deployments already in the database pass untouched when the engine loads them again (after a restart or an
 * upgrade in place): they are not new, and refusing them would leave running courses without their diagram.
 *
 * <p>Who may deploy at all is the engine's authorization (CREATE on DEPLOYMENT, checked before the deployers run):
 * the process owners' group and the administrators.
 */
@Component
public class DeploymentGate implements Deployer {

  private final ApplicationContext context;
  private final DeploymentSettings settings;
  private final DeploymentLog log;

  public DeploymentGate(ApplicationContext context, DeploymentSettings settings, DeploymentLog log) {
    this.context = context;
    this.settings = settings;
    this.log = log;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return;
    }
    boolean startup = StartupDeployment.isActive();
    if (!startup && !settings.isRestEnabled()) {
      throw Refusal.forbidden("Diagrammer og skjemaer kan ikke deployeres mens applikasjonen kjører: de deployeres "
          + "fra repositoriets processes/ og forms/ når applikasjonen starter. Legg endringen inn der, og start "
          + "applikasjonen på nytt.", "Diagrams and forms cannot be deployed while the application runs: they are "
          + "deployed from the repository's processes/ and forms/ at start-up. Commit the change there and restart "
          + "the application.");
    }
    Map<String, byte[]> resources = resources(deployment);
    List<Problem> problems = new DeploymentRules(new SpringBeanNames(context))
        .problems(deployment.getTenantId(), resources);
    if (!problems.isEmpty()) {
      throw DeploymentRules.refusal(problems);
    }
    Date deployedAt = deployment.getDeploymentTime() != null ? deployment.getDeploymentTime()
        : EngineClock.date();
    log.record(deployment.getId(), deployment.getName(), deployment.getSource(), currentUser(), deployedAt,
        startup ? DeploymentLog.Via.STARTUP : DeploymentLog.Via.REST, List.copyOf(resources.keySet()));
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
  private static String currentUser() {
    CommandContext command = Context.getCommandContext();
    return command == null ? null : command.getAuthenticatedUserId();
  }
}
