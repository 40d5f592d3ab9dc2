package no.grunnmodell.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.grunnmodell.IntTestBase;
import org.camunda.bpm.engine.AuthorizationService;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Accounts: the first administrator comes from the operator, never from Camunda's setup page; {@code admin} is a
 * working break-glass account whose every use is on record; nobody else manages users.
 */
@ExtendWith(OutputCaptureExtension.class)
class AccountsIntTest extends IntTestBase {

  private static final String STRONG = "Sterkt#Passord9";

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine processEngine;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired AdminAudit adminAudit;
  @Autowired FirstAdministrator firstAdministrator;
  @Autowired JdbcTemplate jdbc;

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
      assertThat(output.getAll()).contains("No administrator yet, so nobody can log in. To create the first "
          + "one, set " + FirstAdministrator.ID_VARIABLE + " and " + FirstAdministrator.PASSWORD_VARIABLE)
          .contains("-Dspring-boot.run.profiles=demo");
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

  @Test
  void adminManagesUsersGroupsTenantsAndAuthorizationsInAdminAndOpensCockpitAndTasklist() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String user = "ny-bruker-" + suffix;
    String group = "ny-gruppe-" + suffix;
    String tenant = "ny-tjeneste-" + suffix;
    Set<String> before = auditIds();
    try {
      TasklistSession admin = TasklistSession.login(http, "admin", "admin");
      TasklistSession.login(http, "admin", "cockpit");
      TasklistSession.login(http, "admin", "tasklist");
      String engine = "/camunda/api/engine/engine/default";

      assertThat(admin.get(engine + "/user/count").getBody()).doesNotContain("\"count\":1}");
      assertThat(admin.post(engine + "/user/create", Map.of("profile", Map.of("id", user, "firstName", "Ny",
          "lastName", "Bruker"), "credentials", Map.of("password", STRONG))).getStatusCode())
          .isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(admin.post(engine + "/group/create", Map.of("id", group, "name", "Ny gruppe", "type", "WORKFLOW"))
          .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(admin.put(engine + "/group/" + group + "/members/" + user, null).getStatusCode())
          .isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(admin.post(engine + "/tenant/create", Map.of("id", tenant, "name", "Ny tjeneste"))
          .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
      ResponseEntity<String> grant = admin.post(engine + "/authorization/create", Map.of("type", 1,
          "permissions", List.of("ACCESS"), "groupId", group, "resourceType", 0, "resourceId", "tasklist"));
      assertThat(grant.getStatusCode()).as(grant.getBody()).isEqualTo(HttpStatus.OK);
      assertThat(identityService.createUserQuery().userId(user).memberOfGroup(group).count()).isOne();

      List<Map<String, Object>> trail = auditSince(before);
      assertThat(trail).filteredOn(r -> AdminAudit.LOGIN.equals(r.get("event_type")))
          .extracting(r -> r.get("actor") + " " + r.get("decision"))
          .containsExactlyInAnyOrder("admin admin", "admin cockpit", "admin tasklist");
      assertThat(trail).filteredOn(r -> AdminAudit.REQUEST.equals(r.get("event_type")))
          .extracting(r -> r.get("actor") + " " + r.get("decision") + " " + r.get("step"))
          .contains("admin POST " + engine + "/user/create", "admin PUT " + engine + "/group/" + group
              + "/members/" + user, "admin POST " + engine + "/authorization/create");
    } finally {
      authorizationService.createAuthorizationQuery().groupIdIn(group).list()
          .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
      identityService.deleteUser(user);
      identityService.deleteGroup(group);
      identityService.deleteTenant(tenant);
    }
  }

  @Test
  void adminManagesUsersOverTheEngineRestApiAndEachRequestIsRecordedWithoutItsQuery() {
    String user = "rest-bruker-" + UUID.randomUUID().toString().substring(0, 8);
    TestRestTemplate admin = http.withBasicAuth("admin", "demo");
    Set<String> before = auditIds();
    try {
      assertThat(admin.getForEntity("/engine-rest/user?lastName=Hemmeligsen&maxResults=10", String.class)
          .getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(TenantIsolation.post(admin, "/engine-rest/user/create", "{\"profile\":{\"id\":\"" + user
          + "\",\"firstName\":\"Rest\",\"lastName\":\"Bruker\"},\"credentials\":{\"password\":\"" + STRONG + "\"}}")
          .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
      admin.getForEntity("/api/reports/overdue?serviceId=lorenskog", String.class);

      List<Map<String, Object>> trail = auditSince(before);
      assertThat(trail).extracting(r -> r.get("event_type") + " " + r.get("actor") + " " + r.get("decision") + " "
              + r.get("step"))
          .containsExactlyInAnyOrder("ADMIN_REQUEST admin GET /engine-rest/user",
              "ADMIN_REQUEST admin POST /engine-rest/user/create",
              "ADMIN_REQUEST admin GET /api/reports/overdue");
      assertThat(trail.toString()).doesNotContain("Hemmeligsen").doesNotContain(STRONG).doesNotContain("?");
    } finally {
      identityService.deleteUser(user);
    }
  }

  @Test
  void noOtherRoleManagesUsersAndTheirRequestsAreNotAdministratorUse() {
    Set<String> before = auditIds();
    for (String staff : List.of("lorenskog-leder", "lorenskog-kontaktperson", "prosesseier")) {
      ResponseEntity<String> create = TenantIsolation.post(http.withBasicAuth(staff, "demo"),
          "/engine-rest/user/create", "{\"profile\":{\"id\":\"ny-av-" + staff + "\"},\"credentials\":"
              + "{\"password\":\"" + STRONG + "\"}}");
      assertThat(create.getStatusCode()).as(staff).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(identityService.createUserQuery().userId("ny-av-" + staff).count()).isZero();
    }
    assertThat(auditSince(before)).isEmpty();
  }

  @Test
  void aWeakPasswordIsRefusedWithAClearSentenceOverRestAndInAdmin() {
    String user = "passord-" + UUID.randomUUID().toString().substring(0, 8);
    TasklistSession adminApp = TasklistSession.login(http, "admin", "admin");
    PasswordPolicyToggle.on(processEngine, () -> {
      try {
        ResponseEntity<String> rest = TenantIsolation.post(http.withBasicAuth("admin", "demo"),
            "/engine-rest/user/create", "{\"profile\":{\"id\":\"" + user + "\"},\"credentials\":"
                + "{\"password\":\"demo\"}}");
        assertThat(rest.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rest.getBody()).contains("The password does not meet the password policy: at least 10 "
            + "characters");

        ResponseEntity<String> admin = adminApp.post("/camunda/api/engine/engine/default/user/create",
            Map.of("profile", Map.of("id", user), "credentials", Map.of("password", "demo")));
        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(admin.getBody()).contains("Passordet følger ikke passordreglene");
        assertThat(identityService.createUserQuery().userId(user).count()).isZero();

        ResponseEntity<String> strong = adminApp.post("/camunda/api/engine/engine/default/user/create",
            Map.of("profile", Map.of("id", user), "credentials", Map.of("password", STRONG)));
        assertThat(strong.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
      } finally {
        identityService.deleteUser(user);
      }
    });
  }

  @Test
  void theApisAnswersAreNeverCachedAndCarrySecurityHeadersInEveryProfile() {
    TestRestTemplate kontaktperson = http.withBasicAuth("lorenskog-kontaktperson", "demo");
    for (ResponseEntity<String> answer : List.of(
        kontaktperson.getForEntity("/engine-rest/task?maxResults=10", String.class),
        http.getForEntity("/engine-rest/task", String.class),
        kontaktperson.getForEntity("/api/specialised-measures", String.class),
        http.getForEntity("/api/reports/overdue", String.class))) {
      HttpHeaders headers = answer.getHeaders();
      assertThat(headers.get("Cache-Control")).as(answer.toString()).containsExactly("no-store");
      assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
      assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
      assertThat(headers.getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }
    TasklistSession tasklist = TasklistSession.login(http, "lorenskog-kontaktperson");
    assertThat(tasklist.get("/camunda/api/engine/engine/default/task?maxResults=10").getHeaders()
        .get("Cache-Control")).containsExactly("no-store");
  }

  @Test
  void theDemoProfileKeepsItsCookiesUsableOnPlainHttp() {
    ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
    assertThat(page.getHeaders().get(HttpHeaders.SET_COOKIE)).isNotEmpty()
        .noneMatch(cookie -> cookie.toLowerCase().contains("secure"));
    assertThat(page.getHeaders().getFirst("Strict-Transport-Security")).isNull();
  }

  private Set<String> auditIds() {
    return new HashSet<>(jdbc.queryForList("select id from gm_audit_event", String.class));
  }

  private List<Map<String, Object>> auditSince(Set<String> before) {
    return jdbc.queryForList("select id, event_type, decision, step, actor from gm_audit_event "
            + "where event_type like 'ADMIN_%' order by occurred_at, step").stream()
        .filter(r -> !before.contains((String) r.get("id"))).toList();
  }

  private URI app(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
