package no.grunnmodell.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import no.grunnmodell.IntTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Without the oidc profile the login is the engine's own, exactly as before Spring Security came on the class
 * path: its filter is not registered, the webapps' password form logs in against the engine's users.
 */
class EngineLoginIntTest extends IntTestBase {

  @LocalServerPort int port;
  @Autowired DelegatingFilterProxyRegistrationBean springSecurityFilter;
  @Autowired ObjectProvider<ClientRegistrationRepository> clientRegistrations;

  @Test
  void springSecurityStaysOutOfTheRequests() throws Exception {
    assertThat(springSecurityFilter.isEnabled()).isFalse();
    assertThat(clientRegistrations.getIfAvailable()).isNull();

    HttpResponse<String> health = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(app("/actuator/health")).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    // Headers that Spring Security writes on every response it handles
    assertThat(health.headers().firstValue("X-Frame-Options")).isEmpty();
    assertThat(health.headers().firstValue("Cache-Control")).isEmpty();
  }

  @Test
  void theWebappsLogInWithTheEnginesUsersAndPasswords() throws Exception {
    CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    HttpResponse<String> page = browser.send(HttpRequest.newBuilder(app("/camunda/app/tasklist/default/")).GET()
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    String csrfToken = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow();

    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
            app("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrfToken)
        .POST(HttpRequest.BodyPublishers.ofString("username=lorenskog-kontaktperson&password=demo")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

    HttpResponse<String> user = browser.send(HttpRequest.newBuilder(app("/camunda/api/admin/auth/user/default"))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(user.statusCode()).isEqualTo(200);
    assertThat(user.body()).contains("\"userId\":\"lorenskog-kontaktperson\"").contains("tasklist");
  }

  @Test
  void logoutStaysTheWebappsOwn() throws Exception {
    // The «Logg ut» script (grunnmodell-sso-logout.js) leaves the button alone when the server says so
    HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        app("/camunda/app/grunnmodell-login.json")).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).isEqualTo("{\"singleSignOn\":false}");
  }

  private URI app(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
