package no.grunnmodell.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's setup page is closed in every profile. While no user is a member of camunda-admin, Camunda lets anyone who
 * reaches it, without logging in, create a user with any password and make it administrator. In Grunnmodell the first
 * administrator comes from the operator at start-up ({@link FirstAdministrator}), never from a browser.
 *
 * <p>As long as there is no administrator, Camunda sends every webapp to the setup page; this filter answers there
 * with a page that tells the reader what the operator must do, and refuses the setup request itself.
 */
public class SetupPageClosed extends OncePerRequestFilter {

  static final String NORWEGIAN = "Oppsettsiden i Camunda er stengt i Grunnmodell. Den første administratoren "
      + "opprettes av driftsansvarlig ved oppstart, med miljøvariablene " + FirstAdministrator.ID_VARIABLE + " og "
      + FirstAdministrator.PASSWORD_VARIABLE + " (se README, «Accounts and administrators»).";

  private static final Logger LOG = LoggerFactory.getLogger(SetupPageClosed.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String webapps;
  private final Pattern setupPage;

  /** @param webapps the webapps' path, {@code /camunda} */
  public SetupPageClosed(String webapps) {
    this.webapps = webapps;
    this.setupPage = Pattern.compile(Pattern.quote(webapps) + "/app/admin/[^/]+/setup(/.*)?");
  }

  /** The URL patterns to register the filter on; the page's engine segment is matched inside the filter. */
  public List<String> urlPatterns() {
    return List.of(webapps + "/api/admin/setup/*", webapps + "/app/admin/*");
  }

  boolean isSetup(String path) {
    return path.startsWith(webapps + "/api/admin/setup/") || setupPage.matcher(path).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!isSetup(path)) {
      chain.doFilter(request, response);
      return;
    }
    LOG.info("Refused {} {}: Camunda's setup page is closed", request.getMethod(), path);
    if (path.startsWith(webapps + "/api/")) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", "SetupClosed");
      body.put("status", HttpServletResponse.SC_FORBIDDEN);
      body.put("message", NORWEGIAN);
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setHeader("Cache-Control", "no-store");
      response.getOutputStream().write(JSON.writeValueAsBytes(body));
      return;
    }
    new NoticePage("Oppsettsiden er stengt", List.of(
        "Administratorer opprettes aldri fra nettleseren i Grunnmodell.",
        "Har installasjonen ingen administrator ennå, må driftsansvarlig opprette den første ved oppstart: sett "
            + "miljøvariablene " + FirstAdministrator.ID_VARIABLE + " og " + FirstAdministrator.PASSWORD_VARIABLE
            + " for én oppstart, og fjern dem etterpå. Driftsveiledningen står i README, under «Accounts and "
            + "administrators».",
        "Finnes det allerede en administrator, logg inn i Admin og opprett brukere der."),
        "Til innloggingen", request.getContextPath() + webapps + "/app/admin/")
        .write(response, HttpServletResponse.SC_FORBIDDEN);
  }
}
