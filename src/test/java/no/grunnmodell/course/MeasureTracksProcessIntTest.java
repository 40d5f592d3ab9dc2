package no.grunnmodell.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.grunnmodell.platform.Days;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The measures of a plan run side by side for as long as each lasts, and the evaluation comes on its date beside
 * them: family-course.bpmn after the start-up phase. Time is the engine's clock, moved by the tests.
 */
class MeasureTracksProcessIntTest extends CourseTestSupport {

  @Autowired IdentityService identityService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void aPlanWithOnlyASupportMeasureIsEvaluatedOnTheEvaluationDateAndNotBefore() {
    ClockUtil.setCurrentTime(new Date());
    ProcessInstance course = planAgreed("stottende");
    LocalDate evaluationDate = today().plusMonths(3);
    startSupportMeasure(course);
    assertThat(openTasks(course)).containsExactly("Task_RecordSupportMeasureEnded");
    assertThat(task(course, "Task_RecordSupportMeasureEnded").getAssignee()).isEqualTo(KONTAKTPERSON);

    evaluationComesOnItsDateAndNotBefore(course, evaluationDate, "Task_EvaluatePlan");
  }

  @Test
  void afterFortsettNoRunningMeasureStartsAgain() {
    ProcessInstance course = planAgreed("veiledning", "stottende", "nettverk", "samarbeid");
    startSupportMeasure(course);
    complete(course, "Task_ConsentInformationSharing", Map.of("infoSharingConsent", "GIVEN",
        "infoSharingAgencies", Spin.JSON("[\"skole\"]"), "infoSharingConsentDate", today().toString()));
    assertThat(openTasks(course)).containsExactly("Task_HoldCollaborationMeeting", "Task_HoldNetworkMeeting",
        "Task_LogGuidanceSession", "Task_RecordSupportMeasureEnded");

    continuingKeepsEveryRunningMeasure(course);
    assertThat(variable(course, "evaluationDateText")).isEqualTo(Days.text(today().plusMonths(3)));
  }

  /**
   * The revision is completed in the evaluation's branch and sets the track statuses on the process instance;
   * Camunda 7.24 triggers the conditional events of the other branches from that: the catch event of a track
   * added to the plan, and the boundary event of a track taken out.
   */
  @Test
  void aRevisionStartsAddedTracksEndsDroppedOnesAndLeavesKeptOnesAsTheyWere() {
    ProcessInstance course = planAgreed("veiledning", "stottende", "nettverk", "samarbeid");
    String guidance = task(course, "Task_LogGuidanceSession").getId();
    evaluationDateReached(course);
    evaluate(course, "REVISE");
    complete(course, "Task_ReviseMeasurePlan", plan("veiledning"));
    onlyTheKeptTrackGoesOn(course, "Task_LogGuidanceSession", guidance);

    evaluationDateReached(course);
    evaluate(course, "REVISE");
    complete(course, "Task_ReviseMeasurePlan", plan("stottende", "nettverk"));
    theTracksTakenBackInStartAgain(course, "Boundary_GuidanceDropped");
  }

  @Test
  void guidanceIsLoggedByAKontaktpersonAndByATiltaksarbeiderEachOnAFreshForm() {
    ProcessInstance course = planAgreed("veiledning");
    Task first = task(course, "Task_LogGuidanceSession");
    assertThat(taskService.getIdentityLinksForTask(first.getId())).extracting(IdentityLink::getGroupId)
        .contains("kontaktperson-" + SERVICE, "tiltaksarbeider-" + SERVICE);
    Map<String, Object> withChild = guidanceSession(true);
    withChild.put("sessionParticipants", Spin.JSON("[\"barnet\",\"foreldre\"]"));
    withChild.put("sessionChildView", "Liker å lage middag sammen.");
    signedIn(KONTAKTPERSON, "kontaktperson-" + SERVICE, () -> taskService.complete(first.getId(), withChild));

    Task second = task(course, "Task_LogGuidanceSession");
    assertThat(second.getId()).isNotEqualTo(first.getId());
    for (String field : List.of("sessionDate", "sessionType", "sessionTopic", "sessionParticipants",
        "sessionChildView", "moreSessions")) {
      assertThat(taskService.getVariable(second.getId(), field)).as(field)
          .matches(v -> v == null || v instanceof SpinJsonNode json && json.isNull(), "empty");
    }
    Map<String, Object> last = guidanceSession(false);
    last.put("sessionTopic", "Avslutning");
    signedIn("lorenskog-tiltaksarbeider", "tiltaksarbeider-" + SERVICE,
        () -> taskService.complete(second.getId(), last));

    assertThat(openTasks(course)).isEmpty();
    assertThat(variable(course, "guidanceStatus")).isEqualTo("ENDED");
    // Each session's log stays in the history, one per session.
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(course.getId())
        .variableName("sessionTopic").list()).extracting(HistoricVariableInstance::getValue)
        .containsExactlyInAnyOrder("Rutiner", "Avslutning");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(course.getId())
        .variableName("sessionChildView").list()).extracting(HistoricVariableInstance::getValue)
        .contains("Liker å lage middag sammen.");
  }

  @Test
  void theChildsViewIsRequiredWhenTheChildTookPartInASession() {
    ProcessInstance course = planAgreed("veiledning");
    Map<String, Object> withChild = guidanceSession(true);
    withChild.put("sessionParticipants", Spin.JSON("[\"barnet\"]"));
    String taskId = task(course, "Task_LogGuidanceSession").getId();
    assertThatThrownBy(() -> taskService.complete(taskId, withChild)).hasMessageContaining("«Barnets syn» må fylles ut");
  }

  @Test
  void networkMeetingsAreHeldAsOftenAsNeededUntilTheTrackIsDone() {
    networkMeetingsComeAgainUntilTheyAreDone(planAgreed("nettverk"), MeasureTracksProcessIntTest::networkMeeting);
  }

  @Test
  void collaborationAsksForConsentOnceThenMeetsAsOftenAsNeeded() {
    ProcessInstance course = planAgreed("samarbeid");
    complete(course, "Task_ConsentInformationSharing", Map.of("infoSharingConsent", "GIVEN",
        "infoSharingAgencies", Spin.JSON("[\"skole\",\"bup\",\"nav\"]"), "infoSharingConsentDate",
        today().toString()));
    // The meeting names the agencies as the consent form showed them, not the stored values
    assertThat(taskService.getVariable(task(course, "Task_HoldCollaborationMeeting").getId(),
        "infoSharingAgenciesText")).isEqualTo("Skole, BUP og NAV");
    collaborationMeetsUntilItIsDone(course, MeasureTracksProcessIntTest::collaborationMeeting);
  }

  @Test
  void withoutConsentToShareInformationThereIsNoCollaborationMeeting() {
    ProcessInstance course = planAgreed("samarbeid");
    complete(course, "Task_ConsentInformationSharing", Map.of("infoSharingConsent", "REFUSED",
        "infoSharingConsentDate", today().toString()));

    assertThat(course).hasPassed("EndEvent_NoSharingConsent").hasNotPassed("Task_HoldCollaborationMeeting")
        .isWaitingAt("Gateway_AwaitEvaluation");
    assertThat(variable(course, "collaborationStatus")).isEqualTo("ENDED");
  }

  @Test
  void theEvaluationIntervalProposesTheDateAndFlagsALaterOne() {
    ProcessInstance course = consentedCourse(8);
    mapAndAnalyse(course);
    String planTask = task(course, "Task_AgreeMeasurePlan").getId();
    assertThat(taskService.getVariable(planTask, "proposedEvaluationDate"))
        .isEqualTo(today().plusMonths(3).toString());
    assertThat(taskService.getVariable(planTask, "evaluationIntervalText")).isEqualTo("3 måneder");
    assertThat((String) taskService.getVariable(planTask, "deadlineText")).contains("barnevernsloven § 8-1")
        .contains("Tjenestens standard");

    Map<String, Object> aYearAhead = plan("veiledning");
    aYearAhead.put("evaluationDate", today().plusYears(1).toString());
    taskService.complete(planTask, aYearAhead);
    assertThat(variable(course, "evaluationDateBeyondInterval")).isEqualTo(true);

    evaluationDateReached(course);
    String evaluation = task(course, "Task_EvaluatePlan").getId();
    assertThat((String) taskService.getVariable(evaluation, "deadlineText")).contains("«bør som hovedregel evalueres hvert kvartal»")
        .contains("evalueringsintervall er 3 måneder");
    evaluate(course, "CONTINUE");
    assertThat(variable(course, "evaluationDateBeyondInterval")).isEqualTo(false);
  }

  @Test
  void thePlanSaysHowLongTheMeasuresLastAndTheSupportEndFollowsIt() {
    ProcessInstance course = planAgreed("stottende");
    startSupportMeasure(course);
    Task end = task(course, "Task_RecordSupportMeasureEnded");
    LocalDate plannedEnd = today().plusMonths(6);
    assertThat(end.getDueDate().toInstant().atZone(Days.OSLO).toLocalDate()).isEqualTo(plannedEnd.plusDays(7));
    assertThat(emptyAsNull(taskService.getVariable(end.getId(), "measuresPlannedUntilText"))).isEqualTo(Days.text(plannedEnd));
  }

  @Test
  void anEvaluationThatSeesGroundForACareOrderMustSayWhy() {
    ProcessInstance course = planAgreed("veiledning");
    evaluationDateReached(course);
    String taskId = task(course, "Task_EvaluatePlan").getId();
    assertThatThrownBy(() -> evaluate(course, "CONTINUE", Map.of("otherMeasuresAssessment", "CARE_ORDER")))
        .hasMessageContaining("«Hva er vurderingen, og hva gjøres videre?» må fylles ut");
    evaluate(course, "CONTINUE", Map.of("otherMeasuresAssessment", "CARE_ORDER",
        "otherMeasuresAssessmentNote", "Drøftes med leder denne uken"));
    assertThat(variable(course, "otherMeasuresAssessment")).isEqualTo("CARE_ORDER");
    assertThat(taskId).isNotNull();
  }

  // ---- helpers ----

  private static Map<String, Object> networkMeeting(LocalDate next) {
    Map<String, Object> values = new HashMap<>(Map.of("networkMeetingType", "NETWORK_MEETING",
        "networkMeetingDate", today().toString(), "networkMeetingAgreements", "Tante henter på fredager"));
    values.putAll(nextMeeting("Network", next));
    return values;
  }

  private static Map<String, Object> collaborationMeeting(LocalDate next) {
    Map<String, Object> values = new HashMap<>(Map.of("collaborationMeetingDate", today().toString(),
        "individualPlan", false, "collaborationAgreements", "Skolen melder fravær"));
    values.putAll(nextMeeting("Collaboration", next));
    return values;
  }
}
