package no.grunnmodell.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import no.grunnmodell.JsonRequests;
import no.grunnmodell.RestVariables;
import no.grunnmodell.course.CourseTestSupport;
import no.grunnmodell.migration.FamilyCourseProbe;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * README's role table, cell by cell, against the running application: for every operation and role, over the engine
 * REST API, the course API and the Java API (where the operation exists there), the operation is either done or
 * refused, as the table says. A refusal is 400, 403 or 404 (or, for a query, no rows), never a 500. Each cell works on a
 * course of its own in the person's own service (Lørenskog).
 */
class RoleTableIntTest extends CourseTestSupport {

  enum Channel { ENGINE_REST, COURSE_API, JAVA_API }

  static final List<String> ROLES = List.of("kontaktperson", "tiltaksarbeider", "leder", "prosesseier", "admin");
  static final String SECOND_KONTAKTPERSON = "lorenskog-kontaktperson-to";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;

  /** What one cell does to its fixture; returns whether it was done. */
  interface Attempt {
    boolean attempt(String user, Object fixture);
  }

  /** An operation: what it works on, and how each channel tries it. */
  record Operation(java.util.function.Supplier<Object> fixture, Map<Channel, Attempt> channels) {
  }

  /**
   * Fixtures not yet used up, by operation and channel. A refused attempt must leave its fixture as it was (that is
   * part of what a refusal means), so the next role tries the same course; an allowed one uses it up.
   */
  private static final Map<String, Object> UNUSED = new HashMap<>();

  private final Map<String, Operation> operations = new LinkedHashMap<>();

  @BeforeEach
  void operations() {
    ensureSecondKontaktperson();
    // Starting creates something new each time: no fixture.
    define("start", () -> null, Map.of(
        Channel.ENGINE_REST, (user, none) -> ok(rest(user, HttpMethod.POST,
            "/engine-rest/process-definition/key/FamilyCourse/start", startForm())),
        Channel.COURSE_API, (user, none) -> ok(rest(user, HttpMethod.POST, "/api/courses", Map.of(
            "serviceId", SERVICE, "caseReference", newCaseReference(), "targetGroup", "FAMILY",
            "birthDate", today().minusYears(8).toString(), "decisionDate", today().toString(),
            "kontaktperson", KONTAKTPERSON))),
        Channel.JAVA_API, (user, none) -> java(user, () -> runtimeService.startProcessInstanceByKey("FamilyCourse",
            plain(startForm())))));
    define("read", this::course, Map.of(
        Channel.ENGINE_REST, (user, course) -> ok(rest(user, HttpMethod.GET,
            "/engine-rest/process-instance/" + id(course) + "/variables", null)),
        Channel.COURSE_API, (user, course) -> ok(rest(user, HttpMethod.GET, "/api/courses/" + courseId(course),
            null)),
        Channel.JAVA_API, (user, course) -> java(user, () -> runtimeService.getVariables(id(course)))));
    define("read-history", this::course, Map.of(
        Channel.ENGINE_REST, (user, course) -> {
          ResponseEntity<String> r = rest(user, HttpMethod.GET, "/engine-rest/history/variable-instance"
              + "?maxResults=100&processInstanceId=" + id(course), null);
          return ok(r) && r.getBody().contains("caseReference");
        },
        Channel.JAVA_API, (user, course) -> javaQuery(user, () -> historyService
            .createHistoricVariableInstanceQuery().processInstanceId(id(course)).count())));
    define("claim", this::supportStep, Map.of(
        Channel.ENGINE_REST, (user, step) -> ok(rest(user, HttpMethod.POST,
            "/engine-rest/task/" + id(step) + "/claim", Map.of("userId", user))),
        Channel.JAVA_API, (user, step) -> java(user, () -> taskService.claim(id(step), user))));
    define("complete-own", this::intakeStep, Map.of(
        Channel.ENGINE_REST, (user, step) -> ok(rest(user, HttpMethod.POST,
            "/engine-rest/task/" + id(step) + "/complete", Map.of("variables", RestVariables.of(intakeForm())))),
        Channel.JAVA_API, (user, step) -> java(user, () -> taskService.complete(id(step), intakeForm()))));
    define("complete-leder-step", this::lederStep, Map.of(
        Channel.ENGINE_REST, (user, step) -> ok(rest(user, HttpMethod.POST,
            "/engine-rest/task/" + id(step) + "/complete", Map.of("variables", RestVariables.of(exceptionForm())))),
        Channel.JAVA_API, (user, step) -> java(user, () -> taskService.complete(id(step), exceptionForm()))));
    define("assign", this::intakeStep, assignTo(SECOND_KONTAKTPERSON));
    define("assign-outside", this::intakeStep, assignTo("grorud-kontaktperson"));
    define("set-variables", this::course, Map.of(
        Channel.ENGINE_REST, (user, course) -> ok(rest(user, HttpMethod.PUT,
            "/engine-rest/process-instance/" + id(course) + "/variables/note",
            Map.of("value", "endret utenom skjema", "type", "String"))),
        Channel.JAVA_API, (user, course) -> java(user, () -> runtimeService.setVariable(id(course), "note",
            "endret utenom skjema"))));
    define("modify", this::course, Map.of(
        Channel.ENGINE_REST, (user, course) -> ok(rest(user, HttpMethod.POST,
            "/engine-rest/process-instance/" + id(course) + "/modification", Map.of("instructions",
                List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_ObtainConsent"))))),
        Channel.JAVA_API, (user, course) -> java(user, () -> runtimeService.createProcessInstanceModification(
            id(course)).startBeforeActivity("Task_ObtainConsent").execute())));
    define("suspend", this::course, Map.of(
        Channel.ENGINE_REST, (user, course) -> ok(rest(user, HttpMethod.PUT,
            "/engine-rest/process-instance/" + id(course) + "/suspended", Map.of("suspended", true))),
        Channel.JAVA_API, (user, course) -> java(user, () -> runtimeService.suspendProcessInstanceById(
            id(course)))));
    define("delete", this::course, Map.of(
        Channel.ENGINE_REST, (user, course) -> ok(rest(user, HttpMethod.DELETE,
            "/engine-rest/process-instance/" + id(course), null)),
        Channel.JAVA_API, (user, course) -> java(user, () -> runtimeService.deleteProcessInstance(id(course),
            "test"))));
    define("correlate", this::course, Map.of(
        Channel.ENGINE_REST, (user, course) -> ok(rest(user, HttpMethod.POST, "/engine-rest/message", Map.of(
            "messageName", "ConsentWithdrawn", "processInstanceId", id(course)))),
        Channel.JAVA_API, (user, course) -> java(user, () -> runtimeService.createMessageCorrelation(
            "ConsentWithdrawn").processInstanceId(id(course)).correlate())));
    define("withdraw-consent", this::course, Map.of(
        Channel.ENGINE_REST, (user, course) -> ok(rest(user, HttpMethod.POST,
            "/engine-rest/process-definition/key/ConsentWithdrawalNotice/start", Map.of("variables",
                RestVariables.of(Map.of("caseReference", ((ProcessInstance) course).getBusinessKey()))))),
        Channel.COURSE_API, (user, course) -> ok(rest(user, HttpMethod.POST,
            "/api/courses/" + courseId(course) + "/consent-withdrawal", null)),
        Channel.JAVA_API, (user, course) -> java(user, () -> runtimeService.startProcessInstanceByKey(
            "ConsentWithdrawalNotice", Map.of("caseReference", ((ProcessInstance) course).getBusinessKey())))));
    define("execute-job", this::courseTimer, Map.of(
        Channel.ENGINE_REST, (user, timer) -> ok(rest(user, HttpMethod.POST,
            "/engine-rest/job/" + ((Job) timer).getId() + "/execute", null)),
        Channel.JAVA_API, (user, timer) -> java(user, () -> managementService.executeJob(((Job) timer).getId()))));
    define("reports", () -> null, Map.of(
        Channel.COURSE_API, (user, none) -> ok(rest(user, HttpMethod.GET,
            "/api/reports/overdue?serviceId=" + SERVICE, null))));
    define("deploy", () -> null, Map.of(
        Channel.ENGINE_REST, (user, none) -> ok(deployOverRest(user)),
        Channel.JAVA_API, (user, none) -> java(user, () -> repositoryService.createDeployment().name("rolletabell")
            .addString("processes/rolletabell.bpmn", probeDiagram()).deploy())));
    define("delete-deployment", this::probeDeployment, Map.of(
        Channel.ENGINE_REST, (user, deployment) -> ok(rest(user, HttpMethod.DELETE,
            "/engine-rest/deployment/" + deployment + "?cascade=true", null)),
        Channel.JAVA_API, (user, deployment) -> java(user, () -> repositoryService.deleteDeployment(
            (String) deployment, true))));
    define("migrate", this::courseOnOlderVersion, Map.of(
        Channel.COURSE_API, (user, course) -> {
          String key = repositoryService.getProcessDefinition(((ProcessInstance) course).getProcessDefinitionId())
              .getKey();
          boolean moved = ok(rest(user, HttpMethod.POST, "/api/migrations", Map.of("processKey", key)))
              && runsOnLatestVersion((ProcessInstance) course);
          if (moved) {
            // Used up: the copy and its course go, so that no later test finds courses on older versions.
            repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).list()
                .forEach(d -> repositoryService.deleteDeployment(d.getDeploymentId(), true));
          }
          return moved;
        }));
    define("manage-users", () -> null, Map.of(
        Channel.ENGINE_REST, (user, none) -> ok(rest(user, HttpMethod.POST, "/engine-rest/user/create", Map.of(
            "profile", Map.of("id", "ny-" + shortId(), "firstName", "Ny", "lastName", "Bruker"),
            "credentials", Map.of("password", "Et-langt-passord-123")))),
        Channel.JAVA_API, (user, none) -> java(user, () -> {
          User created = identityService.newUser("ny-" + shortId());
          created.setPassword("Et-langt-passord-123");
          identityService.saveUser(created);
        })));
  }

  @AfterEach
  void logout() {
    identityService.clearAuthentication();
  }

  static Stream<Arguments> cells() throws IOException {
    List<Arguments> cells = new ArrayList<>();
    for (Map.Entry<String, Map<String, Boolean>> row : readmeTable().entrySet()) {
      for (String role : ROLES) {
        for (Channel channel : Channel.values()) {
          cells.add(Arguments.of(row.getKey(), role, channel, row.getValue().get(role)));
        }
      }
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "{0} as {1} over {2}: allowed={3}")
  @MethodSource("cells")
  void everyCellOfTheReadmeRoleTableHolds(String operation, String role, Channel channel, boolean allowed) {
    Operation op = operations.get(operation);
    assertThat(op).as("README's operation `%s` has a test", operation).isNotNull();
    Attempt attempt = op.channels().get(channel);
    if (attempt == null) {
      return;
    }
    String key = operation + "/" + channel;
    Object fixture = UNUSED.containsKey(key) ? UNUSED.remove(key) : op.fixture().get();
    boolean done = attempt.attempt(user(role), fixture);
    if (!done) {
      UNUSED.put(key, fixture);
    }
    assertThat(done).as("%s as %s over %s", operation, role, channel).isEqualTo(allowed);
  }

  @org.junit.jupiter.api.Test
  void everyOperationTestedHereIsInTheReadmeTable() throws IOException {
    assertThat(readmeTable().keySet()).containsExactlyInAnyOrderElementsOf(operations.keySet());
  }

  // ---- the README table ----

  /** Operation id → role → allowed, from the table under «Roles and what they may do». */
  static Map<String, Map<String, Boolean>> readmeTable() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
    int start = lines.indexOf("### Roles and what they may do");
    assertThat(start).as("README has the role table").isNotNegative();
    Map<String, Map<String, Boolean>> table = new LinkedHashMap<>();
    List<String> header = null;
    for (String line : lines.subList(start + 1, lines.size())) {
      if (!line.startsWith("|")) {
        if (header != null) {
          break;
        }
        continue;
      }
      List<String> cells = Stream.of(line.substring(1, line.length() - 1).split("\\|")).map(String::trim).toList();
      if (header == null) {
        header = cells;
        assertThat(header.subList(1, header.size())).containsExactlyElementsOf(ROLES);
        continue;
      }
      if (cells.get(0).startsWith("---")) {
        continue;
      }
      String id = cells.get(0).substring(1, cells.get(0).indexOf('`', 1));
      Map<String, Boolean> row = new HashMap<>();
      for (int i = 1; i < header.size(); i++) {
        assertThat(cells.get(i)).as("cell %s/%s", id, header.get(i)).isIn("✓", "—");
        row.put(header.get(i), cells.get(i).equals("✓"));
      }
      table.put(id, row);
    }
    return table;
  }

  // ---- what the cells work on ----

  private void define(String operation, java.util.function.Supplier<Object> fixture, Map<Channel, Attempt> channels) {
    operations.put(operation, new Operation(fixture, new EnumMap<>(channels)));
  }

  private Map<Channel, Attempt> assignTo(String newAssignee) {
    return Map.of(
        Channel.ENGINE_REST, (user, step) -> ok(rest(user, HttpMethod.POST, "/engine-rest/task/" + id(step)
            + "/assignee", Map.of("userId", newAssignee))),
        Channel.JAVA_API, (user, step) -> java(user, () -> taskService.setAssignee(id(step), newAssignee)));
  }

  private static String id(Object fixture) {
    return fixture instanceof Task task ? task.getId() : ((ProcessInstance) fixture).getId();
  }

  private static String user(String role) {
    return switch (role) {
      case "prosesseier", "admin" -> role;
      default -> SERVICE + "-" + role;
    };
  }

  /** A fresh course at «Registrer første kontakt med familien», assigned to the service's kontaktperson. */
  private Object course() {
    return startFamilyCourse(newCaseReference(), 8);
  }

  private String courseId(Object course) {
    return (String) runtimeService.getVariable(id(course), "courseId");
  }

  /** «Registrer første kontakt med familien», held by the service's kontaktperson. */
  private Object intakeStep() {
    return task(startFamilyCourse(newCaseReference(), 8), "Task_RegisterIntake");
  }

  /** «Iverksett støttende tiltak», offered to the tiltaksarbeider role only and not yet taken. */
  private Object supportStep() {
    ProcessInstance course = consentedCourse(8);
    runStartupPhase(course, "stottende");
    return task(course, "Task_StartSupportMeasure");
  }

  /** «Vurder sak utenfor målgruppen», the leder's step for a child outside the age range. */
  private Object lederStep() {
    return task(startFamilyCourse(newCaseReference(), 15), "Task_ReviewOutsideTargetGroup");
  }

  /** A timer of a course: an aftercare course waiting for the young person to reach the conversation age. */
  private Object courseTimer() {
    ProcessInstance course = runtimeService.startProcessInstanceByKey("AftercareCourse", Map.of(
        "serviceId", SERVICE, "caseReference", newCaseReference(), "kontaktperson", KONTAKTPERSON,
        "birthDate", today().minusYears(16).minusMonths(8).toString(), "decisionDate", today().toString(),
        "aftercareSituation", "IN_MEASURE"));
    return managementService.createJobQuery().processInstanceId(course.getId()).timers().listPage(0, 10).get(0);
  }

  /**
   * A course of a copy of the family course that has since been changed: it runs on the older version. Over the
   * engine's own APIs migration needs MIGRATE_INSTANCE, which no role but admin has; the process owner moves courses
   * through the course API (and Cockpit's panel), which checks the role and moves them as the application.
   */
  private Object courseOnOlderVersion() {
    String key = FamilyCourseProbe.newKey();
    repositoryService.createDeployment().name("rolletabell").addString("processes/" + key + ".bpmn",
        FamilyCourseProbe.diagram(key, FamilyCourseProbe.unchanged())).deploy();
    ProcessInstance course = runtimeService.startProcessInstanceByKey(key, Map.of("serviceId", SERVICE,
        "caseReference", newCaseReference(), "kontaktperson", KONTAKTPERSON,
        "birthDate", today().minusYears(8).toString(), "decisionDate", today().toString()));
    repositoryService.createDeployment().name("rolletabell").addString("processes/" + key + ".bpmn",
        FamilyCourseProbe.diagram(key, FamilyCourseProbe.renamedConsentAndClosureConfirmed())).deploy();
    return course;
  }

  private boolean runsOnLatestVersion(ProcessInstance course) {
    String now = runtimeService.createProcessInstanceQuery().processInstanceId(course.getId()).singleResult()
        .getProcessDefinitionId();
    return !now.equals(course.getProcessDefinitionId());
  }

  private Object probeDeployment() {
    return repositoryService.createDeployment().name("rolletabell").addString("processes/rolletabell.bpmn",
        probeDiagram()).deploy().getId();
  }

  private static String probeDiagram() {
    String id = "RoleTableProbe" + shortId();
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s"
            targetNamespace="http://grunnmodell.no/bpmn">
          <bpmn:process id="%1$s" name="Prøve" isExecutable="true" camunda:historyTimeToLive="1">
            <bpmn:startEvent id="StartEvent_Probe" name="Start" />
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(id);
  }

  private static Map<String, Object> startForm() {
    Map<String, Object> form = new HashMap<>();
    form.put("caseReference", newCaseReference());
    form.put("birthDate", today().minusYears(8).toString());
    form.put("decisionDate", today().toString());
    form.put("interpreterNeeded", false);
    return Map.of("variables", RestVariables.of(form));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> plain(Map<String, Object> restBody) {
    Map<String, Object> plain = new HashMap<>();
    ((Map<String, Map<String, Object>>) restBody.get("variables")).forEach((k, v) -> plain.put(k, v.get("value")));
    return plain;
  }

  private static Map<String, Object> intakeForm() {
    return Map.of("firstContactDate", today().toString(), "dailyCare", "BOTH_PARENTS",
        "interpreterNeeded", false, "adaptationNeeded", false);
  }

  private static Map<String, Object> exceptionForm() {
    return Map.of("exceptionDecision", "START", "exceptionReason", "Søsken i målgruppen");
  }

  private static String shortId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  // ---- the three channels ----

  private ResponseEntity<String> rest(String user, HttpMethod method, String path, Object body) {
    ResponseEntity<String> response = JsonRequests.send(http, user, method, path, body);
    int status = response.getStatusCode().value();
    assertThat(status).as("%s %s as %s: %s", method, path, user, response.getBody()).isNotEqualTo(500);
    if (status >= 400) {
      assertThat(status).as("%s %s as %s is refused as invalid, forbidden or not found: %s", method, path, user,
          response.getBody()).isIn(400, 403, 404);
    }
    return response;
  }

  private ResponseEntity<String> deployOverRest(String user) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", "rolletabell");
    parts.add("data", new ByteArrayResource(probeDiagram().getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "rolletabell.bpmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> response = http.withBasicAuth(user, "demo").exchange("/engine-rest/deployment/create",
        HttpMethod.POST, new HttpEntity<>(parts, headers), String.class);
    assertThat(response.getStatusCode().value()).as("deploy as %s: %s", user, response.getBody()).isIn(200, 403);
    return response;
  }

  private static boolean ok(ResponseEntity<String> response) {
    return response.getStatusCode().is2xxSuccessful();
  }

  private boolean java(String user, Runnable action) {
    authenticate(user);
    try {
      action.run();
      return true;
    } catch (ProcessEngineException refused) {
      return false;
    } finally {
      identityService.clearAuthentication();
    }
  }

  private boolean javaQuery(String user, java.util.function.LongSupplier count) {
    authenticate(user);
    try {
      return count.getAsLong() > 0;
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** As the REST API's authentication filter does: the user with their groups and services. */
  private void authenticate(String user) {
    List<String> groups = identityService.createGroupQuery().groupMember(user).listPage(0, 100).stream()
        .map(Group::getId).toList();
    List<String> tenants = identityService.createTenantQuery().userMember(user).includingGroupsOfUser(true)
        .listPage(0, 100).stream().map(Tenant::getId).toList();
    identityService.setAuthentication(user, groups, tenants);
  }

  private void ensureSecondKontaktperson() {
    if (identityService.createUserQuery().userId(SECOND_KONTAKTPERSON).count() == 0) {
      User user = identityService.newUser(SECOND_KONTAKTPERSON);
      user.setFirstName("Kari");
      user.setLastName("Kontaktperson");
      user.setPassword("demo");
      identityService.saveUser(user);
      identityService.createMembership(SECOND_KONTAKTPERSON, Role.KONTAKTPERSON.groupOf(SERVICE));
    }
  }
}
