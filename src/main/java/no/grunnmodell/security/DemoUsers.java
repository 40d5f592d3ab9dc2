package no.grunnmodell.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo users, only in the {@code demo} profile: for each service a kontaktperson, a tiltaksarbeider and a leder
 * ({@code lorenskog-kontaktperson}, ...), plus {@code prosesseier} and {@code admin}; password {@code demo}.
 */
@Component
@Profile("demo")
@DependsOn("serviceIdentities")
public class DemoUsers implements InitializingBean {

  static final String PASSWORD = "demo";
  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

  private final IdentityService identityService;
  private final ServiceDirectory services;

  public DemoUsers(IdentityService identityService, ServiceDirectory services) {
    this.identityService = identityService;
    this.services = services;
  }

  /** The ids of all demo users: {@code <service>-<role>}, prosesseier and admin. */
  static List<String> userIds(ServiceDirectory services) {
    List<String> ids = new ArrayList<>();
    for (ServiceDirectory.Service service : services.services()) {
      for (Role role : Role.values()) {
        ids.add(service.id() + "-" + role.key());
      }
    }
    ids.add("prosesseier");
    ids.add("admin");
    return ids;
  }

  @Override
  public void afterPropertiesSet() {
    for (ServiceDirectory.RoleInService r : services.rolesInServices()) {
      String userId = r.service().id() + "-" + r.role().key();
      ensureUser(userId, r.role().label(), r.service().name());
      ensureMembership(userId, r.groupId());
    }
    ensureUser("prosesseier", "Prosesseier", "Demo");
    ensureMembership("prosesseier", Role.PROCESS_OWNER_GROUP);
    ensureUser("admin", "Administrator", "Demo");
    ensureMembership("admin", Role.ADMIN_GROUP);
    LOG.info("Demo users ready (password '{}')", PASSWORD);
  }

  private void ensureUser(String id, String firstName, String lastName) {
    if (identityService.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User user = identityService.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
  }

  private void ensureMembership(String userId, String groupId) {
    if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(userId, groupId);
    }
  }
}
