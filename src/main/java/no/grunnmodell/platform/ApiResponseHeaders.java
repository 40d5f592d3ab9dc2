package no.grunnmodell.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on the REST APIs (/api, /engine-rest) in every profile, and no caching of the webapps' API
 * (/camunda/api). Their answers hold case data, which must not stay in a browser's or a proxy's cache; Camunda's own
 * header filters reach only the webapps, and its REST cache filter would say {@code no-cache} (store, but ask again).
 *
 * <p>This filter runs before Camunda's and keeps its {@code no-store}: later attempts to set Cache-Control on the
 * response are ignored.
 */
public class ApiResponseHeaders extends OncePerRequestFilter {

  static final String NO_STORE = "no-store";
  private static final String CACHE_CONTROL = "Cache-Control";

  /** JSON for programs: nothing to sniff, frame, refer to or run. */
  private static final Map<String, String> API_HEADERS = Map.of(
      "X-Content-Type-Options", "nosniff",
      "X-Frame-Options", "DENY",
      "Referrer-Policy", "no-referrer",
      "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");

  private final String webapps;

  /** @param webapps the webapps' path, {@code /camunda}: their API gets only no-store, Camunda sets the rest */
  public ApiResponseHeaders(String webapps) {
    this.webapps = webapps;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith(webapps + "/")) {
      // The plugins' scripts and styles hold no data and are loaded on every page
      if (path.contains("/static/")) {
        chain.doFilter(request, response);
        return;
      }
      chain.doFilter(request, new NoStore(response, Map.of()));
      return;
    }
    chain.doFilter(request, new NoStore(response, API_HEADERS));
  }

  /** Sets the headers at once and again after a reset, and lets nothing downstream change Cache-Control. */
  private static final class NoStore extends HttpServletResponseWrapper {

    private final Map<String, String> headers;

    NoStore(HttpServletResponse response, Map<String, String> headers) {
      super(response);
      this.headers = headers;
      apply();
    }

    private void apply() {
      HttpServletResponse response = (HttpServletResponse) getResponse();
      response.setHeader(CACHE_CONTROL, NO_STORE);
      headers.forEach(response::setHeader);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!CACHE_CONTROL.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!CACHE_CONTROL.equalsIgnoreCase(name)) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void reset() {
      super.reset();
      apply();
    }
  }
}
