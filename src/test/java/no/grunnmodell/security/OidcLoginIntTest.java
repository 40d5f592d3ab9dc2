package no.grunnmodell.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import no.grunnmodell.browser.HeadlessChromium;
import no.grunnmodell.platform.Days;
import no.grunnmodell.security.oidc.OidcSecurity;
import no.grunnmodell.security.oidc.RefusedLoginPage;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production login (profile oidc) against an OpenID Connect provider running in-process
 * ({@link InProcessOidcProvider}), driven as a browser does: redirects followed, cookies kept.
 *
 * <p>Its own Spring context with its own database and its own engine name: Camunda keeps engines in a JVM-wide
 * registry by name (see junit-platform.properties), and a second "default" engine would take over the webapps and
 * REST API of the shared H2 context for the test classes after this one. So this class needs no place in the
 * class order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "grunnmodell.demo.seed-courses=false")
@ActiveProfiles({"test", "demo", OidcSecurity.PROFILE})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcLoginIntTest {

  private static final String ENGINE = "oidc";
  private static final String ISSUER = "kommune";
  private static final String CLIENT_ID = "grunnmodell";
  private static final String CLIENT_SECRET = "hemmelig";
  private static final InProcessOidcProvider PROVIDER = new InProcessOidcProvider(ISSUER, CLIENT_ID,
      CLIENT_SECRET);
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;
  @Autowired ProcessEngine processEngine;
  @Autowired JdbcTemplate jdbc;

  private String lorenskogTask;
  private String grorudTask;
  private String grorudReview;

  @DynamicPropertySource
  static void oidc(DynamicPropertyRegistry registry) {
    // What production sets in the environment, read by application-oidc.yml
    registry.add("GRUNNMODELL_OIDC_ISSUER_URI", PROVIDER::issuer);
    registry.add("GRUNNMODELL_OIDC_CLIENT_ID", () -> CLIENT_ID);
    registry.add("GRUNNMODELL_OIDC_CLIENT_SECRET", () -> CLIENT_SECRET);
    // A municipality's own group name, mapped in config/grunnmodell.yml in production
    registry.add("grunnmodell.oidc.group-mapping[BV-Lorenskog-Kontaktperson]", () -> "kontaktperson-lorenskog");
    registry.add("spring.datasource.url",
        () -> "jdbc:h2:mem:grunnmodell-oidc;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
    registry.add("camunda.bpm.process-engine-name", () -> ENGINE);
  }

  @BeforeAll
  void coursesInTwoServices() {
    lorenskogTask = firstTask(TenantIsolation.startCourse(runtimeService, "lorenskog", caseReference()));
    grorudTask = firstTask(TenantIsolation.startCourse(runtimeService, "grorud", caseReference()));
    // A child outside the target group: the service's leder decides, in a task offered to leder-grorud
    grorudReview = firstTask(runtimeService.startProcessInstanceByKey("FamilyCourse", Map.of("serviceId", "grorud",
        "caseReference", caseReference(), "kontaktperson", "grorud-kontaktperson",
        "birthDate", LocalDate.now(Days.OSLO).minusYears(14).toString(), "decisionDate", LocalDate.now(Days.OSLO).toString())));
    assertThat(taskService.createTaskQuery().taskId(grorudReview).singleResult().getTaskDefinitionKey())
        .isEqualTo("Task_ReviewOutsideTargetGroup");
  }

  @AfterAll
  static void stopProvider() {
    PROVIDER.close();
  }

  @Test
  void theWebappsSendAnUnauthenticatedUserToTheProvider() throws Exception {
    Browser browser = new Browser();

    HttpResponse<String> tasklist = browser.send(get(app("/camunda/app/tasklist/" + ENGINE + "/")));
    assertThat(tasklist.statusCode()).isEqualTo(302);
    String toLogin = location(tasklist);
    assertThat(toLogin).endsWith("/oauth2/authorization/" + OidcSecurity.REGISTRATION);
    HttpResponse<String> toProvider = browser.send(get(toLogin));
    assertThat(toProvider.statusCode()).isEqualTo(302);
    assertThat(location(toProvider)).startsWith(PROVIDER.authorizationEndpoint())
        .contains("client_id=" + CLIENT_ID).contains("scope=openid");

    assertThat(browser.send(get(app("/camunda/api/engine/engine/" + ENGINE + "/task"))).statusCode())
        .isEqualTo(401);
  }

  @Test
  void aKontaktpersonLogsInWithTheMunicipalitysGroupAndWorksOnlyInTheirOwnService() throws Exception {
    Browser ola = loggedIn("ola-nordmann", List.of("BV-Lorenskog-Kontaktperson", "Alle-ansatte"));

    JsonNode sessionUser = ola.json(app("/camunda/api/admin/auth/user/" + ENGINE));
    assertThat(sessionUser.get("userId").asText()).isEqualTo("ola-nordmann");
    // The session's groups: only the role groups are granted the Tasklist
    assertThat(texts(sessionUser.get("authorizedApps"))).contains("tasklist").doesNotContain("cockpit", "admin");
    // The session's tenant: the group may read every course's tasks, the tenant limits them to Lørenskog's
    assertThat(ids(ola.json(app("/camunda/api/engine/engine/" + ENGINE + "/task?maxResults=1000"))))
        .contains(lorenskogTask).doesNotContain(grorudTask);
    assertThat(ola.send(get(app("/camunda/api/engine/engine/" + ENGINE + "/task/" + grorudTask))).statusCode())
        .isIn(403, 404);
    // The engine's identity data mirrors the login: a user without a known password, in exactly the mapped groups
    assertThat(identityService.createGroupQuery().groupMember("ola-nordmann").list()).extracting(Group::getId)
        .containsExactly("kontaktperson-lorenskog");
    assertThat(identityService.createTenantQuery().userMember("ola-nordmann").includingGroupsOfUser(true).list())
        .extracting(t -> t.getId()).containsExactly("lorenskog");
    assertThat(identityService.createUserQuery().userId("ola-nordmann").singleResult().getFirstName())
        .isEqualTo("Ola");
    assertThat(identityService.checkPassword("ola-nordmann", "")).isFalse();
  }

  @Test
  void aProviderGroupNamedLikeOursNeedsNoMappingAndTheLederGetsCockpitForTheirService() throws Exception {
    Browser kari = loggedIn("kari-leder", List.of("leder-grorud"));

    JsonNode sessionUser = kari.json(app("/camunda/api/admin/auth/user/" + ENGINE));
    assertThat(sessionUser.get("userId").asText()).isEqualTo("kari-leder");
    assertThat(texts(sessionUser.get("authorizedApps"))).contains("tasklist", "cockpit").doesNotContain("admin");
    assertThat(ids(kari.json(app("/camunda/api/engine/engine/" + ENGINE + "/task?maxResults=1000"))))
        .contains(grorudTask, grorudReview).doesNotContain(lorenskogTask);
    // The session's groups: the role filter lists the open tasks offered to the user's groups (${currentUserGroups()})
    String roleFilter = filterService.createFilterQuery().filterName("Oppgaver for min rolle").singleResult().getId();
    assertThat(ids(kari.json(app("/camunda/api/engine/engine/" + ENGINE + "/filter/" + roleFilter + "/list?firstResult=0&maxResults=15"))))
        .contains(grorudReview).doesNotContain(lorenskogTask);
  }

  @Test
  void aChangeOfGroupsAtTheProviderAppliesAtTheNextLogin() throws Exception {
    loggedIn("per-flytter", List.of("tiltaksarbeider-lorenskog"));
    Browser afterMove = loggedIn("per-flytter", List.of("tiltaksarbeider-grorud"));

    assertThat(identityService.createGroupQuery().groupMember("per-flytter").list()).extracting(Group::getId)
        .containsExactly("tiltaksarbeider-grorud");
    assertThat(ids(afterMove.json(app("/camunda/api/engine/engine/" + ENGINE + "/task?maxResults=1000"))))
        .doesNotContain(lorenskogTask);
  }

  @Test
  void aUserWithoutAnyOfOurGroupsIsRefused() throws Exception {
    Browser outsider = login("tilfeldig-ansatt", List.of("Alle-ansatte", "leder-oslo"));

    assertThat(outsider.send(get(app("/camunda/api/admin/auth/user/" + ENGINE))).statusCode()).isEqualTo(401);
    assertThat(identityService.createUserQuery().userId("tilfeldig-ansatt").count()).isZero();
    // A page in Norwegian that says why, without our configuration
    assertThat(outsider.last.statusCode()).isEqualTo(403);
    assertThat(outsider.last.uri().getPath()).isEqualTo(RefusedLoginPage.PATH);
    assertThat(outsider.last.body()).contains("<html lang=\"nb\">")
        .contains("ingen av gruppene dine der gir en rolle i Grunnmodell")
        .doesNotContain("Invalid credentials").doesNotContain("claim").doesNotContain("mapped");
  }

  @Test
  void aLoginCannotTakeOverALocalUserWithAPassword() throws Exception {
    Browser impostor = login("lorenskog-leder", List.of("camunda-admin"));

    assertThat(impostor.send(get(app("/camunda/api/admin/auth/user/" + ENGINE))).statusCode()).isEqualTo(401);
    assertThat(identityService.createGroupQuery().groupMember("lorenskog-leder").list()).extracting(Group::getId)
        .containsExactly("leder-lorenskog");
    assertThat(identityService.checkPassword("lorenskog-leder", "demo")).isTrue();
    assertThat(impostor.last.statusCode()).isEqualTo(403);
    assertThat(impostor.last.body()).contains("Brukernavnet er allerede i bruk")
        .doesNotContain("local user").doesNotContain("lorenskog-leder").doesNotContain("Invalid credentials");
  }

  @Test
  void springSecuritysOwnLoginPageIsNeverShown() throws Exception {
    Browser browser = new Browser();
    for (String path : List.of("/login", "/login?error")) {
      HttpResponse<String> page = browser.send(get(app(path)));
      assertThat(page.body()).as(path).doesNotContain("Please sign in").doesNotContain("Invalid credentials");
    }
    HttpResponse<String> unknown = browser.send(get(app(RefusedLoginPage.PATH + "?grunn=%3Cscript%3E")));
    assertThat(unknown.statusCode()).isEqualTo(401);
    assertThat(unknown.body()).contains("Innloggingen ble ikke fullført").doesNotContain("<script>");
  }

  @Test
  void aUserWithoutNameClaimsIsShownByTheirId() throws Exception {
    PROVIDER.nextLogin("uten-navn", Map.of("groups", List.of("kontaktperson-grorud")));
    Browser browser = new Browser();
    browser.follow(app("/camunda/app/tasklist/" + ENGINE + "/"));
    assertThat(browser.last.statusCode()).isEqualTo(200);

    // What the Tasklist's header shows: firstName + ' ' + lastName of the profile
    JsonNode profile = browser.json(app("/camunda/api/engine/engine/" + ENGINE + "/user/uten-navn/profile"));
    assertThat(profile.get("firstName").asText() + " " + profile.get("lastName").asText()).isEqualTo("uten-navn ")
        .doesNotContain("null");
  }

  @Test
  void thePasswordFormOfTheWebappsIsClosedButTheRestApisKeepHttpBasic() throws Exception {
    Browser ola = loggedIn("ola-nordmann", List.of("BV-Lorenskog-Kontaktperson"));

    HttpResponse<String> passwordLogin = ola.send(HttpRequest.newBuilder(
            app("/camunda/api/admin/auth/user/" + ENGINE + "/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=demo")).build());
    assertThat(passwordLogin.statusCode()).isEqualTo(403);
    assertThat(ola.json(app("/camunda/api/admin/auth/user/" + ENGINE)).get("userId").asText())
        .isEqualTo("ola-nordmann");

    Browser caseSystem = new Browser();
    URI restTasks = app("/engine-rest/engine/" + ENGINE + "/task?maxResults=1000");
    assertThat(caseSystem.send(get(restTasks)).statusCode()).isEqualTo(401);
    HttpResponse<String> basic = caseSystem.send(HttpRequest.newBuilder(restTasks).header("Authorization", "Basic "
        + Base64.getEncoder().encodeToString("lorenskog-kontaktperson:demo".getBytes(StandardCharsets.UTF_8)))
        .GET().build());
    assertThat(basic.statusCode()).isEqualTo(200);
    assertThat(basic.body()).contains(lorenskogTask).doesNotContain(grorudTask);
    // A user made by the login has no password that HTTP Basic could use
    assertThat(caseSystem.send(HttpRequest.newBuilder(restTasks).header("Authorization", "Basic "
        + Base64.getEncoder().encodeToString("ola-nordmann:".getBytes(StandardCharsets.UTF_8))).GET().build())
        .statusCode()).isEqualTo(401);
  }

  @Test
  void logoutEndsTheSessionAndSignsOutAtTheProvider() throws Exception {
    Browser ola = loggedIn("ola-nordmann", List.of("BV-Lorenskog-Kontaktperson"));

    HttpResponse<String> logout = ola.send(get(app("/logout")));
    assertThat(logout.statusCode()).isEqualTo(302);
    assertThat(location(logout)).startsWith(PROVIDER.endSessionEndpoint());
    assertThat(ola.send(get(app("/camunda/api/admin/auth/user/" + ENGINE))).statusCode()).isEqualTo(401);
    ola.follow(URI.create(location(logout)));
    assertThat(PROVIDER.endSessionRequests().get(PROVIDER.endSessionRequests().size() - 1))
        .containsKey("id_token_hint").containsEntry("post_logout_redirect_uri", app("/camunda/").toString());

    // Opening the Tasklist again asks the provider, which now wants a login: no one is logged in by itself
    ola.follow(app("/camunda/app/tasklist/" + ENGINE + "/"));
    assertThat(ola.last.uri().toString()).startsWith(PROVIDER.authorizationEndpoint());
    assertThat(ola.last.body()).contains("login_required");
  }

  @Test
  void theWebappsOwnLogoutEndsOurSessionButOnlyProviderLogoutEndsTheProviders() throws Exception {
    Browser ola = loggedIn("ola-nordmann", List.of("BV-Lorenskog-Kontaktperson"));

    // Camunda's «Logg ut» without our script: its API call now ends our session too
    HttpResponse<String> webappLogout = ola.send(HttpRequest.newBuilder(
        app("/camunda/api/admin/auth/user/" + ENGINE + "/logout")).POST(HttpRequest.BodyPublishers.noBody()).build());
    assertThat(webappLogout.statusCode()).isEqualTo(200);
    assertThat(ola.send(get(app("/camunda/api/admin/auth/user/" + ENGINE))).statusCode()).isEqualTo(401);
    // ... but the provider still knows the browser and logs the same person in again: hence the script
    ola.follow(app("/camunda/app/tasklist/" + ENGINE + "/"));
    assertThat(ola.last.uri().getPath()).isEqualTo("/camunda/app/tasklist/" + ENGINE + "/");
    assertThat(ola.json(app("/camunda/api/admin/auth/user/" + ENGINE)).get("userId").asText())
        .isEqualTo("ola-nordmann");

    // The script that makes «Logg ut» go to /logout, wired into every app and told to act
    for (String webapp : List.of("tasklist", "cockpit", "admin", "welcome")) {
      assertThat(ola.send(get(app("/camunda/app/" + webapp + "/scripts/config.js"))).body()).as(webapp)
          .contains("'../grunnmodell-sso-logout'");
    }
    HttpResponse<String> script = ola.send(get(app("/camunda/app/grunnmodell-sso-logout.js")));
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.body()).contains("li.logout a").contains("grunnmodell-login.json");
    JsonNode login = ola.json(app("/camunda/app/grunnmodell-login.json"));
    assertThat(login.get("singleSignOn").asBoolean()).isTrue();
    assertThat(login.get("logoutUrl").asText()).isEqualTo("/logout");
  }

  /** «Logg ut» clicked in the Tasklist as a person does, in headless Chromium (skipped, loudly, without it). */
  @Nested
  class LogoutInTheBrowser {

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @Test
    void logoutInTheTasklistSignsOutAtTheProviderToo() {
      PROVIDER.nextLogin("kari-klikker", Map.of("groups", List.of("kontaktperson-lorenskog"), "given_name", "Kari",
          "family_name", "Klikker"));
      Page page = chromium.page();
      page.navigate(app("/camunda/app/tasklist/" + ENGINE + "/").toString());
      PlaywrightAssertions.assertThat(page.locator(".task-filters .task-filter h4.name a").first()).isVisible();
      int signOuts = PROVIDER.endSessionRequests().size();

      page.locator("li.account > a.dropdown-toggle").click();
      page.locator("li.account li.logout a").click();
      // our /logout, the provider's sign-out, back to the Tasklist, which sends the browser to the provider again
      page.waitForURL(url -> url.startsWith(PROVIDER.authorizationEndpoint()));

      assertThat(PROVIDER.endSessionRequests()).hasSize(signOuts + 1);
      assertThat(page.content()).contains("login_required");
    }
  }

  @Test
  void loginsPassThePasswordPolicyWhateverTheUsersName() {
    // Outside the demo profile the policy is on; it refuses a password that contains the user's name, which a
    // random password does by chance for a one-letter name
    PasswordPolicyToggle.on(processEngine, () -> {
      for (int i = 0; i < 8; i++) {
        String subject = "kort-navn-" + i;
        PROVIDER.nextLogin(subject, Map.of("groups", List.of("tiltaksarbeider-lorenskog"), "given_name", "A",
            "family_name", "E"));
        try {
          Browser browser = new Browser();
          browser.follow(app("/camunda/app/tasklist/" + ENGINE + "/"));
          assertThat(browser.last.uri().getPath()).as(subject).isEqualTo("/camunda/app/tasklist/" + ENGINE + "/");
        } catch (IOException | InterruptedException e) {
          throw new IllegalStateException(e);
        }
        assertThat(identityService.createUserQuery().userId(subject).count()).isOne();
      }
    });
  }

  @Test
  void anAdministratorAtTheProviderGetsAdminAndEveryUseIsOnRecord() throws Exception {
    Browser drift = loggedIn("drift-ansvarlig", List.of("camunda-admin"));

    assertThat(texts(drift.json(app("/camunda/api/admin/auth/user/" + ENGINE)).get("authorizedApps")))
        .contains("admin", "cockpit", "tasklist");
    assertThat(drift.send(get(app("/camunda/api/engine/engine/" + ENGINE
        + "/user?lastName=Hemmeligsen&maxResults=10"))).statusCode()).isEqualTo(200);
    List<String> trail = jdbc.queryForList("select event_type || ' ' || coalesce(decision, '') || ' ' "
        + "|| coalesce(step, '') from gm_audit_event where actor = 'drift-ansvarlig'", String.class);
    assertThat(trail).contains("ADMIN_LOGIN oidc ", "ADMIN_REQUEST GET /camunda/api/engine/engine/" + ENGINE + "/user");
    assertThat(trail.toString()).doesNotContain("Hemmeligsen");
  }

  /** Logs in through the provider, which issues tokens for {@code subject} with {@code groups}. */
  private Browser login(String subject, List<String> groups) throws Exception {
    String givenName = subject.substring(0, 1).toUpperCase() + subject.substring(1, subject.indexOf('-'));
    PROVIDER.nextLogin(subject, Map.of("groups", groups, "given_name", givenName));
    Browser browser = new Browser();
    browser.follow(app("/camunda/app/tasklist/" + ENGINE + "/"));
    return browser;
  }

  private Browser loggedIn(String subject, List<String> groups) throws Exception {
    Browser browser = login(subject, groups);
    assertThat(browser.last.statusCode()).isEqualTo(200);
    assertThat(browser.last.uri().getPath()).isEqualTo("/camunda/app/tasklist/" + ENGINE + "/");
    assertThat(browser.visited).anyMatch(u -> u.startsWith(PROVIDER.authorizationEndpoint()))
        .anyMatch(u -> u.contains("/login/oauth2/code/" + OidcSecurity.REGISTRATION));
    return browser;
  }

  private URI app(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private String firstTask(ProcessInstance course) {
    return taskService.createTaskQuery().processInstanceId(course.getId()).listPage(0, 200).get(0).getId();
  }

  private static String caseReference() {
    return "OIDC-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static HttpRequest get(URI uri) {
    return HttpRequest.newBuilder(uri).GET().build();
  }

  private static HttpRequest get(String uri) {
    return get(URI.create(uri));
  }

  private static String location(HttpResponse<?> response) {
    return response.headers().firstValue("Location").map(l -> response.uri().resolve(l).toString()).orElseThrow();
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  private static List<String> ids(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(n -> n.get("id").asText()).toList();
  }

  /** A browser without a browser: keeps cookies, follows redirects across hosts and records where it went. */
  private static final class Browser {

    final HttpClient client = HttpClient.newBuilder()
        .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
    final List<String> visited = new ArrayList<>();
    HttpResponse<String> last;

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    void follow(URI start) throws IOException, InterruptedException {
      URI next = start;
      for (int hop = 0; hop < 10; hop++) {
        visited.add(next.toString());
        last = send(get(next));
        if (last.statusCode() / 100 != 3) {
          return;
        }
        next = URI.create(location(last));
      }
      throw new IllegalStateException("Too many redirects: " + visited);
    }

    JsonNode json(URI uri) throws IOException, InterruptedException {
      HttpResponse<String> response = send(HttpRequest.newBuilder(uri).header("Accept", "application/json").GET()
          .build());
      assertThat(response.statusCode()).as("GET %s: %s", uri, response.body()).isEqualTo(200);
      return JSON.readTree(response.body());
    }
  }
}
