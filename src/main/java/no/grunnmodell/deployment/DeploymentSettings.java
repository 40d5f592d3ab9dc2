package no.grunnmodell.deployment;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * From config/grunnmodell.yml ({@code grunnmodell.deployment}). A mutable bean rather than a record so that a test
 * can turn REST deployment off and on again in the shared application context.
 */
@ConfigurationProperties(prefix = "grunnmodell.deployment")
public class DeploymentSettings {

  /**
   * Whether diagrams and forms may be deployed while the application runs (engine REST API, Camunda Modeler).
   * Off: only the repository's processes/ and forms/, deployed at start-up.
   */
  private boolean restEnabled = true;

  public boolean isRestEnabled() {
    return restEnabled;
  }

  public void setRestEnabled(boolean restEnabled) {
    this.restEnabled = restEnabled;
  }
}
