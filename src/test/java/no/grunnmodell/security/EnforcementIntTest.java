package no.grunnmodell.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.grunnmodell.JsonRequests;
import no.grunnmodell.audit.AuditTrail;
import no.grunnmodell.course.CourseTestSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * What a careful user with curl and a caseworker's password tried on the landed application, replayed: each attempt
 * is now refused with an honest status and a sentence the reader understands, and leaves the course as it was.
 * (Deployments are in DeploymentVettingIntTest, the course API's edges in CourseApiIntTest, accounts and transport
 * in the security tests beside this one, and the whole role table in RoleTableIntTest.)
 */
class EnforcementIntTest extends CourseTestSupport {

  static final String LORENSKOG = "lorenskog-kontaktperson";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  @Autowired AuditTrail auditTrail;

  @AfterEach
  void logout() {
    identityService.clearAuthentication();
  }

  // ---- a kontaktperson creates courses in another service ----

  @Test
  void aKontaktpersonCannotStartACourseInAnotherServiceOverTheEngineApi() {
    String caseReference = newCaseReference();
    ResponseEntity<String> response = post(LORENSKOG, "/engine-rest/process-definition/key/FamilyCourse/start",
        Map.of("variables", Map.of("serviceId", value("grorud"), "caseReference", value(caseReference),
            "birthDate", value(today().minusYears(8).toString()), "decisionDate", value(today().toString()))));

    assertThat(response.getStatusCode().value()).isEqualTo(403);
    assertThat(response.getBody()).contains("You may only start courses in a service you are a member of");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseReference).count())
        .isZero();
  }

  @Test
  void aStartInAnotherServiceIsAnsweredTheSameWhetherTheCaseExistsThereOrNot() {
    ProcessInstance grorud = TenantIsolation.startCourse(runtimeService, "grorud", newCaseReference());
    Map<String, Object> existing = Map.of("variables", Map.of("serviceId", value("grorud"),
        "caseReference", value(grorud.getBusinessKey()), "birthDate", value(today().minusYears(8).toString()),
        "decisionDate", value(today().toString())));
    Map<String, Object> unknown = Map.of("variables", Map.of("serviceId", value("grorud"),
        "caseReference", value(newCaseReference()), "birthDate", value(today().minusYears(8).toString()),
        "decisionDate", value(today().toString())));

    ResponseEntity<String> a = post(LORENSKOG, "/engine-rest/process-definition/key/FamilyCourse/start", existing);
    ResponseEntity<String> b = post(LORENSKOG, "/engine-rest/process-definition/key/FamilyCourse/start", unknown);

    assertThat(a.getStatusCode()).isEqualTo(b.getStatusCode());
    assertThat(a.getBody()).isEqualTo(b.getBody());
  }

  // ---- a kontaktperson gets round consent and decisions in their own service ----

  @Test
  void instanceModificationCannotSkipIntakeAndConsent() {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 8);
    ResponseEntity<String> response = post(LORENSKOG, "/engine-rest/process-instance/" + course.getId()
        + "/modification", Map.of("instructions", List.of(Map.of("type", "startBeforeActivity",
        "activityId", "CallActivity_StartupPhase"))));

    assertThat(response.getStatusCode().value()).isEqualTo(403);
    assertThat(openTasks(course)).containsExactly("Task_RegisterIntake");
  }

  @Test
  void aKontaktpersonCannotStopEveryCourseOfTheServiceWithOneMessage() {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 8);
    ResponseEntity<String> response = post(LORENSKOG, "/engine-rest/message",
        Map.of("messageName", "ConsentWithdrawn", "all", true));

    assertThat(response.getStatusCode().value()).isEqualTo(403);
    assertThat(openTasks(course)).containsExactly("Task_RegisterIntake");
  }

  @Test
  void aKontaktpersonCannotClaimOrCompleteTheLedersReviewOfACaseOutsideTheTargetGroup() {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 15);
    Task review = task(course, "Task_ReviewOutsideTargetGroup");

    assertThat(post(LORENSKOG, "/engine-rest/task/" + review.getId() + "/claim", Map.of("userId", LORENSKOG))
        .getStatusCode().value()).isEqualTo(403);
    ResponseEntity<String> complete = post(LORENSKOG, "/engine-rest/task/" + review.getId() + "/complete",
        Map.of("variables", Map.of("exceptionDecision", value("START"), "exceptionReason", value("Selvgodkjent"))));
    assertThat(complete.getStatusCode().value()).isEqualTo(403);
    assertThat(task(course, "Task_ReviewOutsideTargetGroup").getAssignee()).isNull();
  }

  @Test
  void aKontaktpersonCannotSuspendACourse() {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 8);
    ResponseEntity<String> response = put(LORENSKOG, "/engine-rest/process-instance/" + course.getId()
        + "/suspended", Map.of("suspended", true));

    assertThat(response.getStatusCode().value()).isEqualTo(403);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(course.getId()).active().count())
        .isEqualTo(1);
  }

  @Test
  void aKontaktpersonCannotHandTheirStepOrTheCourseToSomeoneInAnotherService() {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 8);
    Task intake = task(course, "Task_RegisterIntake");

    assertThat(post(LORENSKOG, "/engine-rest/task/" + intake.getId() + "/assignee",
        Map.of("userId", "grorud-kontaktperson")).getStatusCode().value()).isEqualTo(403);
    assertThat(put(LORENSKOG, "/engine-rest/process-instance/" + course.getId() + "/variables/kontaktperson",
        Map.of("value", "grorud-kontaktperson", "type", "String")).getStatusCode().value()).isEqualTo(403);
    assertThat(put(LORENSKOG, "/engine-rest/task/" + intake.getId() + "/variables/kontaktperson",
        Map.of("value", "grorud-kontaktperson", "type", "String")).getStatusCode().value()).isEqualTo(403);
    assertThat(runtimeService.getVariable(course.getId(), "kontaktperson")).isEqualTo(KONTAKTPERSON);
    assertThat(task(course, "Task_RegisterIntake").getAssignee()).isEqualTo(KONTAKTPERSON);
  }

  @Test
  void evenTheLederCannotHandAStepToSomeoneInAnotherService() {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 8);
    Task intake = task(course, "Task_RegisterIntake");

    ResponseEntity<String> response = post("lorenskog-leder", "/engine-rest/task/" + intake.getId() + "/assignee",
        Map.of("userId", "grorud-kontaktperson"));
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody()).contains("can only be given to a member of the role");
    assertThat(task(course, "Task_RegisterIntake").getAssignee()).isEqualTo(KONTAKTPERSON);
  }

  @Test
  void nobodyButTheTaskHolderClaimsForSomeoneElseOrReleasesTheirStep() {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 8);
    Task intake = task(course, "Task_RegisterIntake");

    assertThat(post("lorenskog-leder", "/engine-rest/task/" + intake.getId() + "/claim", Map.of())
        .getStatusCode().value()).isEqualTo(403);
    assertThat(task(course, "Task_RegisterIntake").getAssignee()).isEqualTo(KONTAKTPERSON);
  }

  @Test
  void aKontaktpersonCannotFireACoursesTimerEarly() {
    ProcessInstance course = runtimeService.startProcessInstanceByKey("AftercareCourse", Map.of(
        "serviceId", SERVICE, "caseReference", newCaseReference(), "kontaktperson", KONTAKTPERSON,
        "birthDate", today().minusYears(24).minusMonths(11).toString(), "decisionDate", today().toString(),
        "aftercareSituation", "IN_MEASURE"));
    Job ageLimit = managementService.createJobQuery().processInstanceId(course.getId()).activityId(
        "Timer_AgeLimitReached").singleResult();

    assertThat(post(LORENSKOG, "/engine-rest/job/" + ageLimit.getId() + "/execute", null).getStatusCode().value())
        .isEqualTo(403);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(course.getId()).count()).isEqualTo(1);
  }

  // ---- forms are checked on the server ----

  @Test
  void anEmptyIntakeIsRefusedNamingTheFieldsAndTheStepStaysOpen() {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 8);
    Task intake = task(course, "Task_RegisterIntake");

    ResponseEntity<String> api = post(LORENSKOG, "/engine-rest/task/" + intake.getId() + "/complete",
        Map.of("variables", Map.of()));
    assertThat(api.getStatusCode().value()).isEqualTo(400);
    assertThat(api.getBody()).contains("firstContactDate").doesNotContain("ENGINE-").doesNotContain("Cannot complete");

    ResponseEntity<String> tasklist = TasklistSession.login(http, LORENSKOG).post(
        "/camunda/api/engine/engine/default/task/" + intake.getId() + "/submit-form", Map.of("variables", Map.of()));
    assertThat(tasklist.getStatusCode().value()).isEqualTo(400);
    assertThat(tasklist.getBody()).contains("«Dato for første kontakt med familien» må fylles ut")
        .doesNotContain("ENGINE-").doesNotContain("Cannot submit");

    assertThat(openTasks(course)).containsExactly("Task_RegisterIntake");
  }

  @Test
  void aConsentAnswerTheFormDoesNotOfferIsRefusedAndNotAudited() {
    for (Object answer : List.of(true, "MAYBE")) {
      ProcessInstance course = startFamilyCourse(newCaseReference(), 8);
      registerIntake(course);
      Task consent = task(course, "Task_ObtainConsent");
      Map<String, Object> variables = new HashMap<>();
      variables.put("consentDecision", value(answer));
      variables.put("consentDate", value(today().toString()));
      variables.put("childView", value("Vil ha hjelp"));

      ResponseEntity<String> response = post(LORENSKOG, "/engine-rest/task/" + consent.getId() + "/complete",
          Map.of("variables", variables));

      assertThat(response.getStatusCode().value()).as("consentDecision %s", answer).isEqualTo(400);
      assertThat(response.getBody()).contains("consentDecision");
      assertThat(openTasks(course)).containsExactly("Task_ObtainConsent");
      String courseId = (String) runtimeService.getVariable(course.getId(), "courseId");
      assertThat(auditTrail.forCourse(courseId)).noneMatch(e -> "CONSENT".equals(e.eventType()));
    }
  }

  @Test
  void aVariableTheFormDoesNotHaveIsRefused() {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 8);
    Map<String, Object> variables = new HashMap<>(Map.of("firstContactDate", value(today().toString()),
        "dailyCare", value("MOTHER"), "interpreterNeeded", value(false),
        "adaptationNeeded", value(false), "kontaktperson", value("grorud-kontaktperson")));

    ResponseEntity<String> response = post(LORENSKOG, "/engine-rest/task/" + task(course, "Task_RegisterIntake")
        .getId() + "/complete", Map.of("variables", variables));

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody()).contains("kontaktperson");
    assertThat(runtimeService.getVariable(course.getId(), "kontaktperson")).isEqualTo(KONTAKTPERSON);
  }

  @Test
  void aBusinessRuleOfAListenerIsA400WithOurSentenceAndNoEnginePrefix() {
    ProcessInstance course = consentedCourse(8);
    complete(course, "Task_EcologicalMapping", Map.of("mappingDate", today().toString(),
        "childNeeds", "Trygghet", "parentCapacity", "God vilje", "familyAndSurroundings", "Lite nettverk"));
    complete(course, "Task_WhatMattersConversation", Map.of("conversationDate", today().toString(),
        "whatMatters", "Fotball og venner"));
    complete(course, "Task_AnalyseMapping", Map.of("analysisSummary", "Rutiner og nettverk",
        "focusAreas", org.camunda.spin.Spin.JSON("[\"omsorg\"]")));
    Map<String, Object> plan = new HashMap<>();
    plan.put("goals", Map.of("value", "[{\"goal\":\"Faste leggetider\",\"indicator\":\"5 av 7\"}]", "type", "Json"));
    plan.put("measureTracks", Map.of("value", "[\"veiledning\"]", "type", "Json"));
    plan.put("measureDescription", value("Veiledning hver 14. dag"));
    plan.put("measuresPlannedUntil", value(today().plusMonths(6).toString()));
    plan.put("evaluationDate", value(today().minusDays(1).toString()));
    plan.put("planParticipants", Map.of("value", "[\"foreldre\"]", "type", "Json"));
    plan.put("planChildViewGiven", value("COULD_NOT"));
    plan.put("planChildViewReason", value("Barnet var syk"));
    plan.put("planAgreedWithFamily", value(true));

    ResponseEntity<String> tasklist = TasklistSession.login(http, LORENSKOG).post(
        "/camunda/api/engine/engine/default/task/" + task(course, "Task_AgreeMeasurePlan").getId()
            + "/submit-form", Map.of("variables", plan));

    assertThat(tasklist.getStatusCode().value()).isEqualTo(400);
    assertThat(tasklist.getBody()).contains("Evalueringsdatoen må være fram i tid").doesNotContain("ENGINE-")
        .doesNotContain("TaskListener");
  }

  // ---- status codes and edges ----

  @Test
  void anotherServicesTaskAndAFinishedTaskAreNotFound() {
    ProcessInstance grorud = TenantIsolation.startCourse(runtimeService, "grorud", newCaseReference());
    Task grorudIntake = taskService.createTaskQuery().processInstanceId(grorud.getId()).singleResult();
    ProcessInstance own = startFamilyCourse(newCaseReference(), 8);
    Task intake = task(own, "Task_RegisterIntake");
    registerIntake(own);

    for (String taskId : List.of(grorudIntake.getId(), intake.getId(), "finnes-ikke")) {
      ResponseEntity<String> response = post(LORENSKOG, "/engine-rest/task/" + taskId + "/complete",
          Map.of("variables", Map.of()));
      assertThat(response.getStatusCode().value()).as("complete %s", taskId).isEqualTo(404);
      assertThat(response.getBody()).doesNotContain("ENGINE-");
    }
  }

  @Test
  void badPagingIsA400AndPagesAreCapped() {
    for (String query : List.of("firstResult=-5", "maxResults=-1", "maxResults=100000", "firstResult=abc")) {
      ResponseEntity<String> response = http.withBasicAuth(LORENSKOG, "demo")
          .getForEntity("/engine-rest/task?" + query, String.class);
      assertThat(response.getStatusCode().value()).as(query).isEqualTo(400);
    }
    assertThat(http.withBasicAuth(LORENSKOG, "demo").getForEntity("/engine-rest/task", String.class)
        .getStatusCode().value()).as("an unbounded list").isEqualTo(400);
    assertThat(http.withBasicAuth(LORENSKOG, "demo").getForEntity("/engine-rest/task?maxResults=2000",
        String.class).getStatusCode().value()).isEqualTo(200);
  }

  // ---- helpers ----

  private static Map<String, Object> value(Object value) {
    Map<String, Object> typed = new HashMap<>();
    typed.put("value", value);
    return typed;
  }

  private ResponseEntity<String> post(String user, String path, Object body) {
    return send(user, HttpMethod.POST, path, body);
  }

  private ResponseEntity<String> put(String user, String path, Object body) {
    return send(user, HttpMethod.PUT, path, body);
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String path, Object body) {
    return JsonRequests.send(http, user, method, path, body);
  }
}
