package no.grunnmodell.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.util.HashMap;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes the engine's REST API (for API clients at /engine-rest, for the Tasklist and Cockpit at /camunda/api) answer
 * a refusal honestly: the status the rule stands for (400, 403, 404, 409) and our own sentence, Norwegian for the
 * webapps and English for API clients, instead of Camunda's 500 with "Cannot complete task …: ENGINE-…" in front.
 * Also refuses bad paging (a negative first result, a page larger than {@value #MAX_PAGE}) with 400 before the
 * engine sees it.
 *
 * <p>Camunda's REST layer builds its error body from the exception; the refusal behind it is found through
 * {@link Refusal#lastOnThread()} and is used only when the engine's answer carries its sentence, so a refusal that
 * was caught and handled inside the request never rewrites an unrelated error.
 */
public class RestErrorTranslation extends OncePerRequestFilter {

  static final int MAX_PAGE = 2000;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean norwegian = isWebapp(request);
    Refusal paging = pagingProblem(request);
    if (paging != null) {
      write(response, paging.status(), "InvalidRequestException", norwegian ? paging.norwegian() : paging.english(),
          paging.field());
      return;
    }
    Refusal.clearThread();
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, wrapper);
      if (wrapper.getStatus() >= 400 && !wrapper.isCommitted()) {
        translate(wrapper, norwegian);
      }
    } finally {
      Refusal.clearThread();
      wrapper.copyBodyToResponse();
    }
  }

  private static void translate(ContentCachingResponseWrapper response, boolean norwegian) throws IOException {
    JsonNode body = readJson(response.getContentAsByteArray());
    String message = body == null || body.path("message").isMissingNode() ? "" : body.path("message").asText("");
    Refusal refusal = Refusal.lastOnThread();
    if (refusal != null && message.contains(refusal.norwegian())) {
      response.resetBuffer();
      write(response, refusal.status(), "Refusal", norwegian ? refusal.norwegian() : refusal.english(),
          refusal.field());
      return;
    }
    EngineErrors.Translation known = EngineErrors.translate(response.getStatus(),
        body == null ? "" : body.path("type").asText(""), message);
    if (known != null) {
      response.resetBuffer();
      write(response, known.status(), body.path("type").asText("Error"), norwegian ? known.norwegian()
          : known.english(), null);
    }
  }

  private static void write(HttpServletResponse response, int status, String type, String message, String field)
      throws IOException {
    ObjectNode out = JSON.createObjectNode();
    out.put("type", type);
    out.put("status", status);
    out.put("message", message);
    if (field != null) {
      out.put("field", field);
    }
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getOutputStream().write(JSON.writeValueAsBytes(out));
  }

  private static JsonNode readJson(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      JsonNode node = JSON.readTree(body);
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** The Tasklist, Cockpit and Admin speak to the engine under /camunda/api; everything else is an API client. */
  static boolean isWebapp(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/camunda/");
  }

  static Refusal pagingProblem(HttpServletRequest request) {
    Map<String, String> query = queryParameters(request.getQueryString());
    Refusal first = nonNegative(query.get("firstResult"), "firstResult");
    if (first != null) {
      return first;
    }
    String max = query.get("maxResults");
    if (max == null) {
      return null;
    }
    Integer value = integer(max);
    if (value == null || value < 0 || value > MAX_PAGE) {
      return Refusal.invalid("maxResults",
          "Antall treff per side må være et heltall fra 0 til " + MAX_PAGE + ".",
          "maxResults must be a whole number from 0 to " + MAX_PAGE + ", not '" + max + "'.");
    }
    return null;
  }

  /**
   * Paging is in the query string. Read from there only: {@code getParameter} would also read a posted form's body,
   * which the webapps' login and Jersey must still find unread.
   */
  private static Map<String, String> queryParameters(String queryString) {
    Map<String, String> parameters = new HashMap<>();
    if (queryString == null) {
      return parameters;
    }
    for (String pair : queryString.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      parameters.putIfAbsent(name, value);
    }
    return parameters;
  }

  private static Refusal nonNegative(String text, String name) {
    if (text == null) {
      return null;
    }
    Integer value = integer(text);
    if (value == null || value < 0) {
      return Refusal.invalid(name, "Startpunktet for listen må være et heltall som ikke er negativt.",
          name + " must be a whole number of 0 or more, not '" + text + "'.");
    }
    return null;
  }

  private static Integer integer(String text) {
    try {
      return Integer.valueOf(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
