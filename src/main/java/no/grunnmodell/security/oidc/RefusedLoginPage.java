package no.grunnmodell.security.oidc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.grunnmodell.security.NoticePage;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where a refused login over OpenID Connect ends: a page in Norwegian that says why, in words for the person
 * ({@link LoginRefusal}), instead of Spring Security's English login page with "Invalid credentials" or with our
 * internal reason. Outside Spring Security's paths, so it shows whether or not anyone is logged in.
 */
@Controller
@Profile(OidcSecurity.PROFILE)
public class RefusedLoginPage {

  public static final String PATH = "/innlogging-avvist";

  private final String webapps;

  public RefusedLoginPage(CamundaBpmProperties camunda) {
    this.webapps = camunda.getWebapp().getApplicationPath();
  }

  /** Sends a failed login to this page, with only the kind of refusal in the address. */
  static AuthenticationFailureHandler failureHandler() {
    return (request, response, failure) -> response.sendRedirect(request.getContextPath() + PATH + "?grunn="
        + LoginRefusal.of(failure).key());
  }

  @GetMapping(PATH)
  public void page(@RequestParam(name = "grunn", required = false) String key,
                   HttpServletRequest request, HttpServletResponse response) throws IOException {
    LoginRefusal refusal = LoginRefusal.ofKey(key);
    new NoticePage(refusal.heading(), refusal.paragraphs(), "Prøv å logge inn igjen",
        request.getContextPath() + webapps + "/app/")
        .write(response, refusal == LoginRefusal.FAILED ? HttpServletResponse.SC_UNAUTHORIZED
            : HttpServletResponse.SC_FORBIDDEN);
  }
}
