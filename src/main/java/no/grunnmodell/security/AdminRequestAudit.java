package no.grunnmodell.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.grunnmodell.platform.Acting;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records each request that a member of camunda-admin makes to the REST APIs (/engine-rest, /api) and to the webapps'
 * API (/camunda/api), and each login of one to a webapp ({@link AdminAudit}).
 *
 * <p>Who the caller is:
 * <ul>
 *   <li>REST APIs: the engine's authenticated user, which the HTTP Basic filter has set for the request
 *       ({@code RestAuthentication}; this filter is ordered after it).</li>
 *   <li>Webapps: Camunda's login in the HTTP session, the same one its own filter hands to the engine further down
 *       the chain. A request that changes it (the login itself, or Camunda's periodic re-reading of the groups) is
 *       checked again afterwards.</li>
 * </ul>
 * The record is written before the request is served: if it cannot be written, the request is refused, so an
 * administrator's action never goes unrecorded.
 */
public class AdminRequestAudit extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(AdminRequestAudit.class);

  private final IdentityService identityService;
  private final AdminAudit audit;
  private final String webapps;
  private final Pattern login;

  /** @param webapps the webapps' path, {@code /camunda} */
  public AdminRequestAudit(IdentityService identityService, AdminAudit audit, String webapps) {
    this.identityService = identityService;
    this.audit = audit;
    this.webapps = webapps;
    this.login = Pattern.compile(Pattern.quote(webapps) + "/api/admin/auth/user/[^/]+/login/([^/]+)");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = pathOf(request);
    if (isStaticAsset(path)) {
      chain.doFilter(request, response);
      return;
    }
    boolean webapp = path.startsWith(webapps + "/");
    String administrator = webapp ? webappAdministrator(request) : restAdministrator();
    if (administrator != null && !recorded(() -> audit.request(administrator, request.getMethod(), path))) {
      refuse(response, webapp);
      return;
    }
    chain.doFilter(request, response);
    if (administrator == null && webapp) {
      String after = webappAdministrator(request);
      if (after != null) {
        Matcher app = login.matcher(path);
        if (app.matches()) {
          if (response.getStatus() < 300) {
            recorded(() -> audit.login(after, app.group(1)));
          }
        } else {
          recorded(() -> audit.request(after, request.getMethod(), path));
        }
      }
    }
  }

  /** The request path without the query or path parameters, which may hold personal data. */
  static String pathOf(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    int parameters = path.indexOf(';');
    return parameters < 0 ? path : path.substring(0, parameters);
  }

  /** The webapps' plugin scripts and styles come from /camunda/api/{app}/plugin/{plugin}/static/: no use of data. */
  private boolean isStaticAsset(String path) {
    return path.startsWith(webapps + "/api/") && path.contains("/static/");
  }

  private String restAdministrator() {
    Acting caller = Acting.now(identityService);
    return !caller.isApplication() && AdminAudit.isAdministrator(caller.groupIds()) ? caller.userId() : null;
  }

  private static String webappAdministrator(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    return AuthenticationUtil.getAuthsFromSession(session).getAuthentications().stream()
        .filter(user -> AdminAudit.isAdministrator(user.getGroupIds()))
        .map(UserAuthentication::getIdentityId).findFirst().orElse(null);
  }

  private static boolean recorded(Runnable record) {
    try {
      record.run();
      return true;
    } catch (DataAccessException e) {
      LOG.error("Could not record an administrator's request in gm_audit_event", e);
      return false;
    }
  }

  private static void refuse(HttpServletResponse response, boolean webapp) throws IOException {
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String message = webapp
        ? "Administratorens handling kunne ikke logges, og ble derfor ikke utført. Prøv igjen senere."
        : "The administrator's request could not be recorded in the audit trail, so it was not carried out. "
            + "Try again later.";
    response.getOutputStream().write(("{\"type\":\"AuditUnavailable\",\"status\":503,\"message\":\"" + message
        + "\"}").getBytes(StandardCharsets.UTF_8));
  }
}
