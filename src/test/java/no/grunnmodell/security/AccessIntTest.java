package no.grunnmodell.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.grunnmodell.audit.AuditTrail;
import no.grunnmodell.course.CourseTestSupport;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** Services, roles and confidentiality: who may see and do what, who decided what, and what the logs hold. */
@ExtendWith(OutputCaptureExtension.class)
class AccessIntTest extends CourseTestSupport {

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired AuditTrail auditTrail;
  @Autowired DemoUserGuard demoUserGuard;

  @AfterEach
  void logout() {
    identityService.clearAuthentication();
  }

  @Test
  void aLorenskogKontaktpersonCannotListReadClaimOrCompleteAGrorudTaskOrInstance() {
    ProcessInstance grorud = TenantIsolation.startCourse(runtimeService, "grorud", newCaseReference());
    Task grorudTask = taskService.createTaskQuery().processInstanceId(grorud.getId()).singleResult();

    TenantIsolation.lorenskogCannotReachGrorudOverRest(http, grorud, grorudTask);
    TenantIsolation.lorenskogCannotReachGrorudOverJava(identityService, taskService, runtimeService, grorud,
        grorudTask);
  }

  @Test
  void theKontaktpersonWorksTheirOwnServicesCourses() {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 8);
    Task intake = task(course, "Task_RegisterIntake");
    TestRestTemplate kontaktperson = http.withBasicAuth("lorenskog-kontaktperson", "demo");

    assertThat(kontaktperson.getForEntity("/engine-rest/process-instance/" + course.getId() + "/variables",
        String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(TenantIsolation.post(kontaktperson, "/engine-rest/task/" + intake.getId() + "/complete",
        "{\"variables\":{\"firstContactDate\":{\"value\":\"" + today() + "\"},"
            + "\"dailyCare\":{\"value\":\"MOTHER\"},"
            + "\"interpreterNeeded\":{\"value\":false},\"adaptationNeeded\":{\"value\":false}}}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void aTiltaksarbeiderSeesTheMeasureTasksButNotTheKontaktpersonsStepsAndCannotStartACourse() {
    ProcessInstance course = consentedCourse(8);
    runStartupPhase(course, "veiledning");
    Task guidance = task(course, "Task_LogGuidanceSession");
    ProcessInstance other = startFamilyCourse(newCaseReference(), 8);
    Task intake = task(other, "Task_RegisterIntake");
    TestRestTemplate tiltaksarbeider = http.withBasicAuth("lorenskog-tiltaksarbeider", "demo");

    String visible = tiltaksarbeider.getForObject("/engine-rest/task?maxResults=1000", String.class);
    assertThat(visible).contains(guidance.getId()).doesNotContain(intake.getId());
    assertThat(TenantIsolation.post(tiltaksarbeider, "/engine-rest/process-definition/key/FamilyCourse/start",
        "{\"variables\":{}}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theLederSeesEveryCourseOfTheServiceWithItsHistory() {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 8);
    TestRestTemplate leder = http.withBasicAuth("lorenskog-leder", "demo");

    assertThat(leder.getForObject("/engine-rest/process-instance?maxResults=1000", String.class))
        .contains(course.getId());
    assertThat(leder.getForObject("/engine-rest/history/variable-instance?maxResults=100&processInstanceId=" + course.getId(),
        String.class)).contains("caseReference");
    assertThat(leder.getForObject("/engine-rest/task?maxResults=100&processInstanceId=" + course.getId(), String.class))
        .contains("Task_RegisterIntake");
  }

  @Test
  void theProcessOwnerDeploysButReadsNoCaseData() {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 8);
    TestRestTemplate owner = http.withBasicAuth("prosesseier", "demo");

    assertThat(owner.getForEntity("/engine-rest/deployment?maxResults=100", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(owner.getForObject("/engine-rest/process-definition?maxResults=100&key=FamilyCourse", String.class))
        .contains("FamilyCourse");
    assertThat(owner.getForObject("/engine-rest/process-instance?maxResults=1000", String.class))
        .doesNotContain(course.getId());
    assertThat(owner.getForObject("/engine-rest/task?maxResults=1000", String.class)).isEqualTo("[]");
    assertThat(owner.getForObject("/engine-rest/history/variable-instance?maxResults=100&processInstanceId=" + course.getId(),
        String.class)).isEqualTo("[]");
  }

  @Test
  void eachRoleGetsItsOwnWebapps() {
    assertThat(canOpen("lorenskog-kontaktperson", "kontaktperson-lorenskog", "tasklist")).isTrue();
    assertThat(canOpen("lorenskog-kontaktperson", "kontaktperson-lorenskog", "cockpit")).isFalse();
    assertThat(canOpen("lorenskog-tiltaksarbeider", "tiltaksarbeider-lorenskog", "cockpit")).isFalse();
    assertThat(canOpen("lorenskog-leder", "leder-lorenskog", "cockpit")).isTrue();
    assertThat(canOpen("prosesseier", "prosesseier", "cockpit")).isTrue();
    assertThat(canOpen("prosesseier", "prosesseier", "tasklist")).isFalse();
    assertThat(canOpen("lorenskog-leder", "leder-lorenskog", "admin")).isFalse();
  }

  @Test
  void unauthenticatedCallsAreRefused() {
    assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/api/reports/overdue", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void consentAndManagerDecisionsAreTracedWithWhoAndWhenAndOutliveHistoryCleanUp() {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 14);
    String courseId = (String) runtimeService.getVariable(course.getId(), "courseId");
    signedIn("lorenskog-leder", "leder-lorenskog", () -> complete(course, "Task_ReviewOutsideTargetGroup",
        Map.of("exceptionDecision", "START", "exceptionReason", "Søsken i målgruppen")));
    registerIntake(course);
    signedIn("lorenskog-kontaktperson", "kontaktperson-lorenskog", () -> answerConsent(course, false));

    List<AuditTrail.Entry> trail = auditTrail.forCourse(courseId);
    assertThat(trail).extracting(AuditTrail.Entry::eventType, AuditTrail.Entry::decision, AuditTrail.Entry::actor)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("TARGET_GROUP_EXCEPTION", "START", "lorenskog-leder"),
            org.assertj.core.groups.Tuple.tuple("CONSENT", "REFUSED", "lorenskog-kontaktperson"));
    assertThat(trail).allSatisfy(e -> assertThat(e.occurredAt()).isNotNull());

    historyService.deleteHistoricProcessInstance(course.getId());
    assertThat(auditTrail.forCourse(courseId)).hasSize(2);
  }

  @Test
  void outsideTheDemoProfileDemoUsersWithTheDemoPasswordStopStartUp() {
    assertThatThrownBy(() -> demoUserGuard.check())
        .isInstanceOfSatisfying(DemoPasswordsExposed.class, refused -> {
          assertThat(refused.userIds()).contains("lorenskog-kontaktperson", "admin");
          assertThat(refused.getMessage()).startsWith("Refusing to start: ")
              .contains("and " + (refused.userIds().size() - 3) + " more demo users").hasSizeLessThan(200);
        });
  }

  @Test
  void aWholeCourseLeavesNoPersonalDataInTheLogs(CapturedOutput output) {
    String firstName = "Zyxwvutsrq";
    String freeText = "Hemmelig-fritekst-" + UUID.randomUUID();
    ProcessInstance course = runtimeService.startProcessInstanceByKey("FamilyCourse", Map.of(
        "serviceId", SERVICE, "caseReference", newCaseReference(), "kontaktperson", KONTAKTPERSON,
        "childFirstName", firstName, "birthDate", "2018-02-13", "decisionDate", today().toString()));
    registerIntake(course);
    Map<String, Object> consent = new java.util.HashMap<>(consent(true));
    consent.put("childView", freeText);
    complete(course, "Task_ObtainConsent", consent);
    runStartupPhase(course, "veiledning");
    String planTask = task(course, "Task_LogGuidanceSession").getId();
    assertThatThrownBy(() -> taskService.complete(planTask, Map.of("sessionDate", "not a date")))
        .isNotNull();
    fireTimer(course, "Timer_EvaluationDue");
    evaluate(course, "CLOSE");
    close(course, "GOALS_MET");

    assertThat(output.getAll()).doesNotContain(firstName).doesNotContain(freeText).doesNotContain("2018-02-13")
        .doesNotContain("13.02.2018");
  }

  private boolean canOpen(String user, String group, String app) {
    return authorizationService.isUserAuthorized(user, List.of(group), ACCESS, APPLICATION, app);
  }

}
