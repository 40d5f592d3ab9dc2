package no.grunnmodell.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A person logged in to the webapps as the browser is: a session cookie from the login form and the CSRF token the
 * webapps hand out, so a test can call the engine API under /camunda/api exactly as the Tasklist and Cockpit do.
 */
public final class TasklistSession {

  private final TestRestTemplate http;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private String csrfToken;

  private TasklistSession(TestRestTemplate http) {
    this.http = http;
  }

  /** Logs in to the Tasklist (password demo). */
  public static TasklistSession login(TestRestTemplate http, String user) {
    return login(http, user, "tasklist");
  }

  public static TasklistSession login(TestRestTemplate http, String user, String app) {
    TasklistSession session = new TasklistSession(http);
    session.get("/camunda/app/" + app + "/");
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", "demo");
    HttpHeaders headers = session.headers();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> login = http.exchange("/camunda/api/admin/auth/user/default/login/" + app,
        HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    session.remember(login);
    assertThat(login.getStatusCode().is2xxSuccessful()).as("login of %s to %s: %s", user, app, login.getBody())
        .isTrue();
    session.get("/camunda/api/admin/auth/user/default");
    return session;
  }

  public ResponseEntity<String> get(String path) {
    ResponseEntity<String> response = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()),
        String.class);
    remember(response);
    return response;
  }

  /** A download, as the browser follows a link with the session. */
  public ResponseEntity<byte[]> getBytes(String path) {
    ResponseEntity<byte[]> response = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()),
        byte[].class);
    remember(response);
    return response;
  }

  public ResponseEntity<String> post(String path, Object jsonBody) {
    return send(HttpMethod.POST, path, jsonBody);
  }

  public ResponseEntity<String> put(String path, Object jsonBody) {
    return send(HttpMethod.PUT, path, jsonBody);
  }

  public ResponseEntity<String> delete(String path) {
    return send(HttpMethod.DELETE, path, null);
  }

  private ResponseEntity<String> send(HttpMethod method, String path, Object jsonBody) {
    HttpHeaders headers = headers();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> response = http.exchange(path, method, new HttpEntity<>(jsonBody, headers),
        String.class);
    remember(response);
    return response;
  }

  private HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    if (!cookies.isEmpty()) {
      List<String> pairs = new ArrayList<>();
      cookies.forEach((name, value) -> pairs.add(name + "=" + value));
      headers.add(HttpHeaders.COOKIE, String.join("; ", pairs));
    }
    if (csrfToken != null) {
      headers.add("X-XSRF-TOKEN", csrfToken);
    }
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.ALL));
    return headers;
  }

  private void remember(ResponseEntity<?> response) {
    List<String> setCookies = response.getHeaders().get(HttpHeaders.SET_COOKIE);
    if (setCookies != null) {
      for (String cookie : setCookies) {
        String pair = cookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        if (eq > 0) {
          cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
      }
    }
    String token = response.getHeaders().getFirst("X-XSRF-TOKEN");
    if (token != null) {
      csrfToken = token;
    } else if (cookies.containsKey("XSRF-TOKEN")) {
      csrfToken = cookies.get("XSRF-TOKEN");
    }
  }
}
