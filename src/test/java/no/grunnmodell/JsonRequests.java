package no.grunnmodell;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A request with a JSON body to the application, as another system or the webapps send one. */
public final class JsonRequests {

  private JsonRequests() {
  }

  /** Sends the body (JSON text, or an object Jackson writes) signed in as a demo user, whose password is "demo". */
  public static ResponseEntity<String> send(TestRestTemplate http, String user, HttpMethod method, String path,
                                            Object body) {
    return send(http.withBasicAuth(user, "demo"), method, path, body);
  }

  /** Sends the body with what the template already carries: its own credentials, or none. */
  public static ResponseEntity<String> send(TestRestTemplate http, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }
}
