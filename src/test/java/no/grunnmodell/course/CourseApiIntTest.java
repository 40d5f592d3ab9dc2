package no.grunnmodell.course;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.grunnmodell.IntTestBase;
import no.grunnmodell.JsonRequests;
import no.grunnmodell.platform.Days;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The case system's view: starting a course from a vedtak and reading where it stands. */
class CourseApiIntTest extends IntTestBase {

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aVedtakStartsACourseWhoseFirstStepIsTheKontaktpersonsIntake() throws Exception {
    Map<String, Object> request = vedtak();
    ResponseEntity<String> response = post("lorenskog-kontaktperson", "/api/courses", request);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode course = json.readTree(response.getBody());
    assertThat(course.path("courseId").asText()).isNotBlank();
    assertThat(course.path("state").asText()).isEqualTo("ACTIVE");
    assertThat(course.path("phase").asText()).isEqualTo("INTAKE");
    assertThat(course.path("targetGroup").asText()).isEqualTo("FAMILY");
    assertThat(course.path("openSteps")).hasSize(1);
    assertThat(course.path("openSteps").get(0).path("step").asText()).isEqualTo("Task_RegisterIntake");
    assertThat(course.path("openSteps").get(0).path("name").asText()).isEqualTo("Registrer første kontakt med familien");
    assertThat(course.path("openSteps").get(0).path("assignee").asText()).isEqualTo("lorenskog-kontaktperson");
  }

  @Test
  void aRetriedStartReturnsTheSameCourseAndStartsNoSecond() throws Exception {
    Map<String, Object> request = vedtak();
    JsonNode first = json.readTree(post("lorenskog-kontaktperson", "/api/courses", request).getBody());
    ResponseEntity<String> retry = post("lorenskog-kontaktperson", "/api/courses", request);

    assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(retry.getBody()).path("courseId").asText()).isEqualTo(first.path("courseId").asText());
    assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey((String) request.get("caseReference")).count()).isEqualTo(1);
  }

  @Test
  void aMissingFieldIsNamedInEnglish() throws Exception {
    Map<String, Object> request = vedtak();
    request.remove("birthDate");

    assertThat(refusedStart(request, "birthDate").path("message").asText())
        .isEqualTo("birthDate is required (yyyy-MM-dd)");
  }

  @Test
  void aDateInTheWrongFormatIsNamed() throws Exception {
    refusedStart(vedtakWith("decisionDate", "24.11.2026"), "decisionDate");
  }

  @Test
  void anUnknownTargetGroupIsNamed() throws Exception {
    refusedStart(vedtakWith("targetGroup", "ELDERLY"), "targetGroup");
  }

  @Test
  void aKontaktpersonFromAnotherServiceIsRefused() throws Exception {
    refusedStart(vedtakWith("kontaktperson", "grorud-kontaktperson"), "kontaktperson");
  }

  @Test
  void aYoungPersonOutsideTheAftercareAgeRangeIsRefused() throws Exception {
    Map<String, Object> request = vedtakWith("targetGroup", "AFTERCARE");
    request.put("birthDate", LocalDate.now(Days.OSLO).minusYears(26).toString());

    assertThat(refusedStart(request, "birthDate").path("message").asText())
        .contains("Aftercare is for young people aged 17 to 24");
  }

  @Test
  void anotherServicesCourseIsAnsweredExactlyAsAnUnknownId() throws Exception {
    JsonNode course = json.readTree(post("lorenskog-kontaktperson", "/api/courses", vedtak()).getBody());
    String id = course.path("courseId").asText();
    String unknown = UUID.randomUUID().toString();

    ResponseEntity<String> read = get("grorud-leder", "/api/courses/" + id);
    ResponseEntity<String> readUnknown = get("grorud-leder", "/api/courses/" + unknown);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(read.getBody()).isEqualTo(readUnknown.getBody().replace(unknown, id));
    assertThat(json.readTree(read.getBody()).path("message").asText()).isEqualTo("No course with id " + id + ".");

    String withdrawal = "/api/courses/" + id + "/consent-withdrawal";
    ResponseEntity<String> withdraw = post("grorud-kontaktperson", withdrawal, Map.of());
    ResponseEntity<String> withdrawUnknown = post("grorud-kontaktperson",
        "/api/courses/" + unknown + "/consent-withdrawal", Map.of());
    assertThat(withdraw.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(withdraw.getBody()).isEqualTo(withdrawUnknown.getBody().replace(unknown, id));
    assertThat(json.readTree(get("lorenskog-kontaktperson", "/api/courses/" + id).getBody()).path("phase")
        .asText()).isEqualTo("INTAKE");
  }

  @Test
  void withoutCredentialsTheApiAnswers401() {
    ResponseEntity<String> response = http.getForEntity("/api/courses/whatever", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aCourseIsFoundByItsCaseReferenceAndUnknownOnesAre404() throws Exception {
    Map<String, Object> request = vedtak();
    JsonNode started = json.readTree(post("lorenskog-kontaktperson", "/api/courses", request).getBody());

    ResponseEntity<String> found = http.withBasicAuth("lorenskog-leder", "demo").getForEntity(
        "/api/courses?serviceId=lorenskog&caseReference=" + request.get("caseReference"), String.class);
    assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(found.getBody()).path("courseId").asText()).isEqualTo(started.path("courseId").asText());

    assertThat(http.withBasicAuth("lorenskog-leder", "demo").getForEntity("/api/courses/nope", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void withdrawnConsentLeavesOnlyTheWithdrawalStepAndCannotBeSentTwice() throws Exception {
    JsonNode started = json.readTree(post("lorenskog-kontaktperson", "/api/courses", vedtak()).getBody());
    String path = "/api/courses/" + started.path("courseId").asText() + "/consent-withdrawal";

    ResponseEntity<String> withdrawn = post("lorenskog-kontaktperson", path, Map.of());
    assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode course = json.readTree(withdrawn.getBody());
    assertThat(course.path("phase").asText()).isEqualTo("CONSENT_WITHDRAWN");
    assertThat(course.path("openSteps").get(0).path("step").asText()).isEqualTo("Task_RecordConsentWithdrawal");

    assertThat(post("lorenskog-kontaktperson", path, Map.of()).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void onlyAKontaktpersonMayRecordThatConsentWasWithdrawn() throws Exception {
    JsonNode started = json.readTree(post("lorenskog-kontaktperson", "/api/courses", vedtak()).getBody());
    String course = "/api/courses/" + started.path("courseId").asText();

    for (String caller : List.of("lorenskog-leder", "lorenskog-tiltaksarbeider")) {
      ResponseEntity<String> response = post(caller, course + "/consent-withdrawal", Map.of());
      assertThat(response.getStatusCode()).as(caller).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(body(response).path("message").asText())
          .isEqualTo("Only a kontaktperson of service lorenskog can record that consent was withdrawn.");
    }
    assertThat(body(get("lorenskog-kontaktperson", course)).path("phase").asText()).isEqualTo("INTAKE");
  }

  // ---- case references ----

  @Test
  void aCaseReferenceWithSurroundingSpacesIsTheSameCaseEverywhere() throws Exception {
    Map<String, Object> request = vedtak();
    String reference = (String) request.get("caseReference");
    request.put("caseReference", "  " + reference + " ");
    ResponseEntity<String> started = post("lorenskog-kontaktperson", "/api/courses", request);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(body(started).path("caseReference").asText()).isEqualTo(reference);
    String courseId = body(started).path("courseId").asText();

    request.put("caseReference", reference);
    ResponseEntity<String> retry = post("lorenskog-kontaktperson", "/api/courses", request);
    assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(body(retry).path("courseId").asText()).isEqualTo(courseId);
    request.put("caseReference", "\t" + reference + "  ");
    assertThat(post("lorenskog-kontaktperson", "/api/courses", request).getStatusCode()).isEqualTo(HttpStatus.OK);

    ResponseEntity<String> found = get("lorenskog-leder", "/api/courses?serviceId=lorenskog&caseReference={ref}",
        " " + reference + " ");
    assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(body(found).path("courseId").asText()).isEqualTo(courseId);
    assertThat(courses(reference)).isEqualTo(1);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).count())
        .isEqualTo(1);
  }

  @Test
  void aCaseReferenceThatIsBlankOnceTrimmedIsRefused() throws Exception {
    refusedStart(vedtakWith("caseReference", "  \t "), "caseReference");

    ResponseEntity<String> find = get("lorenskog-leder", "/api/courses?serviceId=lorenskog&caseReference={ref}",
        "   ");
    assertThat(find.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(body(find).path("field").asText()).isEqualTo("caseReference");
  }

  // ---- dates ----

  static List<Object> malformedDates() {
    return List.of("-2018-05-01", "+2018-05-01", " 2018-05-01", "2018-05-01T10:00:00", "2018-05-01T10:00:00Z",
        "2018-5-1", "01.05.2018", "2018-02-30", "20180501", -1, 20180501, List.of(2018, 5, 1),
        Map.of("year", 2018));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedDates")
  void aDateIsOnlyAPlainYyyyMmDdString(Object value) throws Exception {
    for (String field : List.of("birthDate", "decisionDate")) {
      Map<String, Object> request = vedtakWith(field, value);
      refusedStart(request, field);
      assertThat(courses((String) request.get("caseReference"))).as("%s = %s", field, value).isZero();
    }
  }

  @Test
  void aBirthDateIsFrom1900AndNotInTheFuture() throws Exception {
    Map<String, String> refused = Map.of(
        "0000-01-01", "birthDate must not be before 1900-01-01.",
        "1899-12-31", "birthDate must not be before 1900-01-01.",
        LocalDate.now(Days.OSLO).plusDays(1).toString(), "birthDate must not be in the future.");
    for (Map.Entry<String, String> date : refused.entrySet()) {
      assertThat(refusedStart(vedtakWith("birthDate", date.getKey()), "birthDate").path("message").asText())
          .as(date.getKey()).isEqualTo(date.getValue());
    }

    assertThat(post("lorenskog-kontaktperson", "/api/courses", vedtakWith("birthDate", "1900-01-01"))
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void aDecisionDateIsFrom2000NotInTheFutureAndNotBeforeTheBirthDate() throws Exception {
    Map<String, Object> future = vedtakWith("decisionDate", LocalDate.now(Days.OSLO).plusDays(1).toString());
    Map<String, Object> before2000 = vedtakWith("decisionDate", "1999-12-31");
    before2000.put("birthDate", "1990-01-01");
    Map<String, Object> beforeBirth = vedtakWith("decisionDate", LocalDate.now(Days.OSLO).minusYears(8).toString());
    Map<Map<String, Object>, String> refused = Map.of(
        future, "decisionDate must not be in the future.",
        before2000, "decisionDate must not be before 2000-01-01.",
        beforeBirth, "decisionDate must not be before birthDate.");
    for (Map.Entry<Map<String, Object>, String> request : refused.entrySet()) {
      assertThat(refusedStart(request.getKey(), "decisionDate").path("message").asText())
          .isEqualTo(request.getValue());
    }
  }

  // ---- JSON types ----

  @Test
  void aBooleanMustBeAJsonBoolean() throws Exception {
    for (Object value : List.of(5, 1, 0, 1.5, "yes", "true", "", List.of(true))) {
      Map<String, Object> request = vedtakWith("interpreterNeeded", value);
      refusedStart(request, "interpreterNeeded");
      assertThat(courses((String) request.get("caseReference"))).as("%s", value).isZero();
    }
  }

  @Test
  void aTextFieldMustBeAJsonString() throws Exception {
    Map<String, Object> wrong = Map.of("serviceId", true, "caseReference", 2026_00123, "targetGroup", 0,
        "kontaktperson", 1.5, "childFirstName", false, "interpreterLanguage", 7);
    for (Map.Entry<String, Object> field : wrong.entrySet()) {
      assertThat(refusedStart(vedtakWith(field.getKey(), field.getValue()), field.getKey()).path("message").asText())
          .isEqualTo(field.getKey() + " must be a JSON string.");
    }
    refusedStart(vedtakWith("targetGroup", "0"), "targetGroup");
  }

  @Test
  void malformedBodiesAreAnswered400NeverA500() throws Exception {
    Map<String, Object> longReference = vedtakWith("caseReference", "X".repeat(10_000));
    Map<String, Object> controlCharacter = vedtakWith("caseReference", "2026\u0000123");
    Map<String, Object> unknownGroup = vedtakWith("targetGroup", "ELDERLY");
    Map<String, Object> longName = vedtakWith("childFirstName", "O".repeat(10_000));
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("missing body", "");
    bodies.put("not JSON", "serviceId=lorenskog");
    bodies.put("truncated JSON", "{\"serviceId\":\"lorenskog\",");
    bodies.put("JSON null", "null");
    bodies.put("array instead of object", "[" + json.writeValueAsString(vedtak()) + "]");
    bodies.put("string instead of object", "\"lorenskog\"");
    bodies.put("unknown targetGroup", json.writeValueAsString(unknownGroup));
    bodies.put("10,000-character caseReference", json.writeValueAsString(longReference));
    bodies.put("NUL in caseReference", json.writeValueAsString(controlCharacter));
    bodies.put("10,000-character childFirstName", json.writeValueAsString(longName));
    bodies.put("object for serviceId", "{\"serviceId\":{\"id\":\"lorenskog\"}}");
    bodies.put("empty object", "{}");

    for (Map.Entry<String, String> body : bodies.entrySet()) {
      ResponseEntity<String> response = postJson("lorenskog-kontaktperson", body.getValue());
      assertThat(response.getStatusCode()).as(body.getKey()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(body(response).path("message").asText()).as(body.getKey()).isNotBlank();
    }
    assertThat(get("lorenskog-leder", "/api/courses?serviceId=lorenskog").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  // ---- who may start, in which order ----

  @Test
  void anUnknownServiceIsRefusedBeforeAnythingElse() throws Exception {
    Map<String, Object> request = vedtakWith("serviceId", "atlantis");
    request.remove("birthDate");
    for (String caller : List.of("lorenskog-kontaktperson", "grorud-leder", "prosesseier")) {
      ResponseEntity<String> response = post(caller, "/api/courses", request);
      assertThat(response.getStatusCode()).as(caller).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(body(response).path("field").asText()).isEqualTo("serviceId");
    }
  }

  @Test
  void onlyAKontaktpersonOfTheServiceMayStartACourse() throws Exception {
    Map<String, Object> existing = vedtak();
    post("lorenskog-kontaktperson", "/api/courses", existing);
    Map<String, Object> fresh = vedtak();
    Map<String, Object> invalid = vedtakWith("birthDate", "not a date");

    for (String caller : List.of("lorenskog-leder", "lorenskog-tiltaksarbeider", "prosesseier")) {
      Set<String> answers = new HashSet<>();
      for (Map<String, Object> request : List.of(existing, fresh, invalid)) {
        ResponseEntity<String> response = post(caller, "/api/courses", request);
        assertThat(response.getStatusCode()).as(caller).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(body(response).path("message").asText()).as(caller)
            .startsWith("Only a kontaktperson of service lorenskog can start courses there");
        answers.add(response.getBody());
      }
      assertThat(answers).as("%s gets one answer whether the case exists or not", caller).hasSize(1);
    }
    assertThat(courses((String) existing.get("caseReference"))).isEqualTo(1);
    assertThat(courses((String) fresh.get("caseReference"))).isZero();
  }

  @Test
  void aCallerOutsideTheServiceGetsTheSame403WhetherOrNotTheCaseExists() throws Exception {
    Map<String, Object> existing = vedtak();
    post("lorenskog-kontaktperson", "/api/courses", existing);
    Map<String, Object> fresh = vedtak();

    ResponseEntity<String> forExisting = post("grorud-kontaktperson", "/api/courses", existing);
    ResponseEntity<String> forFresh = post("grorud-kontaktperson", "/api/courses", fresh);

    assertThat(forExisting.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(forFresh.getBody()).isEqualTo(forExisting.getBody());
    assertThat(body(forFresh).path("message").asText()).isEqualTo("Only a kontaktperson of service lorenskog can"
        + " start courses there, and you are not a member of that service.");
    assertThat(courses((String) existing.get("caseReference"))).isEqualTo(1);
    assertThat(courses((String) fresh.get("caseReference"))).isZero();
  }

  // ---- retries ----

  @Test
  void aRetryWithOtherDataIsAConflictNamingTheField() throws Exception {
    Map<String, Object> request = vedtak();
    String courseId = body(post("lorenskog-kontaktperson", "/api/courses", request)).path("courseId").asText();
    Map<String, Object> otherValues = Map.of("targetGroup", "AFTERCARE",
        "birthDate", LocalDate.now(Days.OSLO).minusYears(7).minusDays(1).toString(),
        "decisionDate", LocalDate.now(Days.OSLO).minusDays(3).toString());

    for (Map.Entry<String, Object> other : otherValues.entrySet()) {
      Map<String, Object> retry = new HashMap<>(request);
      retry.put(other.getKey(), other.getValue());
      ResponseEntity<String> response = post("lorenskog-kontaktperson", "/api/courses", retry);

      assertThat(response.getStatusCode()).as(other.getKey()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(body(response).path("field").asText()).isEqualTo(other.getKey());
      assertThat(body(response).path("message").asText()).contains(courseId, "another " + other.getKey());
    }
    assertThat(courses((String) request.get("caseReference"))).isEqualTo(1);
  }

  @Test
  void aYoungPersonWhoSaidNoComesBackThroughTheApiAsANewLinkedCourse() throws Exception {
    Map<String, Object> request = vedtakWith("targetGroup", "AFTERCARE");
    request.put("birthDate", LocalDate.now(Days.OSLO).minusYears(19).toString());
    JsonNode first = body(post("lorenskog-kontaktperson", "/api/courses", request));
    String conversation = taskService.createTaskQuery()
        .processInstanceId(first.path("processInstanceId").asText()).taskDefinitionKey("Task_AftercareConversation")
        .singleResult().getId();
    taskService.complete(conversation, Map.of("conversationDate", LocalDate.now(Days.OSLO).toString(),
        "youngPersonInformed", true, "youngPersonWishes", "Vil klare seg selv", "consentDecision", "REFUSED",
        "refusalNote", "Kan ta kontakt igjen"));
    // A no keeps the course open until the young person is asked again: until then a start finds that course.
    String courseUrl = "/api/courses/" + first.path("courseId").asText();
    assertThat(body(get("lorenskog-kontaktperson", courseUrl)).path("phase").asText()).isEqualTo("FOLLOW_UP_AFTER_NO");
    ResponseEntity<String> waiting = post("lorenskog-kontaktperson", "/api/courses", request);
    assertThat(waiting.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(body(waiting).path("courseId").asText()).isEqualTo(first.path("courseId").asText());
    LocalDate followUp = LocalDate.now(Days.OSLO).plusMonths(7);
    ClockUtil.setCurrentTime(java.sql.Date.valueOf(followUp));
    try {
      String askedAgain = taskService.createTaskQuery().processInstanceId(first.path("processInstanceId").asText())
          .taskDefinitionKey("Task_AskAgainAboutAftercare").singleResult().getId();
      taskService.complete(askedAgain, Map.of("askedAgainDate", followUp.toString(), "askedAgainAnswer", "STILL_NO",
          "askedAgainYoungPersonView", "Vil fortsatt klare seg selv", "toldAboutComingBack", true));
    } finally {
      ClockUtil.reset();
    }
    assertThat(body(get("lorenskog-kontaktperson", courseUrl)).path("outcome").asText()).isEqualTo("CONSENT_REFUSED");

    ResponseEntity<String> again = post("lorenskog-kontaktperson", "/api/courses", request);

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String second = body(again).path("processInstanceId").asText();
    assertThat(body(again).path("courseId").asText()).isNotEqualTo(first.path("courseId").asText());
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(second)
        .variableName("previousCourseId").singleResult().getValue()).isEqualTo(first.path("courseId").asText());
    assertThat(post("lorenskog-kontaktperson", "/api/courses", request).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  // ---- the start itself ----

  @Test
  void theCourseIsStartedByTheApplicationAndRecordsTheCallerAsStartedBy() throws Exception {
    String caller = "lorenskog-kontaktperson-api-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identityService.newUser(caller);
    user.setPassword("demo");
    identityService.saveUser(user);
    identityService.createMembership(caller, "kontaktperson-lorenskog");
    try {
      Map<String, Object> request = vedtak();
      ResponseEntity<String> response = post(caller, "/api/courses", request);
      assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
      String instanceId = body(response).path("processInstanceId").asText();

      HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
          .processInstanceId(instanceId).singleResult();
      assertThat(instance.getStartUserId()).isNull();
      assertThat(instance.getTenantId()).isEqualTo("lorenskog");
      Map<String, Object> variables = new HashMap<>();
      historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId).list()
          .forEach(v -> variables.put(v.getName(), v.getValue()));
      assertThat(variables).containsEntry("startedBy", caller).containsEntry("serviceId", "lorenskog")
          .containsEntry("kontaktperson", "lorenskog-kontaktperson");
      assertThat(jdbc.queryForObject("select created_by from gm_course where process_instance_id = ?",
          String.class, instanceId)).isEqualTo(caller);
    } finally {
      identityService.deleteUser(caller);
    }
  }

  private ResponseEntity<String> get(String user, String path, Object... uriVariables) {
    return http.withBasicAuth(user, "demo").getForEntity(path, String.class, uriVariables);
  }

  private ResponseEntity<String> postJson(String user, String body) {
    return exchangeJson(user, "/api/courses", body);
  }

  /** A start from the vedtak that the API refuses with 400, naming the field; the error body for more checks. */
  private JsonNode refusedStart(Map<String, Object> request, String field) throws Exception {
    ResponseEntity<String> response = post("lorenskog-kontaktperson", "/api/courses", request);
    assertThat(response.getStatusCode()).as("%s: %s", field, response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode error = body(response);
    assertThat(error.path("field").asText()).as(response.getBody()).isEqualTo(field);
    return error;
  }

  private JsonNode body(ResponseEntity<String> response) throws Exception {
    return json.readTree(response.getBody());
  }

  private int courses(String caseReference) {
    return jdbc.queryForObject("select count(*) from gm_course where case_reference = ?", Integer.class,
        caseReference);
  }

  private ResponseEntity<String> post(String user, String path, Map<String, Object> body) {
    return exchangeJson(user, path, body);
  }

  private ResponseEntity<String> exchangeJson(String user, String path, Object body) {
    return JsonRequests.send(http, user, HttpMethod.POST, path, body);
  }

  private static Map<String, Object> vedtak() {
    Map<String, Object> request = new HashMap<>();
    request.put("serviceId", "lorenskog");
    request.put("caseReference", "API-" + UUID.randomUUID().toString().substring(0, 8));
    request.put("targetGroup", "FAMILY");
    request.put("birthDate", LocalDate.now(Days.OSLO).minusYears(7).toString());
    request.put("decisionDate", LocalDate.now(Days.OSLO).minusDays(2).toString());
    request.put("kontaktperson", "lorenskog-kontaktperson");
    return request;
  }

  /** A fresh vedtak with one field set to another value. */
  private static Map<String, Object> vedtakWith(String field, Object value) {
    Map<String, Object> request = vedtak();
    request.put(field, value);
    return request;
  }
}
