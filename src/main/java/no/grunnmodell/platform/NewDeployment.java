package no.grunnmodell.platform;

import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * A deployment the engine is about to parse, as a {@link DeploymentCheck} sees it: new resources by name (sorted),
 * who deploys it (null: the application) and whether it is the start-up deployment of processes/ and forms/.
 */
public record NewDeployment(String id, String name, String source, String tenantId, Date deploymentTime,
                            Map<String, byte[]> resources, String deployedBy, boolean startup) {

  public List<String> resourceNames() {
    return List.copyOf(resources.keySet());
  }
}
