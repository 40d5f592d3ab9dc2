package no.grunnmodell.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.grunnmodell.IntTestBase;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The node-wide list of authorized groups ({@link AuthorizedGroups}) never hides a grant made on this node. */
class NodeWideAuthorizationIntTest extends IntTestBase {

  private static final String GROUP = "nodewide-group";
  private static final String USER = "nodewide-user";

  @Autowired AuthorizationService authorizations;
  @Autowired IdentityService identity;
  @Autowired RepositoryService repository;

  @Test
  void aGroupsFirstGrantHoldsAtTheNextCheckAndItsRemovalAsWell() {
    assertThat(definitionsSeenByTheGroup()).as("before the grant").isZero();

    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(GROUP);
    grant.setResource(Resources.PROCESS_DEFINITION);
    grant.setResourceId("*");
    grant.addPermission(Permissions.READ);
    String grantId = authorizations.saveAuthorization(grant).getId();
    try {
      assertThat(definitionsSeenByTheGroup()).as("right after the grant").isPositive();
    } finally {
      authorizations.deleteAuthorization(grantId);
    }

    assertThat(definitionsSeenByTheGroup()).as("after the grant is removed").isZero();
  }

  private long definitionsSeenByTheGroup() {
    identity.setAuthentication(USER, List.of(GROUP));
    try {
      return repository.createProcessDefinitionQuery().count();
    } finally {
      identity.clearAuthentication();
    }
  }
}
