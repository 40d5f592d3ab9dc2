package no.grunnmodell.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.grunnmodell.form.FormInput;
import no.grunnmodell.platform.Days;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * A no to aftercare is not the end: the course stays open, and the young person is asked again after
 * {@code grunnmodell.aftercare.follow-up-after-no} (6 months), before the age limit. Changed their mind, at the
 * follow-up or before: the conversation about aftercare again. Still no: the course ends, and the young person may
 * still come back before 25.
 */
class FollowUpAfterNoProcessIntTest extends AftercareTestSupport {

  @Test
  void aNoKeepsTheCourseOpenAndTheYoungPersonIsAskedAgainSixMonthsLater() throws Exception {
    setToday("2026-11-20");
    String caseReference = newCaseReference();
    ProcessInstance course = start(caseReference, "2009-01-10");
    converse(course, "REFUSED");

    assertThat(course).isActive().isWaitingAt("Task_AskAgainAboutAftercare").hasNotPassed("EndEvent_ConsentRefused");
    assertThat(variable(course, "phase")).isEqualTo("FOLLOW_UP_AFTER_NO");
    assertThat(runtimeService.getVariable(course.getId(), "outcome")).isNull();
    assertThat(variable(course, "followUpAfterNoDateText")).isEqualTo("20.05.2027");
    Task step = task(course, "Task_AskAgainAboutAftercare");
    assertThat(step.getFollowUpDate().toInstant()).isEqualTo(startOf("2027-05-20"));
    assertThat(step.getDueDate().toInstant()).isEqualTo(startOf("2027-06-04").minusSeconds(1));
    assertThat(step.getDescription()).contains("bør spørres på nytt innen ett år");
    checkForm(course, "Task_AskAgainAboutAftercare", "ettervern-spor-pa-nytt");

    // The case system sees an open course that waits, with the step and the day it is to be followed up.
    JsonNode status = new ObjectMapper().readTree(http.withBasicAuth(KONTAKTPERSON, "demo")
        .getForEntity("/api/courses/" + variable(course, "courseId"), String.class).getBody());
    assertThat(status.path("state").asText()).isEqualTo("ACTIVE");
    assertThat(status.path("phase").asText()).isEqualTo("FOLLOW_UP_AFTER_NO");
    assertThat(status.path("outcome").asText(null)).isNull();
    assertThat(status.path("openSteps").findValuesAsText("step")).containsExactly("Task_AskAgainAboutAftercare");

    String taskId = step.getId();
    assertThatThrownBy(() -> taskService.complete(taskId, askedAgain("STILL_NO")))
        .hasMessageContaining("Den unge skal spørres på nytt fra 20.05.2027");

    setToday("2027-05-20");
    complete(course, "Task_AskAgainAboutAftercare", askedAgain("STILL_NO"));
    assertThat(course).isEnded().hasPassed("EndEvent_ConsentRefused", "EndEvent_CourseEnded");
    assertThat(variable(course, "outcome")).isEqualTo("CONSENT_REFUSED");
    assertThat(audit(course)).containsExactly(
        List.of("CONSENT", "REFUSED", KONTAKTPERSON, "Task_AftercareConversation"),
        List.of("CONSENT_FOLLOW_UP", "STILL_NO", KONTAKTPERSON, "Task_AskAgainAboutAftercare"));

    // The young person may still come back before 25: a new course, linked to this one.
    setToday("2028-03-01");
    ProcessInstance second = start(caseReference, "2009-01-10");
    assertThat(second).isWaitingAt("Task_AftercareConversation");
    assertThat(variable(second, "previousCourseId")).isEqualTo(variable(course, "courseId"));
    assertThat(variable(second, "previousProcessInstanceId")).isEqualTo(course.getId());
    assertThat(jdbc.queryForList("select course_number from gm_course where case_reference = ? order by 1",
        Integer.class, caseReference)).containsExactly(1, 2);
    assertThat(jdbc.queryForObject("select previous_course_id from gm_course where process_instance_id = ?",
        String.class, second.getId())).isEqualTo(variable(course, "courseId"));
    assertThatThrownBy(() -> start(caseReference, "2009-01-10"))
        .hasMessageContaining("Det finnes allerede et forløp for dette saksnummeret");
  }

  @Test
  void aYoungPersonWhoChangesTheirMindBeforeTheDateGetsTheConversationAgainAtOnce() {
    ProcessInstance course = start(newCaseReference(), today().minusYears(19));
    converse(course, "REFUSED");
    String taskId = task(course, "Task_AskAgainAboutAftercare").getId();
    Map<String, Object> tomorrow = askedAgain("CHANGED_MIND");
    tomorrow.put("askedAgainDate", today().plusDays(1).toString());
    assertThatThrownBy(() -> taskService.complete(taskId, tomorrow))
        .hasMessageContaining("Datoen den unge ble spurt på nytt kan ikke være fram i tid");

    complete(course, "Task_AskAgainAboutAftercare", askedAgain("CHANGED_MIND"));
    assertThat(course).isWaitingAt("Task_AftercareConversation").hasPassed("Gateway_ConversationAgainMerge");
    assertThat(variable(course, "phase")).isEqualTo("CONSENT");
    // The conversation's form opens without the «no» the young person has taken back.
    assertThat(runtimeService.getVariable(course.getId(), "consentDecision")).isNull();
    assertThat(runtimeService.getVariable(course.getId(), "conversationDate")).isNull();

    converse(course, "GIVEN");
    assertThat(course).isWaitingAt("Task_DecideAftercare");
    assertThat(variable(course, "conversationCount")).isEqualTo(2);
    assertThat(audit(course)).extracting(row -> row.get(1)).containsExactly("REFUSED", "CHANGED_MIND", "GIVEN");
  }

  @Test
  void aNoCloseToTheAgeLimitIsFollowedUpTheDayBeforeTheLastDay() {
    ProcessInstance course = start(newCaseReference(), aboutToTurn25());
    LocalDate lastDay = FormInput.date(variable(course, "ageLimitDue"), "ageLimitDue");
    converse(course, "REFUSED");

    assertThat(variable(course, "followUpAfterNoDateText")).isEqualTo(Days.text(lastDay.minusDays(1)));
    assertThat(task(course, "Task_AskAgainAboutAftercare").getFollowUpDate().toInstant())
        .isEqualTo(startOf(lastDay.minusDays(1)));
  }

  @Test
  void aComeBackWhileTheCourseWaitsIsSentToTheOpenCourse() throws Exception {
    setToday("2026-11-20");
    String caseReference = newCaseReference();
    ProcessInstance course = start(caseReference, "2008-06-01");
    converse(course, "REFUSED");

    setToday("2027-01-15");
    assertThatThrownBy(() -> start(caseReference, "2008-06-01")).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Den unge har allerede et åpent ettervernsforløp i denne saken")
        .hasMessageContaining("skal spørres på nytt 20.05.2027")
        .hasMessageContaining("registrer det i steget «Spør den unge på nytt om ettervern»");

    // Over the engine REST API, as the Tasklist's start form sends it: a 409 that names the step to use.
    Map<String, Object> body = Map.of("variables", Map.of(
        "caseReference", Map.of("value", caseReference),
        "birthDate", Map.of("value", "2008-06-01"),
        "decisionDate", Map.of("value", LocalDate.now(Days.OSLO).toString()),
        "aftercareSituation", Map.of("value", "ASKED")));
    ResponseEntity<String> tasklist = http.withBasicAuth(KONTAKTPERSON, "demo")
        .postForEntity("/engine-rest/process-definition/key/" + PROCESS + "/submit-form", body, String.class);
    assertThat(tasklist.getStatusCode().value()).isEqualTo(409);
    assertThat(tasklist.getBody()).contains("Task_AskAgainAboutAftercare").doesNotContain("ENGINE-");

    // The case system's retry gets the open course back, waiting for the follow-up.
    Map<String, Object> request = new HashMap<>(Map.of("serviceId", SERVICE, "caseReference", caseReference,
        "targetGroup", "AFTERCARE", "birthDate", "2008-06-01", "kontaktperson", KONTAKTPERSON,
        "decisionDate", FormInput.date(variable(course, "decisionDate"), "decisionDate").toString()));
    ResponseEntity<String> api = http.withBasicAuth(KONTAKTPERSON, "demo").postForEntity("/api/courses", request,
        String.class);
    assertThat(api.getStatusCode().value()).isEqualTo(200);
    JsonNode json = new ObjectMapper().readTree(api.getBody());
    assertThat(json.path("processInstanceId").asText()).isEqualTo(course.getId());
    assertThat(json.path("phase").asText()).isEqualTo("FOLLOW_UP_AFTER_NO");

    assertThat(jdbc.queryForObject("select count(*) from gm_course where case_reference = ?", Integer.class,
        caseReference)).isEqualTo(1);
    assertThat(course).isWaitingAt("Task_AskAgainAboutAftercare");
  }
}
