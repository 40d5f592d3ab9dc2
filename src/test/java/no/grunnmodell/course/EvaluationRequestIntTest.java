package no.grunnmodell.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import no.grunnmodell.JsonRequests;
import no.grunnmodell.security.TasklistSession;
import no.grunnmodell.security.TenantIsolation;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A deliberate early evaluation: «Be om evaluering nå» in the Tasklist and POST /api/courses/{id}/evaluation-request.
 * The course gets «Evaluer tiltaksplanen» at once, its running measures go on, and a second request while the
 * evaluation is open is refused.
 */
class EvaluationRequestIntTest extends CourseTestSupport {

  @Autowired IdentityService identityService;
  @Autowired TestRestTemplate http;
  @Autowired CourseRegistry registry;
  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void logout() {
    identityService.clearAuthentication();
  }

  @Test
  void theKontaktpersonAsksForAnEvaluationFromTheTasklistAndTheMeasuresGoOn() {
    ProcessInstance course = planAgreed("veiledning");
    String guidance = task(course, "Task_LogGuidanceSession").getId();

    asLorenskogKontaktperson();
    ProcessInstance request = runtimeService.startProcessInstanceByKey("EvaluationRequest",
        request(course.getBusinessKey()));
    identityService.clearAuthentication();

    assertThat(request.getTenantId()).isEqualTo(SERVICE);
    assertThat(openTasks(course)).containsExactly("Task_EvaluatePlan", "Task_LogGuidanceSession");
    assertThat(task(course, "Task_LogGuidanceSession").getId()).isEqualTo(guidance);
    String evaluation = task(course, "Task_EvaluatePlan").getId();
    assertThat(taskService.getVariable(evaluation, "evaluationRequestReason")).isEqualTo("Mor er innlagt");
    assertThat(variable(course, "evaluationRequestedBy")).isEqualTo(KONTAKTPERSON);
    assertThat(variable(course, "phase")).isEqualTo("EVALUATION");

    // While the evaluation is open, there is nothing to ask for.
    asLorenskogKontaktperson();
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("EvaluationRequest",
        request(course.getBusinessKey()))).hasMessageContaining("venter ikke på en evaluering nå");
    identityService.clearAuthentication();

    evaluate(course, "CONTINUE");
    assertThat(variable(course, "evaluationRequestReason")).isNull();
  }

  @Test
  void anUnknownCaseOrAnotherServicesCaseIsNotFoundAndACourseWithoutAPlanCannotBeAsked() {
    ProcessInstance grorud = TenantIsolation.startCourse(runtimeService, "grorud", newCaseReference());
    ProcessInstance inIntake = startFamilyCourse(newCaseReference(), 8);
    asLorenskogKontaktperson();

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("EvaluationRequest", request("FINNES-IKKE")))
        .hasMessageContaining("Fant ikke noe forløp");
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("EvaluationRequest",
        request(grorud.getBusinessKey()))).hasMessageContaining("Fant ikke noe forløp");
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("EvaluationRequest",
        request(inIntake.getBusinessKey()))).hasMessageContaining("venter ikke på en evaluering nå");
  }

  @Test
  void anUnknownCaseFromTheTasklistIsA400WithOurNorwegianSentence() {
    Map<String, Object> variables = Map.of(
        "caseReference", Map.of("value", "FINNES-IKKE", "type", "String"),
        "evaluationRequestReason", Map.of("value", "Mor er innlagt", "type", "String"),
        "evaluationRequestConfirmed", Map.of("value", true, "type", "Boolean"));
    ResponseEntity<String> response = TasklistSession.login(http, KONTAKTPERSON).post(
        "/camunda/api/engine/engine/default/process-definition/key/EvaluationRequest/submit-form",
        Map.of("variables", variables));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("Fant ikke noe forløp med dette saksnummeret i din tjeneste")
        .doesNotContain("ENGINE-");
  }

  @Test
  void theCaseSystemAsksOverTheCourseApiAndASecondRequestIs409() throws Exception {
    ProcessInstance course = planAgreed("veiledning");
    String courseId = registry.find(SERVICE, course.getBusinessKey()).orElseThrow().id();
    String path = "/api/courses/" + courseId + "/evaluation-request";

    for (String caller : List.of("lorenskog-leder", "lorenskog-tiltaksarbeider")) {
      assertThat(post(caller, path).getStatusCode()).as(caller).isEqualTo(HttpStatus.FORBIDDEN);
    }
    ResponseEntity<String> asked = post(KONTAKTPERSON, path);
    assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode status = json.readTree(asked.getBody());
    assertThat(status.path("phase").asText()).isEqualTo("EVALUATION");
    assertThat(status.path("openSteps").findValuesAsText("step"))
        .containsExactlyInAnyOrder("Task_EvaluatePlan", "Task_LogGuidanceSession");

    ResponseEntity<String> again = post(KONTAKTPERSON, path);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(post(KONTAKTPERSON, "/api/courses/finnes-ikke/evaluation-request").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private static Map<String, Object> request(String caseReference) {
    return evaluationRequest(caseReference, "Mor er innlagt");
  }

  private ResponseEntity<String> post(String user, String path) {
    return JsonRequests.send(http, user, HttpMethod.POST, path, "{}");
  }

  private void asLorenskogKontaktperson() {
    identityService.setAuthentication(KONTAKTPERSON, List.of("kontaktperson-" + SERVICE), List.of(SERVICE));
  }
}
