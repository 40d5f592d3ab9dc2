package no.grunnmodell.platform;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as the application rather than as the logged-in person, once our own code has checked that the
 * person may ask for them: the engine's grants are kept minimal, and a step the application takes on someone's
 * behalf (recording Bufetat's answer, starting a course from the case system) must not need more of them.
 */
@Component
public class AsApplication {

  private final IdentityService identityService;

  public AsApplication(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T call(Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  public void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }
}
