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
import no.grunnmodell.platform.Days;
import no.grunnmodell.security.TasklistSession;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * The aftercare course (ettervern, young people 17–25) told as stories: from registration and the conversation
 * before 18 through the plan, the follow-up and the young person's own evaluation to closure, and the age limit.
 * The vedtak are told in {@link AftercareDecisionProcessIntTest}, the follow-up after a no in
 * {@link FollowUpAfterNoProcessIntTest}.
 */
class AftercareCourseProcessIntTest extends AftercareTestSupport {

  @Autowired FormService formService;

  // ---- the young person's age decides when the course may start and when it talks about aftercare ----

  @Test
  void aYoungPersonRegisteredAt16AndAHalfGetsTheAftercareConversationAt17AndAHalf() {
    setToday("2026-11-20");
    ProcessInstance course = start(newCaseReference(), "2010-05-20");

    assertThat(course).isWaitingAt("Timer_ConversationAge");
    assertThat(variable(course, "phase")).isEqualTo("INTAKE");
    assertThat(due(course, "Timer_ConversationAge")).isEqualTo(startOf("2027-11-20"));
    assertThat(course.getTenantId()).isEqualTo(SERVICE);

    setToday("2027-11-20");
    fireTimer(course, "Timer_ConversationAge");
    assertThat(course).isWaitingAt("Task_AftercareConversation");
    assertThat(variable(course, "phase")).isEqualTo("CONSENT");
    assertThat(candidateGroups(task(course, "Task_AftercareConversation"))).containsExactly("kontaktperson-lorenskog");
  }

  @ParameterizedTest(name = "today {0}, born {1}: conversation {2}")
  @CsvSource({
      "2026-11-20, 2009-05-20, now",          // exactly 17½ today
      "2026-11-20, 2009-05-21, 2026-11-21",   // 17½ tomorrow
      "2026-11-20, 2008-11-21, now",          // 18 tomorrow
      "2026-11-20, 2004-06-01, now",          // 22
      "2025-08-28, 2008-02-29, 2025-08-29",   // born on a leap day: 17½ on 29 August
      "2025-08-29, 2008-02-29, now"})
  void theConversationComesAtTheConversationAgeOrAtOnceWhenTheYoungPersonIsOlder(String today, String birthDate,
                                                                                 String conversation) {
    setToday(today);
    ProcessInstance course = start(newCaseReference(), birthDate);
    if (conversation.equals("now")) {
      assertThat(course).isWaitingAt("Task_AftercareConversation").hasNotPassed("Timer_ConversationAge");
    } else {
      assertThat(course).isWaitingAt("Timer_ConversationAge");
      assertThat(due(course, "Timer_ConversationAge")).isEqualTo(startOf(conversation));
    }
  }

  @ParameterizedTest(name = "today {0}, born {1}: {2}")
  @CsvSource({
      "2026-11-20, 2010-05-21, Den unge er for ung for ettervern", // 16½ tomorrow
      "2026-11-20, 2001-11-21, dagen før 25-årsdagen (20.11.2026)", // today is the last day
      "2026-11-20, 1999-01-01, dagen før 25-årsdagen (31.12.2023)",
      "2029-02-28, 2004-02-29, dagen før 25-årsdagen (28.02.2029)"}) // born on a leap day, 25 on 1 March
  void aStartOutsideTheAgeRangeIsRefusedWithAClearNorwegianMessageAndNothingIsRecorded(String today,
                                                                                     String birthDate,
                                                                                     String message) {
    setToday(today);
    String caseReference = newCaseReference();
    assertThatThrownBy(() -> start(caseReference, birthDate))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining(message);
    assertThat(jdbc.queryForObject("select count(*) from gm_course where case_reference = ?", Integer.class,
        caseReference)).isZero();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseReference).count()).isZero();
  }

  @ParameterizedTest(name = "today {0}, born {1}: closed at the start of {2}")
  @CsvSource({
      "2026-11-20, 2001-11-22, 2026-11-21", // 25 the day after tomorrow
      "2029-02-27, 2004-02-29, 2029-02-28", // leap day birthday: 25 on 1 March, last day 28 February
      "2028-02-26, 2003-02-28, 2028-02-27", // 25 on 28 February in a leap year
      "2026-11-20, 2008-11-21, 2033-11-20"})
  void theAgeLimitTimerIsSetForTheDayBeforeThe25thBirthday(String today, String birthDate, String lastDay) {
    setToday(today);
    ProcessInstance course = start(newCaseReference(), birthDate);
    assertThat(due(course, "Timer_AgeLimitReached")).isEqualTo(startOf(lastDay));
    assertThat(variable(course, "ageLimitDateText")).isEqualTo(Days.text(LocalDate.parse(lastDay)));
  }

  // ---- from the conversation before 18 to closure ----

  @Test
  void aYoungPersonGoesFromTheConversationBefore18ToClosureInTheKontaktpersonsTasklist() throws Exception {
    assertThat(startFormOf(PROCESS)).isEqualTo("ettervern-start");
    ProcessInstance course = start(newCaseReference(), today().minusYears(17).minusMonths(8));
    assertThat(course).isWaitingAt("Task_AftercareConversation");

    checkForm(course, "Task_AftercareConversation", "ettervern-samtale");
    converse(course, "GIVEN");
    checkForm(course, "Task_DecideAftercare", "ettervern-vedtak");
    grant(course);
    assertThat(variable(course, "phase")).isEqualTo("STARTUP");
    checkForm(course, "Task_WhatMattersConversation", "ettervern-hva-er-viktig");
    whatMatters(course);
    checkForm(course, "Task_AgreeLifeAreaPlan", "ettervern-plan");
    complete(course, "Task_AgreeLifeAreaPlan", plan(course, "veiledning", "stottende", "nettverk", "samarbeid"));

    assertThat(course).isWaitingAt("Task_LogFollowUpSession", "Task_StartSupportMeasure", "Task_HoldNetworkMeeting",
        "Task_ConsentInformationSharing");
    assertThat(variable(course, "phase")).isEqualTo("IMPLEMENTATION");
    checkForm(course, "Task_LogFollowUpSession", "ettervern-oppfolging");
    logSession(course, true);
    logSession(course, false);
    checkForm(course, "Task_StartSupportMeasure", "ettervern-stottende-tiltak");
    startSupportMeasure(course);
    checkForm(course, "Task_HoldNetworkMeeting", "nettverksmote");
    complete(course, "Task_HoldNetworkMeeting", networkMeeting(null));
    checkForm(course, "Task_ConsentInformationSharing", "ettervern-samtykke-deling");
    consentToShare(course, true);
    checkForm(course, "Task_HoldCollaborationMeeting", "ettervern-samarbeidsmote");
    complete(course, "Task_HoldCollaborationMeeting", collaborationMeeting(null));

    // The support measure runs until its end is recorded; the evaluation comes on its date, not when tracks end.
    assertThat(openTasks(course)).containsExactly("Task_RecordSupportMeasureEnded");
    checkForm(course, "Task_RecordSupportMeasureEnded", "ettervern-stottende-tiltak-avsluttet");
    recordSupportMeasureEnded(course);
    assertThat(openTasks(course)).isEmpty();
    assertThat(course).isWaitingAt("Gateway_AwaitEvaluation").hasPassed("EndEvent_FollowUpEnded",
        "EndEvent_SupportEnded", "EndEvent_NetworkEnded", "EndEvent_CollaborationEnded");

    evaluationDateReached(course);
    assertThat(course).isWaitingAt("Task_EvaluateWithYoungPerson");
    checkForm(course, "Task_EvaluateWithYoungPerson", "ettervern-evaluering");
    evaluate(course, "CLOSE");
    assertThat(variable(course, "phase")).isEqualTo("CLOSURE");
    checkForm(course, "Task_CloseAftercare", "ettervern-avslutning");
    close(course, "GOALS_MET");
    checkForm(course, "Task_DecideAftercareEnd", "ettervern-vedtak-avslutning");
    decide(course, "Task_DecideAftercareEnd", vedtak(null));

    assertThat(course).isEnded().hasPassed("EndEvent_CourseClosed", "EndEvent_CourseEnded");
    assertThat(variable(course, "outcome")).isEqualTo("CLOSED");
    assertThat(variable(course, "closureReason")).isEqualTo("GOALS_MET");
    assertThat(variable(course, "whatMatters")).isEqualTo("Egen leilighet og jobb");
  }

  @Test
  void aKontaktpersonStartsTheCourseFromTheTasklistStartFormInTheirOwnService() {
    identityService.setAuthentication(KONTAKTPERSON, List.of("kontaktperson-" + SERVICE), List.of(SERVICE));
    String caseReference = newCaseReference();
    Map<String, Object> form = Map.of("caseReference", caseReference,
        "birthDate", today().minusYears(17).minusMonths(7).toString(), "decisionDate", today().toString(),
        "aftercareSituation", "IN_MEASURE");
    ProcessInstance course = formService.submitStartForm(definitionId(), form);

    assertThat(course.getTenantId()).isEqualTo(SERVICE);
    assertThat(course.getBusinessKey()).isEqualTo(caseReference);
    assertThat(task(course, "Task_AftercareConversation").getAssignee()).isEqualTo(KONTAKTPERSON);
  }

  @Test
  void theTasklistStartFormAndTheEngineRestApiRefuseAYoungPersonOutsideTheAgeRangeWithA400InTheReadersLanguage() {
    String tooYoung = today().minusYears(16).toString();
    identityService.setAuthentication(KONTAKTPERSON, List.of("kontaktperson-" + SERVICE), List.of(SERVICE));
    Map<String, Object> form = Map.of("caseReference", newCaseReference(), "birthDate", tooYoung,
        "decisionDate", today().toString(), "aftercareSituation", "IN_MEASURE");
    assertThatThrownBy(() -> formService.submitStartForm(definitionId(), form))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Den unge er for ung for ettervern");
    identityService.clearAuthentication();

    Map<String, Object> body = Map.of("variables", Map.of(
        "caseReference", Map.of("value", newCaseReference()),
        "birthDate", Map.of("value", tooYoung),
        "decisionDate", Map.of("value", today().toString()),
        "aftercareSituation", Map.of("value", "IN_MEASURE")));
    ResponseEntity<String> response = http.withBasicAuth(KONTAKTPERSON, "demo")
        .postForEntity("/engine-rest/process-definition/key/" + PROCESS + "/submit-form", body, String.class);
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody()).contains("Aftercare is for young people aged 17 to 24").doesNotContain("ENGINE-");

    ResponseEntity<String> tasklist = TasklistSession.login(http, KONTAKTPERSON).post(
        "/camunda/api/engine/engine/default/process-definition/key/" + PROCESS + "/submit-form", body);
    assertThat(tasklist.getStatusCode().value()).isEqualTo(400);
    assertThat(tasklist.getBody()).contains("Den unge er for ung for ettervern").doesNotContain("ENGINE-")
        .doesNotContain("Cannot");
  }

  // ---- consent: yes, no, or not yet ----

  @Test
  void aYoungPersonWhoThinksItOverGetsANewConversationOnTheAgreedDate() {
    ProcessInstance course = start(newCaseReference(), today().minusYears(17).minusMonths(7));
    Map<String, Object> tooLate = conversation("LATER");
    tooLate.put("nextConversationDate", today().plusYears(8).toString());
    String taskId = task(course, "Task_AftercareConversation").getId();
    assertThatThrownBy(() -> taskService.complete(taskId, tooLate))
        .hasMessageContaining("Datoen for ny samtale må være fram i tid og før");

    converse(course, "LATER");
    assertThat(course).isWaitingAt("Timer_NextConversation");
    assertThat(due(course, "Timer_NextConversation")).isEqualTo(startOf(today().plusWeeks(3)));

    fireTimer(course, "Timer_NextConversation");
    converse(course, "GIVEN");
    assertThat(course).isWaitingAt("Task_DecideAftercare");
    assertThat(variable(course, "conversationCount")).isEqualTo(2);
  }

  @Test
  void aYoungPersonWhoWithdrawsConsentEndsTheCourseKeepsWhatWasRecordedAndMayComeBack() {
    String caseReference = newCaseReference();
    ProcessInstance course = start(caseReference, today().minusYears(19));
    driveTo(course, "IMPLEMENTATION");

    withdrawConsent(course);
    assertThat(openTasks(course)).containsExactly("Task_RecordConsentWithdrawal");
    assertThat(variable(course, "phase")).isEqualTo("CONSENT_WITHDRAWN");
    complete(course, "Task_RecordConsentWithdrawal", Map.of("withdrawalDate", today().toString(),
        "withdrawalNote", "Vil klare seg selv", "toldAboutComingBack", true));

    assertThat(course).isEnded().hasPassed("EndEvent_ConsentWithdrawn").hasNotPassed("EndEvent_CourseEnded");
    assertThat(variable(course, "outcome")).isEqualTo("CONSENT_WITHDRAWN");
    assertThat(variable(course, "whatMatters")).isEqualTo("Egen leilighet og jobb");

    ProcessInstance again = start(caseReference, today().minusYears(19));
    assertThat(variable(again, "previousProcessInstanceId")).isEqualTo(course.getId());

    // «Meld fra om trukket samtykke» in the Tasklist finds the case's latest course.
    identityService.setAuthentication(KONTAKTPERSON, List.of("kontaktperson-" + SERVICE), List.of(SERVICE));
    runtimeService.startProcessInstanceByKey("ConsentWithdrawalNotice", Map.of("caseReference", caseReference));
    assertThat(openTasks(again)).containsExactly("Task_RecordConsentWithdrawal");
  }

  @Test
  void aCaseWhoseCourseEndedOtherwiseGetsNoNewCourse() {
    String caseReference = newCaseReference();
    ProcessInstance course = start(caseReference, today().minusYears(20));
    driveTo(course, "CLOSURE");
    close(course, "YOUNG_PERSON_ENDED");
    decide(course, "Task_DecideAftercareEnd", vedtak(null));
    assertThat(course).isEnded();
    assertThatThrownBy(() -> start(caseReference, today().minusYears(20)))
        .hasMessageContaining("Det finnes allerede et forløp for dette saksnummeret");

    String familyCase = newCaseReference();
    Map<String, Object> family = new HashMap<>(Map.of("serviceId", SERVICE, "caseReference", familyCase,
        "kontaktperson", KONTAKTPERSON, "birthDate", today().minusYears(8).toString(),
        "decisionDate", today().toString()));
    ProcessInstance familyCourse = runtimeService.startProcessInstanceByKey("FamilyCourse", family);
    taskService.complete(taskService.createTaskQuery().processInstanceId(familyCourse.getId()).singleResult().getId(),
        Map.of("firstContactDate", today().toString(), "dailyCare", "MOTHER",
            "interpreterNeeded", false, "adaptationNeeded", false));
    taskService.complete(taskService.createTaskQuery().processInstanceId(familyCourse.getId()).singleResult().getId(),
        Map.of("consentDecision", "REFUSED", "consentDate", today().toString(), "childView", "-",
            "refusalNote", "Ingen videre avtale"));
    assertThat(familyCourse).isEnded();
    assertThatThrownBy(() -> start(familyCase, today().minusYears(18)))
        .hasMessageContaining("Det finnes allerede et forløp for dette saksnummeret");
  }

  // ---- plan, follow-up and evaluation ----

  @Test
  void theEvaluationDateComesBesideTheFollowUpAndTheYoungPersonLedEvaluationLeadsToARevisedPlan() {
    ProcessInstance course = start(newCaseReference(), today().minusYears(18));
    driveTo(course, "IMPLEMENTATION");
    assertThat(course).isWaitingAt("Task_LogFollowUpSession");

    evaluationDateReached(course);
    assertThat(course).isWaitingAt("Task_EvaluateWithYoungPerson", "Task_LogFollowUpSession")
        .hasPassed("Timer_EvaluationDue");
    evaluate(course, "REVISE");
    assertThat(course).isWaitingAt("Task_RevisePlan");
    assertThat(variable(course, "phase")).isEqualTo("PLAN_REVISION");

    complete(course, "Task_RevisePlan", revision(course, true, "nettverk"));
    decide(course, "Task_DecideAftercareChange", vedtak(null));
    assertThat(openTasks(course)).containsExactly("Task_HoldNetworkMeeting");
    assertThat(course).hasPassed("Boundary_FollowUpDropped");
    assertThat(variable(course, "planVersion")).isEqualTo(2);
    assertThat(variable(course, "phase")).isEqualTo("IMPLEMENTATION");
  }

  @Test
  void continuingAfterTheEvaluationSetsTheNextEvaluationDate() {
    ProcessInstance course = start(newCaseReference(), today().minusYears(21));
    driveTo(course, "EVALUATION");
    evaluate(course, "CONTINUE");

    assertThat(course).isWaitingAt("Task_LogFollowUpSession");
    assertThat(variable(course, "evaluationCount")).isEqualTo(1);
    assertThat(due(course, "Timer_EvaluationDue")).isEqualTo(startOf(LocalDate.now(Days.OSLO).plusMonths(3)));
  }

  @Test
  void theEvaluationStartsWithTheYoungPersonsOwnViewAndHasNoReferralInAftercare() {
    ProcessInstance course = start(newCaseReference(), today().minusYears(22));
    driveTo(course, "EVALUATION");
    String taskId = task(course, "Task_EvaluateWithYoungPerson").getId();

    Map<String, Object> withoutView = evaluation("CLOSE");
    withoutView.remove("youngPersonView");
    assertThatThrownBy(() -> taskService.complete(taskId, withoutView))
        .hasMessageContaining("«Den unges syn: hvordan går det?» må fylles ut");
    assertThatThrownBy(() -> taskService.complete(taskId, evaluation("REFER")))
        .hasMessageContaining("«Hva blir konklusjonen av evalueringen?» har et svar skjemaet ikke tilbyr");
    assertThat(course).isWaitingAt("Task_EvaluateWithYoungPerson");
  }

  @Test
  void withoutTheYoungPersonsConsentToShareInformationThereIsNoCollaborationMeeting() {
    ProcessInstance course = start(newCaseReference(), today().minusYears(23));
    driveTo(course, "STARTUP");
    whatMatters(course);
    complete(course, "Task_AgreeLifeAreaPlan", plan(course, "samarbeid"));
    consentToShare(course, false);

    assertThat(course).hasPassed("EndEvent_NoSharingConsent").hasNotPassed("Task_HoldCollaborationMeeting")
        .isWaitingAt("Gateway_AwaitEvaluation");
    assertThat(variable(course, "collaborationStatus")).isEqualTo("ENDED");
  }

  @Test
  void everyGoalOfThePlanBelongsToALifeArea() {
    ProcessInstance course = start(newCaseReference(), today().minusYears(18));
    driveTo(course, "PLAN");
    Map<String, Object> values = plan(course, "veiledning");
    values.put("goals", Spin.JSON("[{\"goal\":\"Bestå førerprøven\"}]"));
    String taskId = task(course, "Task_AgreeLifeAreaPlan").getId();

    assertThatThrownBy(() -> taskService.complete(taskId, values))
        .hasMessageContaining("«Livsområde» i rad 1 av «Mål per livsområde» må fylles ut");
    assertThat(course).isWaitingAt("Task_AgreeLifeAreaPlan");
  }

  @ParameterizedTest(name = "closed because {0}")
  @ValueSource(strings = {"GOALS_MET", "YOUNG_PERSON_ENDED", "OTHER_SERVICE", "MOVED", "AGE_LIMIT", "OTHER"})
  void everyClosureReasonIsRecorded(String reason) {
    ProcessInstance course = start(newCaseReference(), today().minusYears(24));
    driveTo(course, "CLOSURE");
    close(course, reason);
    decide(course, "Task_DecideAftercareEnd", vedtak(null));
    assertClosedWith(course, reason);
  }

  // ---- a young person who moves ----

  @Test
  void aYoungPersonWhoMovedIsHandedOverAfterTheVedtakAndTakenOverInAftercareThere() {
    ProcessInstance course = start(newCaseReference(), today().minusYears(19));
    driveTo(course, "CLOSURE");
    String closureTask = task(course, "Task_CloseAftercare").getId();
    assertThat(Spin.JSON(taskService.getVariableLocal(closureTask, "handoverServiceOptions")).elements())
        .extracting(o -> o.prop("value").stringValue()).contains("grorud", "OUTSIDE").doesNotContain(SERVICE);
    Map<String, Object> moved = closure("MOVED");
    assertThatThrownBy(() -> taskService.complete(closureTask, moved))
        .hasMessageContaining("«Samtykker den unge til at en oppsummering av ettervernet sendes til "
            + "barnevernstjenesten der den unge bor nå?» må fylles ut.");
    moved.putAll(Map.of("handoverConsent", "GIVEN", "handoverServiceId", "grorud"));
    complete(course, "Task_CloseAftercare", moved);

    // The vedtak about the end comes first; then the course is handed over and waits for the answer.
    assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(course.getId()).count()).isZero();
    decide(course, "Task_DecideAftercareEnd", vedtak(null));
    assertThat(course).isWaitingAt("CallActivity_CourseHandover");
    ProcessInstance handover = runtimeService.createProcessInstanceQuery().superProcessInstanceId(course.getId())
        .processDefinitionKey("CourseHandover").singleResult();
    assertThat(handover).isWaitingAt("Event_HandoverAnswered");

    ProcessInstance receipt = runtimeService.createProcessInstanceQuery().processDefinitionKey("CourseHandoverReceipt")
        .variableValueEquals("handoverId", runtimeService.getVariable(handover.getId(), "handoverId")).singleResult();
    Task receiptTask = taskService.createTaskQuery().processInstanceId(receipt.getId()).singleResult();
    assertThat(receiptTask.getTenantId()).isEqualTo("grorud");
    String receivingCase = newCaseReference();
    signedIn("grorud-leder", "leder-grorud", "grorud", () -> taskService.complete(receiptTask.getId(),
        Map.of("handoverDecision", "ACCEPT", "caseReference", receivingCase, "kontaktperson", "grorud-kontaktperson",
            "decisionDate", today().toString())));

    assertThat(course).isEnded().hasPassed("EndEvent_CourseClosed");
    assertThat(variable(course, "handoverOutcome")).isEqualTo("ACCEPTED");
    ProcessInstance taken = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(receivingCase).tenantIdIn("grorud").singleResult();
    assertThat(taken).isWaitingAt("Task_AftercareConversation");
    assertThat((String) runtimeService.getVariable(taken.getId(), "handoverSummary")).contains("Egen leilighet");
    assertThat(runtimeService.getVariable(taken.getId(), "handoverFromServiceName"))
        .isEqualTo("Lørenskog barnevernstjeneste");
  }

  // ---- the age limit ----

  @Test
  void theKontaktpersonIsRemindedThreeMonthsBeforeTheAgeLimitWithoutStoppingTheCourse() throws Exception {
    setToday("2026-11-20");
    ProcessInstance course = start(newCaseReference(), "2004-02-29");
    assertThat(due(course, "StartEvent_AgeLimitApproaching")).isEqualTo(startOf("2028-11-28"));
    converse(course, "GIVEN");

    setToday("2028-11-28");
    fireTimer(course, "StartEvent_AgeLimitApproaching");
    assertThat(openTasks(course)).containsExactly("Task_DecideAftercare", "Task_PrepareAgeLimitClosure");
    checkForm(course, "Task_PrepareAgeLimitClosure", "ettervern-aldersgrense");
    String taskId = task(course, "Task_PrepareAgeLimitClosure").getId();
    assertThatThrownBy(() -> taskService.complete(taskId, ageLimitPreparation(LocalDate.parse("2029-02-28"))))
        .hasMessageContaining("Avslutningssamtalen må være før 28.02.2029");
    complete(course, "Task_PrepareAgeLimitClosure", ageLimitPreparation(LocalDate.parse("2029-02-01")));

    // No vedtak has granted aftercare yet, so there is no vedtak about its end to make.
    assertThat(course).hasPassed("EndEvent_AgeLimitClosurePrepared")
        .isWaitingAt("Task_DecideAftercare");
    assertThat(variable(course, "phase")).isEqualTo("CONSENT");
  }

  @Test
  void closingTheCourseOrRefusingAftercareAlsoEndsAnOpenReminder() {
    ProcessInstance closed = start(newCaseReference(), aboutToTurn25());
    fireTimer(closed, "StartEvent_AgeLimitApproaching");
    driveTo(closed, "END_DECISION");
    decide(closed, "Task_DecideAftercareEnd", vedtak(null));
    assertThat(closed).isEnded().hasNotPassed("EndEvent_AgeLimitClosurePrepared", "EndEvent_AgeLimitEndDecided");

    ProcessInstance refused = start(newCaseReference(), aboutToTurn25());
    fireTimer(refused, "StartEvent_AgeLimitApproaching");
    driveTo(refused, "DECISION");
    decide(refused, "Task_DecideAftercare", vedtak("REFUSED"));
    assertThat(refused).isEnded().hasPassed("EndEvent_AftercareRefused");
    assertThat(taskService.createTaskQuery().processInstanceId(refused.getId()).count()).isZero();
  }

  @ParameterizedTest(name = "at the age limit during {0}")
  @ValueSource(strings = {"CONSENT", "THINKING_IT_OVER", "FOLLOW_UP_AFTER_NO", "DECISION", "STARTUP", "PLAN",
      "IMPLEMENTATION", "EVALUATION", "PLAN_REVISION", "CHANGE_DECISION", "CLOSURE", "END_DECISION",
      "CONSENT_WITHDRAWN", "AGE_LIMIT_REMINDER"})
  void atTheAgeLimitTheCourseIsClosedWhateverStepItIsInAndNothingRecordedIsLost(String step) {
    ProcessInstance course = start(newCaseReference(), aboutToTurn25());
    String phase = driveTo(course, step);
    assertThat(course).isActive();

    // Recording a withdrawal is no longer part of the running course, so its step has its own age-limit timer.
    boolean withdrawing = step.equals("CONSENT_WITHDRAWN");
    fireTimer(course, withdrawing ? "Timer_AgeLimitDuringWithdrawal" : "Timer_AgeLimitReached");

    assertThat(course).isEnded().hasPassed(withdrawing ? "EndEvent_AgeLimitDuringWithdrawal" : "EndEvent_AgeLimit")
        .hasNotPassed("EndEvent_CourseEnded", "EndEvent_ConsentWithdrawn");
    assertThat(variable(course, "outcome")).isEqualTo("AGE_LIMIT");
    assertThat(variable(course, "closureReason")).isEqualTo("AGE_LIMIT");
    assertThat(variable(course, "phaseAtAgeLimit")).isEqualTo(phase);
    assertThat(variable(course, "caseReference")).isEqualTo(course.getBusinessKey());
    if (!step.equals("CONSENT")) {
      assertThat(variable(course, "youngPersonWishes")).isEqualTo("Vil ha hjelp med bolig");
    }
    assertThat(managementService.createJobQuery().processInstanceId(course.getId()).count()).isZero();
  }

  private String startFormOf(String key) throws Exception {
    ResponseEntity<String> form = http.withBasicAuth(KONTAKTPERSON, "demo")
        .getForEntity("/engine-rest/process-definition/key/" + key + "/deployed-start-form", String.class);
    JsonNode json = new ObjectMapper().readTree(form.getBody());
    return json.path("id").asText();
  }

  private String definitionId() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).latestVersion()
        .singleResult().getId();
  }
}
