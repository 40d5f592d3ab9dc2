package no.grunnmodell.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import no.grunnmodell.IntTestBase;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Accounts: the first administrator comes from the operator, never from Camunda's setup page.
 */
@ExtendWith(OutputCaptureExtension.class)
class AccountsIntTest extends IntTestBase {

  private static final String STRONG = "Sterkt#Passord9";

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine processEngine;
  @Autowired IdentityService identityService;
  @Autowired AdminAudit adminAudit;
  @Autowired FirstAdministrator firstAdministrator;

  @Test
  void camundasSetupPageIsClosedEvenWhileNoAdministratorExists(CapturedOutput output) throws Exception {
    List<String> admins = identityService.createUserQuery().memberOfGroup(Role.ADMIN_GROUP).list().stream()
        .map(User::getId).toList();
    admins.forEach(id -> identityService.deleteMembership(id, Role.ADMIN_GROUP));
    try {
      // Camunda now sends every webapp to its setup page, which would make the first visitor administrator
      ResponseEntity<String> tasklist = http.getForEntity("/camunda/app/tasklist/default/", String.class);
      assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(tasklist.getBody()).contains("Oppsettsiden er stengt").contains(FirstAdministrator.ID_VARIABLE);

      // An anonymous visitor with the webapps' CSRF token, as the setup form sends it
      CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
      HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
      browser.send(HttpRequest.newBuilder(app("/camunda/app/welcome/default/")).GET().build(),
          HttpResponse.BodyHandlers.discarding());
      String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
          .map(HttpCookie::getValue).findFirst().orElse("");
      HttpResponse<String> setup = browser.send(HttpRequest.newBuilder(
              app("/camunda/api/admin/setup/default/user/create"))
          .header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrf)
          .POST(HttpRequest.BodyPublishers.ofString("{\"profile\":{\"id\":\"inntrenger\",\"firstName\":\"I\","
              + "\"lastName\":\"T\"},\"credentials\":{\"password\":\"x\"}}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(setup.statusCode()).isEqualTo(403);
      assertThat(setup.body()).contains("\"type\":\"SetupClosed\"").contains("Oppsettsiden i Camunda er stengt");
      assertThat(identityService.createUserQuery().userId("inntrenger").count()).isZero();

      firstAdministrator.reportWhenNoAdministrator();
      assertThat(output.getAll()).contains("No administrator yet. To create the first one, set "
          + FirstAdministrator.ID_VARIABLE + " and " + FirstAdministrator.PASSWORD_VARIABLE);
    } finally {
      admins.forEach(id -> identityService.createMembership(id, Role.ADMIN_GROUP));
    }
  }

  @Test
  void theFirstAdministratorComesFromTheOperatorsEnvironmentAndWorksAtOnce(CapturedOutput output) {
    try {
      assertThat(new FirstAdministrator(identityService, adminAudit, "drift-admin", STRONG).create()).isTrue();

      assertThat(identityService.createUserQuery().userId("drift-admin").memberOfGroup(Role.ADMIN_GROUP).count())
          .isOne();
      ResponseEntity<String> users = http.withBasicAuth("drift-admin", STRONG)
          .getForEntity("/engine-rest/user/count", String.class);
      assertThat(users.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(users.getBody()).doesNotContain("\"count\":1}");
      // The variables left in place at the next start change nothing, not even the password
      assertThat(new FirstAdministrator(identityService, adminAudit, "drift-admin", "Annet#Passord10").create())
          .isFalse();
      assertThat(identityService.checkPassword("drift-admin", STRONG)).isTrue();
      assertThat(output.getAll()).contains("First administrator drift-admin exists and is left as it is");
    } finally {
      identityService.deleteUser("drift-admin");
    }
  }

  @Test
  void aMissingOrWeakPasswordOrSomeoneElsesIdCreatesNoAdministrator(CapturedOutput output) {
    assertThat(new FirstAdministrator(identityService, adminAudit, "drift-admin", "").create()).isFalse();
    assertThat(output.getAll()).contains("First administrator drift-admin not created: "
        + FirstAdministrator.PASSWORD_VARIABLE + " is not set");

    PasswordPolicyToggle.on(processEngine, () ->
        assertThat(new FirstAdministrator(identityService, adminAudit, "drift-admin", "drift-admin").create())
            .isFalse());
    assertThat(output.getAll()).contains("breaks the password policy (").contains("not the user id, name or email");
    assertThat(identityService.createUserQuery().userId("drift-admin").count()).isZero();

    assertThat(new FirstAdministrator(identityService, adminAudit, "lorenskog-leder", STRONG).create()).isFalse();
    assertThat(identityService.createUserQuery().userId("lorenskog-leder").memberOfGroup(Role.ADMIN_GROUP).count())
        .isZero();
    assertThat(identityService.checkPassword("lorenskog-leder", "demo")).isTrue();
  }

  private URI app(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
