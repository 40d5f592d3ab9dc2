package no.grunnmodell.migration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import no.grunnmodell.JsonRequests;
import no.grunnmodell.course.CourseTestSupport;
import no.grunnmodell.security.TasklistSession;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The done-when: a process owner changes the family course, sees in a dry run which running courses would
 * move and which not and why, moves them, and the moved courses go on to closure on the new version; courses that
 * cannot move stay where they are and are reported. Each test works on its own copy of the family course
 * ({@link FamilyCourseProbe}), so FamilyCourse itself stays the latest version for every other test.
 */
class MigrationIntTest extends CourseTestSupport {

  private static final String PLUGIN_API = "/camunda/api/cockpit/plugin/grunnmodell-migration/default/migrations";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired RepositoryService repositoryService;
  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;

  private final ProbeDeployments deployments = new ProbeDeployments();

  @AfterEach
  void removeProbes() {
    deployments.removeAll(repositoryService);
  }

  @Test
  void coursesWaitingInEveryPhaseMoveToTheChangedVersionAndGoOnToClosureThere() throws Exception {
    String key = FamilyCourseProbe.newKey();
    ProcessDefinition v1 = deploy(key, FamilyCourseProbe.unchanged());
    ProcessInstance firstContact = waitingIn(key, "INTAKE");
    ProcessInstance consent = waitingIn(key, "CONSENT");
    ProcessInstance startupPhase = waitingIn(key, "STARTUP");
    ProcessInstance guidanceRunning = waitingIn(key, "IMPLEMENTATION");
    ProcessInstance evaluation = waitingIn(key, "IMPLEMENTATION");
    complete(evaluation, "Task_LogGuidanceSession", guidanceSession(false));
    evaluationDateReached(evaluation);
    List<ProcessInstance> courses = List.of(firstContact, consent, startupPhase, guidanceRunning, evaluation);
    assertThat(runtimeService.getActiveActivityIds(startupPhase.getId())).containsExactly("CallActivity_StartupPhase");
    assertThat(runtimeService.getActiveActivityIds(guidanceRunning.getId())).contains("Task_LogGuidanceSession",
        "Gateway_AwaitEvaluation");
    assertThat(runtimeService.getActiveActivityIds(evaluation.getId())).contains("Task_EvaluatePlan");

    ProcessDefinition v2 = deploy(key, FamilyCourseProbe.renamedConsentAndClosureConfirmed());

    // The dry run: every course would move, listed by course id and case reference, and nothing has moved yet.
    ResponseEntity<String> dryRun = rest("prosesseier", HttpMethod.GET, "/api/migrations/dry-run?processKey=" + key,
        null);
    assertThat(dryRun.getStatusCode().value()).as(dryRun.getBody()).isEqualTo(200);
    JsonNode report = JSON.readTree(dryRun.getBody());
    assertThat(report.path("dryRun").asBoolean()).isTrue();
    assertThat(report.path("targetVersion").asInt()).isEqualTo(2);
    assertThat(report.path("counts").path("CAN_MOVE").asInt()).isEqualTo(5);
    assertThat(report.path("counts").path("CANNOT_MOVE").asInt()).isZero();
    for (ProcessInstance course : courses) {
      JsonNode listed = listed(report, course);
      assertThat(listed.path("outcome").asText()).isEqualTo("CAN_MOVE");
      assertThat(listed.path("courseId").asText()).isEqualTo(runtimeService.getVariable(course.getId(), "courseId"));
      assertThat(listed.path("caseReference").asText()).isEqualTo(course.getBusinessKey());
      assertThat(listed.path("fromVersion").asInt()).isEqualTo(1);
    }
    assertThat(listed(report, startupPhase).path("waitingIn").toString()).contains("Oppstartsfase");
    // Course data stays out of the report: no birth date, no one's words.
    assertThat(dryRun.getBody()).doesNotContain(today().minusYears(8).toString(), "krangling", "Fotball");
    courses.forEach(course -> assertThat(definitionOf(course)).isEqualTo(v1.getId()));

    assertThat(rest("prosesseier", HttpMethod.GET, "/api/migrations/overview", null).getBody())
        .contains("\"processKey\":\"" + key + "\",").contains("\"coursesOnOlderVersions\":5");

    // The run, from Cockpit with the process owner's login.
    TasklistSession cockpit = TasklistSession.login(http, "prosesseier", "cockpit");
    ResponseEntity<String> run = cockpit.post(PLUGIN_API, Map.of("processKey", key));
    assertThat(run.getStatusCode().value()).as(run.getBody()).isEqualTo(200);
    JsonNode moved = JSON.readTree(run.getBody());
    assertThat(moved.path("dryRun").asBoolean()).isFalse();
    assertThat(moved.path("counts").path("MOVED").asInt()).isEqualTo(5);
    assertThat(moved.path("counts").path("NOT_MOVED").asInt()).isZero();
    courses.forEach(course -> assertThat(definitionOf(course)).isEqualTo(v2.getId()));

    // Who moved which course, and when.
    String migrationId = moved.path("migrationId").asText();
    JsonNode history = JSON.readTree(rest("prosesseier", HttpMethod.GET, "/api/migrations?processKey=" + key, null)
        .getBody());
    assertThat(history.get(0).path("migrationId").asText()).isEqualTo(migrationId);
    assertThat(history.get(0).path("startedBy").asText()).isEqualTo("prosesseier");
    assertThat(history.get(0).path("moved").asInt()).isEqualTo(5);
    assertThat(jdbc.queryForObject("select started_by || ':' || moved || ':' || not_moved from gm_migration"
        + " where id = ?", String.class, migrationId)).isEqualTo("prosesseier:5:0");
    for (ProcessInstance course : courses) {
      assertThat(jdbc.queryForList("select actor || ' ' || step from gm_audit_event where event_type ="
          + " 'COURSE_MIGRATED' and course_id = ?", String.class, runtimeService.getVariable(course.getId(),
          "courseId"))).containsExactly("prosesseier " + key + ":1->2");
    }

    // The step created after the move is the new version's: the consent step has its new name.
    registerIntake(firstContact);
    assertThat(task(firstContact, "Task_ObtainConsent").getName()).isEqualTo("Innhent samtykke fra foreldrene");
    for (ProcessInstance course : courses) {
      runToClosure(course);
      assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(course.getId())
          .activityId("Task_ConfirmClosure").finished().count()).as("the new step in %s", course.getBusinessKey())
          .isEqualTo(1);
      assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(course.getId())
          .singleResult().getEndActivityId()).isEqualTo("EndEvent_CourseClosed");
    }

    // Nothing is left on the old version.
    assertThat(rest("prosesseier", HttpMethod.GET, "/api/migrations/overview", null).getBody()).doesNotContain(key);
  }

  @Test
  void coursesThatCannotMoveAreReportedWithTheReasonAndStayWhereTheyAre() throws Exception {
    String key = FamilyCourseProbe.newKey();
    deploy(key, FamilyCourseProbe.unchanged());
    ProcessInstance atIntake = waitingIn(key, "INTAKE");
    ProcessInstance atConsent = waitingIn(key, "CONSENT");
    ProcessInstance inEvaluation = waitingIn(key, "EVALUATION");

    // The new version has no «Registrer første kontakt med familien», and its consent step shows a form that no
    // longer offers the answer «Begge foreldrene» that the intake recorded.
    String form = "migreringsprove-" + key.substring(key.length() - 8).toLowerCase();
    ProcessDefinition v2 = deploy(key, model -> {
      FamilyCourseProbe.removeStep(model, "Task_RegisterIntake");
      model.<UserTask>getModelElementById("Task_ObtainConsent").setCamundaFormRef(form);
    }, form, consentFormWithoutBothParents(form));

    JsonNode dryRun = JSON.readTree(rest("admin", HttpMethod.GET, "/api/migrations/dry-run?processKey=" + key, null)
        .getBody());
    assertThat(dryRun.path("counts").path("CAN_MOVE").asInt()).isEqualTo(1);
    assertThat(dryRun.path("counts").path("CANNOT_MOVE").asInt()).isEqualTo(2);
    assertThat(listed(dryRun, inEvaluation).path("outcome").asText()).isEqualTo("CAN_MOVE");
    JsonNode removed = listed(dryRun, atIntake);
    assertThat(removed.path("outcome").asText()).isEqualTo("CANNOT_MOVE");
    assertThat(removed.path("reasons").get(0).path("activityId").asText()).isEqualTo("Task_RegisterIntake");
    assertThat(removed.path("reasons").get(0).path("norwegian").asText())
        .isEqualTo("Forløpet venter i «Registrer første kontakt med familien», som ikke finnes i den nye versjonen.");
    JsonNode refusedForm = listed(dryRun, atConsent);
    assertThat(refusedForm.path("outcome").asText()).isEqualTo("CANNOT_MOVE");
    assertThat(refusedForm.path("reasons").get(0).path("norwegian").asText())
        .startsWith("Steget «Innhent samtykke» viser skjemaet «" + form + "» i den nye versjonen, og det godtar ikke")
        .contains("«Hvem har den daglige omsorgen?»");
    assertThat(refusedForm.path("reasons").get(0).path("english").asText()).contains("«dailyCare»")
        .doesNotContain("BOTH_PARENTS");

    JsonNode run = JSON.readTree(rest("admin", HttpMethod.POST, "/api/migrations", Map.of("processKey", key))
        .getBody());
    assertThat(run.path("counts").path("MOVED").asInt()).isEqualTo(1);
    assertThat(run.path("counts").path("NOT_MOVED").asInt()).isEqualTo(2);
    assertThat(listed(run, atIntake).path("outcome").asText()).isEqualTo("NOT_MOVED");
    assertThat(definitionOf(inEvaluation)).isEqualTo(v2.getId());
    assertThat(definitionOf(atIntake)).isNotEqualTo(v2.getId());
    assertThat(definitionOf(atConsent)).isNotEqualTo(v2.getId());
    assertThat(jdbc.queryForList("select outcome from gm_migration_course where migration_id = ?"
        + " and process_instance_id = ?", String.class, run.path("migrationId").asText(), atIntake.getId()))
        .containsExactly("NOT_MOVED");

    // The courses that stayed go on on their own version.
    registerIntake(atIntake);
    assertThat(task(atIntake, "Task_ObtainConsent").getName()).isEqualTo("Innhent samtykke");
    answerConsent(atConsent, true);
    assertThat(openTasks(atConsent)).contains("Task_EcologicalMapping");
  }

  @Test
  void aNewVersionThatReadsAVariableTheCourseDoesNotHoldLeavesTheCourseWhereItIs() throws Exception {
    String key = FamilyCourseProbe.newKey();
    deploy(key, FamilyCourseProbe.unchanged());
    ProcessInstance course = start(key);
    deploy(key, model -> model.<UserTask>getModelElementById("Task_CloseCourse")
        .setCamundaDueDate("${closingConversationDue}"));

    JsonNode dryRun = JSON.readTree(rest("prosesseier", HttpMethod.GET, "/api/migrations/dry-run?processKey="
        + key, null).getBody());

    JsonNode listed = listed(dryRun, course);
    assertThat(listed.path("outcome").asText()).isEqualTo("CANNOT_MOVE");
    assertThat(listed.path("reasons").get(0).path("norwegian").asText()).isEqualTo("Den nye versjonen bruker "
        + "prosessvariabelen «closingConversationDue», som forløpet ikke har, og som ingen steg i den nye versjonen "
        + "fyller ut.");
  }

  @Test
  void onlyTheProcessOwnerAndAdministratorsMayMoveCourses() throws Exception {
    String key = FamilyCourseProbe.newKey();
    ProcessDefinition v1 = deploy(key, FamilyCourseProbe.unchanged());
    ProcessInstance course = start(key);
    ProcessDefinition v2 = deploy(key, FamilyCourseProbe.renamedConsentAndClosureConfirmed());

    for (String user : List.of("lorenskog-kontaktperson", "lorenskog-tiltaksarbeider", "lorenskog-leder")) {
      assertThat(rest(user, HttpMethod.GET, "/api/migrations/overview", null).getStatusCode().value()).isEqualTo(403);
      assertThat(rest(user, HttpMethod.GET, "/api/migrations/dry-run?processKey=" + key, null).getStatusCode()
          .value()).isEqualTo(403);
      ResponseEntity<String> refused = rest(user, HttpMethod.POST, "/api/migrations", Map.of("processKey", key));
      assertThat(refused.getStatusCode().value()).isEqualTo(403);
      assertThat(refused.getBody()).contains("Only a process owner (prosesseier) or an administrator may");
    }
    // Cockpit's panel answers the same with a webapp login: the leder has Cockpit, the kontaktperson the Tasklist.
    TasklistSession leder = TasklistSession.login(http, "lorenskog-leder", "cockpit");
    assertThat(leder.get(PLUGIN_API + "/dry-run?processKey=" + key).getStatusCode().value()).isEqualTo(403);
    assertThat(leder.post(PLUGIN_API, Map.of("processKey", key)).getStatusCode().value()).isEqualTo(403);
    TasklistSession kontaktperson = TasklistSession.login(http, KONTAKTPERSON);
    assertThat(kontaktperson.post(PLUGIN_API, Map.of("processKey", key)).getStatusCode().value()).isEqualTo(403);
    // The process owner's engine grants were not widened: the engine's own migration stays closed to them.
    ResponseEntity<String> engine = rest("prosesseier", HttpMethod.POST, "/engine-rest/migration/execute", Map.of(
        "migrationPlan", Map.of("sourceProcessDefinitionId", v1.getId(), "targetProcessDefinitionId", v2.getId(),
            "instructions", List.of(Map.of("sourceActivityIds", List.of("Task_RegisterIntake"),
                "targetActivityIds", List.of("Task_RegisterIntake")))),
        "processInstanceIds", List.of(course.getId())));
    assertThat(engine.getStatusCode().value()).as(engine.getBody()).isEqualTo(403);

    assertThat(definitionOf(course)).isEqualTo(v1.getId());
    assertThat(rest("prosesseier", HttpMethod.GET, "/api/migrations/dry-run?processKey=NoSuchProcess", null)
        .getStatusCode().value()).isEqualTo(404);
    assertThat(rest("prosesseier", HttpMethod.POST, "/api/migrations", Map.of()).getStatusCode().value())
        .isEqualTo(400);
  }

  // ---- helpers ----

  private ProcessDefinition deploy(String key, Consumer<BpmnModelInstance> change) {
    return deploy(key, change, null, null);
  }

  /** Deploys a copy of the family course, with a form beside it if given, as the process owner would. */
  private ProcessDefinition deploy(String key, Consumer<BpmnModelInstance> change, String formId, String form) {
    var builder = repositoryService.createDeployment().name("migreringsprøve")
        .addString("processes/" + key + ".bpmn", FamilyCourseProbe.diagram(key, change));
    if (form != null) {
      builder.addString("forms/" + formId + ".form", form);
    }
    String deploymentId = builder.deploy().getId();
    deployments.add(deploymentId);
    return repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult();
  }

  private ProcessInstance start(String key) {
    return startCourse(key, newCaseReference(), 8);
  }

  /**
   * A course of this version, waiting in the phase: INTAKE, CONSENT, STARTUP, IMPLEMENTATION (guidance running) or
   * EVALUATION.
   */
  private ProcessInstance waitingIn(String key, String phase) {
    int steps = List.of("INTAKE", "CONSENT", "STARTUP", "IMPLEMENTATION", "EVALUATION").indexOf(phase);
    assertThat(steps).as("phase %s", phase).isNotNegative();
    ProcessInstance course = start(key);
    if (steps >= 1) {
      registerIntake(course);
    }
    if (steps >= 2) {
      answerConsent(course, true);
    }
    if (steps >= 3) {
      runStartupPhase(course, "veiledning");
    }
    if (steps >= 4) {
      evaluationDateReached(course);
    }
    return course;
  }

  private String definitionOf(ProcessInstance course) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(course.getId()).singleResult()
        .getProcessDefinitionId();
  }

  /** Works a course's open steps as a kontaktperson would, until it is closed. */
  private void runToClosure(ProcessInstance course) {
    for (int step = 0; step < 20; step++) {
      if (runtimeService.createProcessInstanceQuery().processInstanceId(course.getId()).count() == 0) {
        return;
      }
      List<String> open = openTasks(course);
      if (open.contains("Task_RegisterIntake")) {
        registerIntake(course);
      } else if (open.contains("Task_ObtainConsent")) {
        answerConsent(course, true);
      } else if (open.contains("Task_EcologicalMapping")) {
        runStartupPhase(course, "veiledning");
      } else if (open.contains("Task_LogGuidanceSession")) {
        complete(course, "Task_LogGuidanceSession", guidanceSession(false));
      } else if (open.contains("Task_EvaluatePlan")) {
        evaluate(course, "CLOSE");
      } else if (open.contains("Task_CloseCourse")) {
        close(course, "GOALS_MET");
      } else if (open.contains("Task_ConfirmClosure")) {
        Task confirm = task(course, "Task_ConfirmClosure");
        taskService.complete(confirm.getId());
      } else {
        evaluationDateReached(course);
      }
    }
    throw new AssertionError("Course " + course.getBusinessKey() + " did not close; open: " + openTasks(course));
  }

  private static JsonNode listed(JsonNode report, ProcessInstance course) {
    for (JsonNode listed : report.path("courses")) {
      if (listed.path("processInstanceId").asText().equals(course.getId())) {
        return listed;
      }
    }
    throw new AssertionError("Course " + course.getId() + " is not in the report: " + report);
  }

  private ResponseEntity<String> rest(String user, HttpMethod method, String path, Object body) {
    return JsonRequests.send(http, user, method, path, body);
  }

  /** «Innhent samtykke» as a process owner might change it: the daily care asked again, without «both parents». */
  private static String consentFormWithoutBothParents(String id) {
    return """
        {
          "id": "%s",
          "type": "default",
          "components": [
            {
              "type": "radio",
              "key": "dailyCare",
              "label": "Hvem har den daglige omsorgen?",
              "id": "Field_DailyCare",
              "values": [
                {"label": "Mor", "value": "MOTHER"},
                {"label": "Far", "value": "FATHER"}
              ]
            }
          ]
        }
        """.formatted(id);
  }
}
