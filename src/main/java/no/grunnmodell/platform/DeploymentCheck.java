package no.grunnmodell.platform;

/**
 * Vets and records every new deployment before the engine parses it; registered by {@link EnginePlugin} as the
 * engine's first deployer. Throw a {@link Refusal} to refuse the deployment.
 */
public interface DeploymentCheck {

  void check(NewDeployment deployment);
}
