package no.grunnmodell.migration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;

/** The probe versions a migration test deploys, removed with their courses after each test. */
final class ProbeDeployments {

  private final List<String> ids = new ArrayList<>();

  void add(String deploymentId) {
    ids.add(deploymentId);
  }

  /** Only this test's copies, newest first: the older versions' courses may have moved to the newer ones. */
  void removeAll(RepositoryService repositoryService) {
    Collections.reverse(ids);
    ids.forEach(id -> repositoryService.deleteDeployment(id, true));
    ids.clear();
  }
}
