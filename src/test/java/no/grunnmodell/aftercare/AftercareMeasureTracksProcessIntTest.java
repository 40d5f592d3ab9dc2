package no.grunnmodell.aftercare;

import static no.grunnmodell.ProcessTestSupport.emptyAsNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.grunnmodell.JsonRequests;
import no.grunnmodell.form.FormInput;
import no.grunnmodell.platform.Days;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The young person's measures run side by side for as long as each lasts, and the evaluation the young person leads
 * comes on its date, or when asked for, beside them: aftercare-course.bpmn after the plan for the life areas. Time
 * is the engine's clock, moved by the tests and reset after each (AftercareTestSupport).
 */
class AftercareMeasureTracksProcessIntTest extends AftercareTestSupport {

  @Test
  void aPlanWithOnlyASupportMeasureReachesTheEvaluationOnTheEvaluationDateAndNotBefore() {
    ClockUtil.setCurrentTime(new Date());
    ProcessInstance course = planAgreed(19, "stottende");
    LocalDate evaluationDate = FormInput.date(variable(course, "evaluationDue"), "evaluationDue");
    startSupportMeasure(course);
    assertThat(openTasks(course)).containsExactly("Task_RecordSupportMeasureEnded");

    evaluationComesOnItsDateAndNotBefore(course, evaluationDate, "Task_EvaluateWithYoungPerson");
  }

  @Test
  void theSupportMeasuresEndIsDueAWeekAfterThePlanSaysTheMeasuresAreMeantToLast() {
    ProcessInstance course = planAgreed(20, "stottende");
    startSupportMeasure(course);
    Task end = task(course, "Task_RecordSupportMeasureEnded");
    LocalDate until = LocalDate.parse(variable(course, "measuresIntendedUntil").toString());
    assertThat(end.getDueDate().toInstant().atZone(Days.OSLO).toLocalDate()).isEqualTo(until.plusDays(7));
    assertThat(end.getDescription()).contains("etter at tiltakene etter planen skal være avsluttet");
    assertThat(emptyAsNull(taskService.getVariable(end.getId(), "measuresIntendedUntilText"))).isEqualTo(Days.text(until));
  }

  @Test
  void afterFortsettNoRunningMeasureStartsAgain() {
    ProcessInstance course = planAgreed(19, "veiledning", "stottende", "nettverk", "samarbeid");
    startSupportMeasure(course);
    consentToShare(course, true);
    assertThat(openTasks(course)).containsExactly("Task_HoldCollaborationMeeting", "Task_HoldNetworkMeeting",
        "Task_LogFollowUpSession", "Task_RecordSupportMeasureEnded");

    continuingKeepsEveryRunningMeasure(course);
    assertThat(historicTasks(course, "Task_LogFollowUpSession")).isEqualTo(1);
  }

  @Test
  void theKontaktpersonAsksForAnEarlyEvaluationFromTheTasklistAndTheMeasuresGoOn() {
    ProcessInstance course = planAgreed(21, "veiledning", "stottende");
    String session = task(course, "Task_LogFollowUpSession").getId();

    signedIn(KONTAKTPERSON, "kontaktperson-" + SERVICE, () ->
        runtimeService.startProcessInstanceByKey("EvaluationRequest", evaluationRequest(course.getBusinessKey())));

    assertThat(openTasks(course)).containsExactly("Task_EvaluateWithYoungPerson", "Task_LogFollowUpSession",
        "Task_StartSupportMeasure");
    assertThat(task(course, "Task_LogFollowUpSession").getId()).isEqualTo(session);
    assertThat(course).hasPassed("Event_EvaluationRequested").hasNotPassed("Timer_EvaluationDue");
    String evaluation = task(course, "Task_EvaluateWithYoungPerson").getId();
    assertThat(taskService.getVariable(evaluation, "evaluationRequestReason")).isEqualTo("Mistet hybelen");
    assertThat(variable(course, "evaluationRequestedBy")).isEqualTo(KONTAKTPERSON);
    assertThat(variable(course, "phase")).isEqualTo("EVALUATION");

    // While the evaluation is open, there is nothing to ask for.
    signedIn(KONTAKTPERSON, "kontaktperson-" + SERVICE, () -> assertThatThrownBy(
        () -> runtimeService.startProcessInstanceByKey("EvaluationRequest", evaluationRequest(course.getBusinessKey())))
        .hasMessageContaining("venter ikke på en evaluering nå"));

    evaluate(course, "CONTINUE");
    assertThat(runtimeService.getVariable(course.getId(), "evaluationRequestReason")).isNull();
    assertThat(course).isWaitingAt("Gateway_AwaitEvaluation");
  }

  @Test
  void theCaseSystemAsksForAnEarlyEvaluationOverTheCourseApi() throws Exception {
    ProcessInstance course = planAgreed(22, "veiledning");
    String path = "/api/courses/" + variable(course, "courseId") + "/evaluation-request";

    ResponseEntity<String> asked = post(path);
    assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode status = new ObjectMapper().readTree(asked.getBody());
    assertThat(status.path("phase").asText()).isEqualTo("EVALUATION");
    assertThat(status.path("openSteps").findValuesAsText("step"))
        .containsExactlyInAnyOrder("Task_EvaluateWithYoungPerson", "Task_LogFollowUpSession");
    assertThat(post(path).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  /**
   * The revision's vedtak sets the track statuses on the course; the conditional events start a track added to the
   * plan and stop one taken out, while a track that stays goes on as it was.
   */
  @Test
  void aRevisionStartsAddedTracksStopsDroppedOnesAndLeavesKeptOnesAsTheyWere() {
    ProcessInstance course = planAgreed(19, "veiledning", "stottende", "nettverk", "samarbeid");
    String session = task(course, "Task_LogFollowUpSession").getId();
    evaluationDateReached(course);
    evaluate(course, "REVISE");
    complete(course, "Task_RevisePlan", revision(course, true, "veiledning"));

    // The change takes effect with the leder's vedtak: until then every measure runs as the plan in force says.
    List<String> beforeVedtak = openTasks(course);
    assertThat(beforeVedtak).contains("Task_DecideAftercareChange", "Task_LogFollowUpSession").hasSizeGreaterThan(2);
    assertThat(course).hasNotPassed("Boundary_SupportDropped", "Boundary_NetworkDropped",
        "Boundary_CollaborationDropped");
    assertThat(variable(course, "supportStatus")).isNotEqualTo("DROPPED");
    decide(course, "Task_DecideAftercareChange", vedtak(null));
    onlyTheKeptTrackGoesOn(course, "Task_LogFollowUpSession", session);

    evaluationDateReached(course);
    evaluate(course, "REVISE");
    complete(course, "Task_RevisePlan", revision(course, true, "stottende", "nettverk"));
    decide(course, "Task_DecideAftercareChange", vedtak(null));
    theTracksTakenBackInStartAgain(course, "Boundary_FollowUpDropped");
    assertThat(historicTasks(course, "Task_StartSupportMeasure")).isEqualTo(2);
  }

  @Test
  void followUpSessionsAreLoggedByAKontaktpersonAndByATiltaksarbeiderEachOnAFreshForm() {
    ProcessInstance course = planAgreed(18, "veiledning");
    Task first = task(course, "Task_LogFollowUpSession");
    logSession(course, KONTAKTPERSON, "kontaktperson", followUpSession(true));

    Task second = task(course, "Task_LogFollowUpSession");
    assertThat(second.getId()).isNotEqualTo(first.getId());
    for (String field : List.of("sessionDate", "sessionType", "sessionLifeAreas", "sessionTopic",
        "sessionYoungPersonAttended", "sessionYoungPersonView", "moreSessions")) {
      assertThat(taskService.getVariable(second.getId(), field)).as(field)
          .matches(v -> v == null || v instanceof SpinJsonNode json && json.isNull(), "empty");
    }
    Map<String, Object> last = new HashMap<>(followUpSession(false));
    last.put("sessionTopic", "Jobbintervju");
    logSession(course, TILTAKSARBEIDER, "tiltaksarbeider", last);

    assertThat(openTasks(course)).isEmpty();
    assertThat(course).hasPassed("EndEvent_FollowUpEnded").isWaitingAt("Gateway_AwaitEvaluation");
    assertThat(variable(course, "guidanceStatus")).isEqualTo("ENDED");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(course.getId())
        .variableName("sessionTopic").list()).extracting(HistoricVariableInstance::getValue)
        .containsExactlyInAnyOrder("Søknad om leilighet", "Jobbintervju");
  }

  @Test
  void networkMeetingsComeAgainOnTheDateThePreviousMeetingSetUntilTheyAreDone() {
    networkMeetingsComeAgainUntilTheyAreDone(planAgreed(20, "nettverk"), AftercareTestSupport::networkMeeting);
  }

  @Test
  void collaborationAsksTheYoungPersonsConsentOncePerStartOfTheTrackThenMeetsAsOftenAsNeeded() {
    ProcessInstance course = planAgreed(21, "samarbeid");
    consentToShare(course, true);
    assertThat(taskService.getVariable(task(course, "Task_HoldCollaborationMeeting").getId(),
        "infoSharingAgenciesText")).isEqualTo("NAV");
    collaborationMeetsUntilItIsDone(course, AftercareTestSupport::collaborationMeeting);

    // A revised plan that keeps the collaboration starts it again, and the young person is asked again.
    evaluationDateReached(course);
    evaluate(course, "REVISE");
    complete(course, "Task_RevisePlan", revision(course, false, "samarbeid"));
    Task consent = task(course, "Task_ConsentInformationSharing");
    assertThat(emptyAsNull(taskService.getVariable(consent.getId(), "infoSharingConsent"))).isNull();
    assertThat(historicTasks(course, "Task_ConsentInformationSharing")).isEqualTo(2);
    // This time the young person says no: the agencies of the earlier consent are no longer named
    consentToShare(course, false);
    assertThat(runtimeService.getVariable(course.getId(), "infoSharingAgenciesText")).isNull();
  }

  @Test
  void theEvaluationIntervalProposesTheDateAndFlagsALaterOne() {
    ProcessInstance course = start(newCaseReference(), today().minusYears(19));
    converse(course, "GIVEN");
    grant(course);
    whatMatters(course);
    String planTask = task(course, "Task_AgreeLifeAreaPlan").getId();
    assertThat(taskService.getVariable(planTask, "proposedEvaluationDate")).isEqualTo(today().plusMonths(3).toString());
    assertThat(taskService.getVariable(planTask, "evaluationIntervalText")).isEqualTo("3 måneder");

    Map<String, Object> halfAYearAhead = plan(course, "veiledning");
    halfAYearAhead.put("evaluationDate", LocalDate.now(Days.OSLO).plusMonths(6).toString());
    complete(course, "Task_AgreeLifeAreaPlan", halfAYearAhead);
    assertThat(variable(course, "evaluationDateBeyondInterval")).isEqualTo(true);

    evaluationDateReached(course);
    String evaluation = task(course, "Task_EvaluateWithYoungPerson").getId();
    assertThat(taskService.getVariable(evaluation, "proposedEvaluationDate"))
        .isEqualTo(today().plusMonths(3).toString());
    evaluate(course, "CONTINUE");
    assertThat(variable(course, "evaluationDateBeyondInterval")).isEqualTo(false);
  }

  @Test
  void theAgeLimitEndsACourseWhoseMeasuresAreRunning() {
    ProcessInstance course = start(newCaseReference(), aboutToTurn25());
    converse(course, "GIVEN");
    grant(course);
    whatMatters(course);
    complete(course, "Task_AgreeLifeAreaPlan", plan(course, "veiledning", "stottende", "nettverk", "samarbeid"));
    startSupportMeasure(course);
    complete(course, "Task_HoldNetworkMeeting", networkMeeting(today().plusWeeks(2)));
    consentToShare(course, true);
    assertThat(openTasks(course)).containsExactly("Task_HoldCollaborationMeeting", "Task_LogFollowUpSession",
        "Task_RecordSupportMeasureEnded");

    fireTimer(course, "Timer_AgeLimitReached");

    assertThat(course).isEnded().hasPassed("EndEvent_AgeLimit").hasNotPassed("EndEvent_CourseEnded");
    assertThat(variable(course, "outcome")).isEqualTo("AGE_LIMIT");
    assertThat(variable(course, "phaseAtAgeLimit")).isEqualTo("IMPLEMENTATION");
    assertThat(taskService.createTaskQuery().processInstanceId(course.getId()).count()).isZero();
    assertThat(managementService.createJobQuery().processInstanceId(course.getId()).count()).isZero();
  }

  // ---- helpers ----

  private static Map<String, Object> evaluationRequest(String caseReference) {
    return evaluationRequest(caseReference, "Mistet hybelen");
  }

  private ResponseEntity<String> post(String path) {
    return JsonRequests.send(http, KONTAKTPERSON, HttpMethod.POST, path, "{}");
  }
}
