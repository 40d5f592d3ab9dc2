package no.grunnmodell.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile the application refuses to start while a demo user still has the demo password:
 * a production installation must never be reachable with a published password.
 */
@Component
public class DemoUserGuard implements InitializingBean {

  private final IdentityService identityService;
  private final ServiceDirectory services;
  private final Environment environment;

  public DemoUserGuard(IdentityService identityService, ServiceDirectory services, Environment environment) {
    this.identityService = identityService;
    this.services = services;
    this.environment = environment;
  }

  @Override
  public void afterPropertiesSet() {
    if (!environment.acceptsProfiles(Profiles.of("demo"))) {
      check();
    }
  }

  /** Throws if a demo user exists with the demo password. Only the demo users' ids are tried. */
  void check() {
    List<String> exposed = new ArrayList<>();
    for (String userId : DemoUsers.userIds(services)) {
      if (identityService.createUserQuery().userId(userId).count() > 0
          && identityService.checkPassword(userId, DemoUsers.PASSWORD)) {
        exposed.add(userId);
      }
    }
    if (!exposed.isEmpty()) {
      throw new DemoPasswordsExposed(exposed);
    }
  }
}
