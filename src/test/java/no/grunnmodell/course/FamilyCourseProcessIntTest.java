package no.grunnmodell.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The family course (children 4–12) told as stories: every path through family-course.bpmn and its phases. */
class FamilyCourseProcessIntTest extends CourseTestSupport {

  @Test
  void aFamilyGoesFromVedtakToClosureWithGoalsMet() {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 8);
    assertThat(course).isWaitingAt("Task_RegisterIntake");
    assertThat(task(course, "Task_RegisterIntake").getAssignee()).isEqualTo(KONTAKTPERSON);
    assertThat(course.getTenantId()).isEqualTo(SERVICE);
    assertThat(variable(course, "phase")).isEqualTo("INTAKE");

    registerIntake(course);
    assertThat(variable(course, "phase")).isEqualTo("CONSENT");
    answerConsent(course, true);
    assertThat(openTasks(course)).containsExactly("Task_EcologicalMapping", "Task_WhatMattersConversation");

    runStartupPhase(course, "veiledning", "stottende", "nettverk", "samarbeid");
    assertThat(course).isWaitingAt("Task_LogGuidanceSession", "Task_StartSupportMeasure",
        "Task_HoldNetworkMeeting", "Task_ConsentInformationSharing", "Gateway_AwaitEvaluation");
    assertThat(variable(course, "phase")).isEqualTo("IMPLEMENTATION");
    assertThat(variable(course, "evaluationDue")).isInstanceOf(Date.class);
    assertThat(variable(course, "planVersion")).isEqualTo(1);
    assertThat(variable(course, "guidanceStatus")).isEqualTo("RUNNING");

    complete(course, "Task_LogGuidanceSession", guidanceSession(true));
    complete(course, "Task_LogGuidanceSession", guidanceSession(true));
    complete(course, "Task_LogGuidanceSession", guidanceSession(false));
    startSupportMeasure(course);
    complete(course, "Task_RecordSupportMeasureEnded", Map.of("supportMeasureEnd", today().toString(),
        "supportMeasureEndReason", "COMPLETED"));
    Map<String, Object> meeting = new HashMap<>(Map.of("networkMeetingType", "FAMILY_COUNCIL",
        "networkMeetingDate", today().toString(), "networkMeetingAgreements", "Besteforeldre henter"));
    meeting.putAll(nextMeeting("Network", null));
    complete(course, "Task_HoldNetworkMeeting", meeting);
    complete(course, "Task_ConsentInformationSharing", Map.of("infoSharingConsent", "GIVEN",
        "infoSharingAgencies", Spin.JSON("[\"skole\"]"), "infoSharingConsentDate", today().toString()));
    complete(course, "Task_HoldCollaborationMeeting", collaborationMeeting(null));

    // Every measure has ended by itself; the evaluation still comes on its date, not before.
    assertThat(openTasks(course)).isEmpty();
    assertThat(List.of("guidanceStatus", "supportStatus", "networkStatus", "collaborationStatus"))
        .allSatisfy(status -> assertThat(variable(course, status)).isEqualTo("ENDED"));
    evaluationDateReached(course);
    assertThat(course).isWaitingAt("Task_EvaluatePlan");
    evaluate(course, "CLOSE");
    assertThat(variable(course, "phase")).isEqualTo("CLOSURE");
    close(course, "GOALS_MET");

    assertThat(course).isEnded().hasPassed("EndEvent_CourseClosed");
    assertThat(variable(course, "outcome")).isEqualTo("CLOSED");
    assertThat(variable(course, "closureReason")).isEqualTo("GOALS_MET");
  }

  @Test
  void aChildOutsideTheAgeRangeGetsAClearOutcomeWhenTheLederDoesNotMakeAnException() {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 14);
    assertThat(course).isWaitingAt("Task_ReviewOutsideTargetGroup");
    assertThat(task(course, "Task_ReviewOutsideTargetGroup").getAssignee()).isNull();
    assertThat((String) variable(course, "targetGroupNote")).contains("14 år");

    complete(course, "Task_ReviewOutsideTargetGroup", Map.of("exceptionDecision", "REJECT",
        "exceptionReason", "Henvises til ungdomstiltak"));

    assertThat(course).isEnded().hasPassed("EndEvent_OutsideTargetGroup");
    assertThat(variable(course, "outcome")).isEqualTo("OUTSIDE_TARGET_GROUP");
  }

  @Test
  void theLederMayStartACourseOutsideTheAgeRangeAsAnException() {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 3);
    complete(course, "Task_ReviewOutsideTargetGroup", Map.of("exceptionDecision", "START",
        "exceptionReason", "Søsken er i målgruppen"));
    assertThat(course).isWaitingAt("Task_RegisterIntake");
  }

  @Test
  void refusedConsentEndsTheCourseWithThatOutcome() {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 6);
    registerIntake(course);
    answerConsent(course, false);

    assertThat(course).isEnded().hasPassed("EndEvent_ConsentRefused");
    assertThat(variable(course, "outcome")).isEqualTo("CONSENT_REFUSED");
    assertThat(variable(course, "childView")).isEqualTo("Vil ha mindre krangling hjemme.");
  }

  @ParameterizedTest(name = "withdrawn during {0}")
  @ValueSource(strings = {"INTAKE", "CONSENT", "STARTUP", "IMPLEMENTATION", "EVALUATION", "PLAN_REVISION",
      "REFERRAL", "CLOSURE"})
  void consentWithdrawnInAnyPhaseEndsTheCourseInAnOrderlyWay(String phase) {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 10);
    driveTo(course, phase);
    assertThat(variable(course, "phase")).isEqualTo(phase);

    runtimeService.createMessageCorrelation("ConsentWithdrawn").processInstanceId(course.getId()).correlate();

    assertThat(openTasks(course)).containsExactly("Task_RecordConsentWithdrawal");
    complete(course, "Task_RecordConsentWithdrawal", Map.of("withdrawalDate", today().toString(),
        "withdrawnBy", Spin.JSON("[\"mor\"]"), "withdrawalNote", "Ny vurdering om tre måneder"));
    assertThat(course).isEnded().hasPassed("EndEvent_ConsentWithdrawn");
    assertThat(variable(course, "outcome")).isEqualTo("CONSENT_WITHDRAWN");
    // What was recorded before the withdrawal is still there.
    assertThat(variable(course, "caseReference")).isEqualTo(course.getBusinessKey());
  }

  @Test
  void anApprovedAndGrantedReferralRunsAlongsideTheMunicipalMeasures() {
    ProcessInstance course = referralOpen();
    complete(course, "Task_ApproveReferral", Map.of("referralApproval", "APPROVED"));
    complete(course, "Task_RecordBufetatDecision", Map.of("bufetatDecision", "GRANTED",
        "bufetatDecisionDate", today().toString(), "specialisedMeasureStart", today().plusDays(14).toString()));

    assertThat(variable(course, "referralOutcome")).isEqualTo("GRANTED");
    assertThat(course).isWaitingAt("Task_LogGuidanceSession", "CallActivity_SpecialisedMeasure",
        "Gateway_AwaitEvaluation");
  }

  @Test
  void aReferralRefusedByBufetatLeadsToPlanRevision() {
    ProcessInstance course = referralOpen();
    complete(course, "Task_ApproveReferral", Map.of("referralApproval", "APPROVED"));
    complete(course, "Task_RecordBufetatDecision", Map.of("bufetatDecision", "REFUSED",
        "bufetatDecisionDate", today().toString(), "bufetatDecisionReason", "Ikke grunnlag"));

    assertThat(variable(course, "referralOutcome")).isEqualTo("REFUSED");
    assertThat(course).isWaitingAt("Task_ReviseMeasurePlan");
  }

  @Test
  void aReferralTheLederDoesNotApproveLeadsToPlanRevision() {
    ProcessInstance course = referralOpen();
    assertThat(taskService.createTaskQuery().taskCandidateGroup("leder-" + SERVICE)
        .processInstanceBusinessKey(course.getBusinessKey()).count()).isEqualTo(1);
    complete(course, "Task_ApproveReferral", Map.of("referralApproval", "REJECTED",
        "referralApprovalComment", "Prøv mer veiledning først"));

    assertThat(variable(course, "referralOutcome")).isEqualTo("NOT_APPROVED");
    assertThat(course).isWaitingAt("Task_ReviseMeasurePlan");
  }

  @ParameterizedTest(name = "closed because {0}")
  @ValueSource(strings = {"GOALS_MET", "MOVED", "OTHER_MEASURE", "FAMILY_ENDED", "OTHER"})
  void everyClosureReasonIsRecorded(String reason) {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 11);
    driveTo(course, "CLOSURE");
    close(course, reason);
    assertClosedWith(course, reason);
  }

  @Test
  void aPlanWithoutGoalsTracksOrAFutureEvaluationDateIsRefusedAndNothingIsLost() {
    ProcessInstance course = consentedCourse(8);
    mapAndAnalyse(course);

    String taskId = task(course, "Task_AgreeMeasurePlan").getId();
    assertThatThrownBy(() -> taskService.complete(taskId, plan()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("«Tiltak» må fylles ut");
    Map<String, Object> bad = new HashMap<>(plan("veiledning"));
    bad.put("goals", Spin.JSON("[]"));
    bad.put("evaluationDate", today().toString());
    assertThatThrownBy(() -> taskService.complete(taskId, bad))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("minst ett konkret mål")
        .hasMessageContaining("Evalueringsdatoen må være fram i tid");
    assertThat(task(course, "Task_AgreeMeasurePlan").getId()).isEqualTo(taskId);
    assertThat(taskService.getVariable(taskId, "analysisSummary")).isEqualTo("Rutiner og nettverk");
  }

  @Test
  void aCaseGetsOnlyOneCoursePerService() {
    String caseReference = newCaseReference();
    startFamilyCourse(caseReference, 8);
    assertThatThrownBy(() -> startFamilyCourse(caseReference, 8))
        .hasMessageContaining("Det finnes allerede et forløp for dette saksnummeret");
  }

  @Test
  void aStartWithoutBirthDateIsRefusedInNorwegian() {
    Map<String, Object> vars = Map.of("serviceId", SERVICE, "caseReference", newCaseReference(),
        "kontaktperson", KONTAKTPERSON, "decisionDate", today().toString());
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("FamilyCourse", vars))
        .hasMessageContaining("Fødselsdato må fylles ut.");
  }

  // ---- getting a course to a phase ----

  private ProcessInstance referralOpen() {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 12);
    driveTo(course, "REFERRAL");
    complete(course, "Task_PrepareReferral", Map.of("referralAction", "SEND", "referralMeasure", "MST",
        "problemAreas", Spin.JSON("[\"BEHAVIOUR\"]"),
        "referralReason", "Alvorlige atferdsvansker", "triedMeasures", "Veiledning i seks måneder",
        "placementRisk", "YES", "referralConsent", "GIVEN", "bufetatSharingConsent", "GIVEN",
        "referralConsentDate", today().toString()));
    return course;
  }

  private void driveTo(ProcessInstance course, String phase) {
    List<String> order = List.of("INTAKE", "CONSENT", "STARTUP", "IMPLEMENTATION", "EVALUATION");
    if (order.indexOf(phase) >= 1 || order.indexOf(phase) < 0) {
      registerIntake(course);
    }
    if (phase.equals("CONSENT")) {
      return;
    }
    if (!phase.equals("INTAKE")) {
      answerConsent(course, true);
    }
    if (phase.equals("INTAKE") || phase.equals("STARTUP")) {
      return;
    }
    runStartupPhase(course, "veiledning");
    if (phase.equals("IMPLEMENTATION")) {
      return;
    }
    evaluationDateReached(course);
    switch (phase) {
      case "PLAN_REVISION" -> evaluate(course, "REVISE");
      case "REFERRAL" -> evaluate(course, "REFER", Map.of("problemAreas", Spin.JSON("[\"BEHAVIOUR\"]")));
      case "CLOSURE" -> evaluate(course, "CLOSE");
      default -> { }
    }
  }

  private static Map<String, Object> collaborationMeeting(java.time.LocalDate next) {
    Map<String, Object> values = new HashMap<>(Map.of("collaborationMeetingDate", today().toString(),
        "individualPlan", false, "collaborationAgreements", "Skolen melder fravær"));
    values.putAll(nextMeeting("Collaboration", next));
    return values;
  }
}
