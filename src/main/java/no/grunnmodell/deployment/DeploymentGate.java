package no.grunnmodell.deployment;

import java.util.Date;
import java.util.List;
import no.grunnmodell.platform.DeploymentCheck;
import no.grunnmodell.platform.EngineClock;
import no.grunnmodell.platform.NewDeployment;
import no.grunnmodell.platform.Refusal;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The engine's first deployer (registered before Camunda's own by {@code EnginePlugin}): every new deployment passes
 * here, whatever made it (the engine REST API, Camunda Modeler, the Java API, the deployment of processes/ and
 * forms/ at start-up), before the engine parses anything or registers a definition. It
 * <ol>
 *   <li>refuses every deployment but the start-up one with 403 when REST deployment is turned off
 *       ({@code grunnmodell.deployment.rest-enabled});</li>
 *   <li>refuses, with 400 and every problem found, a deployment the {@link DeploymentRules} do not allow;</li>
 *   <li>records the deployment in {@code gm_deployment}, in the deployment's transaction.</li>
 * </ol>
 * Deployments already in the database pass untouched when the engine loads them again ({@code GatedDeployer}).
 *
 * <p>Who may deploy at all is the engine's authorization (CREATE on DEPLOYMENT, checked before the deployers run):
 * the process owners' group and the administrators.
 */
@Component
public class DeploymentGate implements DeploymentCheck {

  private final ApplicationContext context;
  private final DeploymentSettings settings;
  private final DeploymentLog log;

  public DeploymentGate(ApplicationContext context, DeploymentSettings settings, DeploymentLog log) {
    this.context = context;
    this.settings = settings;
    this.log = log;
  }

  @Override
  public void check(NewDeployment deployment) {
    boolean startup = deployment.startup();
    if (!startup && !settings.isRestEnabled()) {
      throw Refusal.forbidden("Diagrammer og skjemaer kan ikke deployeres mens applikasjonen kjører: de deployeres "
          + "fra repositoriets processes/ og forms/ når applikasjonen starter. Legg endringen inn der, og start "
          + "applikasjonen på nytt.", "Diagrams and forms cannot be deployed while the application runs: they are "
          + "deployed from the repository's processes/ and forms/ at start-up. Commit the change there and restart "
          + "the application.");
    }
    List<Problem> problems = new DeploymentRules(new SpringBeanNames(context))
        .problems(deployment.tenantId(), deployment.resources());
    if (!problems.isEmpty()) {
      throw DeploymentRules.refusal(problems);
    }
    Date deployedAt = deployment.deploymentTime() != null ? deployment.deploymentTime() : EngineClock.date();
    log.record(deployment.id(), deployment.name(), deployment.source(), deployment.deployedBy(), deployedAt,
        startup ? DeploymentLog.Via.STARTUP : DeploymentLog.Via.REST, deployment.resourceNames());
  }
}
