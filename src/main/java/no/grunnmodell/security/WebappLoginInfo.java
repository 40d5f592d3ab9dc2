package no.grunnmodell.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import no.grunnmodell.security.oidc.OidcSecurity;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tells the webapps' script for «Logg ut» (webjars/camunda/app/grunnmodell-sso-logout.js) how people log in here.
 * With OpenID Connect (profile oidc) the button must go to /logout, which also ends the session at the identity
 * provider; otherwise the webapps' own logout is right and the script leaves the button alone. Answered in every
 * profile, so the script never meets a missing address.
 */
@RestController
public class WebappLoginInfo {

  private final boolean singleSignOn;

  public WebappLoginInfo(Environment environment) {
    this.singleSignOn = environment.acceptsProfiles(Profiles.of(OidcSecurity.PROFILE));
  }

  @GetMapping("${camunda.bpm.webapp.application-path:/camunda}/app/grunnmodell-login.json")
  public ResponseEntity<Map<String, Object>> login(HttpServletRequest request) {
    Map<String, Object> body = singleSignOn
        ? Map.of("singleSignOn", true, "logoutUrl", request.getContextPath() + "/logout")
        : Map.of("singleSignOn", false);
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
  }
}
