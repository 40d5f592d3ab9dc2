package no.grunnmodell.specialised.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.grunnmodell.platform.Days;
import no.grunnmodell.platform.Refusal;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/**
 * The referral to Bufetat told as stories: proposals from the catalogue, the kontaktperson's preparation, the
 * leder's approval, Bufetat's decision entered by a caseworker, the reminder, a granted measure alongside the
 * course with its egenandel, and consent withdrawn while a referral is open. Bufetat's answer over REST is in
 * {@link BufetatDecisionApiIntTest}.
 */
class SpecialisedReferralProcessIntTest extends ReferralTestSupport {

  @org.springframework.beans.factory.annotation.Autowired
  org.springframework.boot.test.web.client.TestRestTemplate http;

  @Test
  void theKontaktpersonGetsRankedProposalsPreFilledAndTheLederApprovesTheMstReferral() {
    ProcessInstance course = referralProposed(12, "VIOLENCE", "CRIME");
    Task preparation = task(course, "Task_PrepareReferral");

    assertThat(taskService.getVariable(preparation.getId(), "referralMeasure")).isEqualTo("MST");
    assertThat((String) taskService.getVariable(preparation.getId(), "proposalsSummary"))
        .startsWith("2 av Bufetats tiltak passer: MST – multisystemisk terapi, RFT");
    assertThat((String) taskService.getVariable(preparation.getId(), "proposalsText"))
        .startsWith("1. **MST – multisystemisk terapi** · passer · Bufetat · 12–17 år · 3–6 måneder")
        .contains("✓ Passer for vold eller trusler, kriminalitet.")
        .contains("✗ Ingen av barnets problemområder: tiltaket er for fysisk mishandling i hjemmet, omsorgssvikt.")
        .doesNotContain("null");
    assertThat(Spin.JSON(taskService.getVariable(preparation.getId(), "measureOptions")).elements())
        .extracting(o -> o.prop("value").stringValue()).startsWith("MST", "RFT")
        .doesNotContain("PMTO");
    assertThat(taskService.getVariable(preparation.getId(), "triedMeasures"))
        .isEqualTo("Tiltak i tiltaksplanen: veiledning (evaluert 1 gang).");
    assertThat(referral(course).status()).isEqualTo(ReferralStatus.DRAFT);

    prepareAndSend(course);
    assertThat(task(course, "Task_ApproveReferral").getAssignee()).isNull();
    assertThat(taskService.createTaskQuery().taskCandidateGroup("leder-" + SERVICE)
        .processInstanceBusinessKey(course.getBusinessKey()).count()).isEqualTo(1);
    assertThat(referral(course).status()).isEqualTo(ReferralStatus.PREPARED);
    assertThat(referral(course).measureCode()).isEqualTo("MST");

    approveAsLeder(course);

    Referral sent = referral(course);
    assertThat(sent.status()).isEqualTo(ReferralStatus.SENT);
    assertThat(sent.sentAt()).isNotNull();
    assertThat(jdbc.queryForObject("select approved_by from gm_referral where id = ?", String.class, sent.id()))
        .isEqualTo(LEDER);
    assertThat(referralInstance(course)).isWaitingAt("Task_RecordBufetatDecision");
    assertThat((String) runtimeService.getVariable(referralInstance(course).getId(), "referralSentText"))
        .contains("innen 14 dager");
  }

  @Test
  void aGrantedMeasureRunsAlongsideTheCourseAndItsEgenandelFollowsEachYearsRate() {
    ProcessInstance course = referralSent();
    int year = today().getYear() + 1;
    BigDecimal thisYear = rate("MST", year, 15400);
    BigDecimal nextYear = rate("MST", year + 1, 15900);
    LocalDate start = LocalDate.of(year, 12, 1);
    complete(course, "Task_RecordBufetatDecision", Map.of("bufetatDecision", "GRANTED",
        "bufetatDecisionDate", today().toString(), "specialisedMeasureStart", start.toString()));

    assertThat(variable(course, "referralOutcome")).isEqualTo("GRANTED");
    assertThat(course).isWaitingAt("Gateway_AwaitEvaluation", "CallActivity_SpecialisedMeasure");
    assertThat(referral(course).status()).isEqualTo(ReferralStatus.GRANTED);
    assertThat(referral(course).decisionSource()).isEqualTo("CASEWORKER");
    assertThat(referral(course).measureStart()).isEqualTo(start);
    Task end = task(course, "Task_RecordMeasureEnd");
    assertThat(taskService.getVariable(end.getId(), "specialisedMeasureStart")).isEqualTo(start.toString());

    // The course goes on meanwhile: the evaluation comes on its date, and the course is not closed while the
    // measure runs.
    evaluationDateReached(course);
    assertThatThrownBy(() -> evaluate(course, "CLOSE"))
        .hasMessageContaining("Forløpet kan ikke avsluttes mens det spesialiserte tiltaket fra Bufetat pågår")
        .hasMessageContaining("Registrer først at tiltaket er avsluttet");
    evaluate(course, "CONTINUE");

    LocalDate last = LocalDate.of(year + 1, 1, 31);
    ClockUtil.setCurrentTime(java.sql.Timestamp.valueOf(last.plusDays(1).atTime(9, 0)));
    complete(course, "Task_RecordMeasureEnd", Map.of("specialisedMeasureStart", start.toString(),
        "specialisedMeasureEnd", last.toString(), "specialisedMeasureEndReason", "COMPLETED"));

    Referral ended = referral(course);
    assertThat(ended.status()).isEqualTo(ReferralStatus.ENDED);
    assertThat(ended.measureEnd()).isEqualTo(last);
    assertThat(ended.egenandelTotalNok()).isEqualByComparingTo(thisYear.add(nextYear));
    assertThat((String) variable(course, "egenandelText")).contains("desember " + year).contains("januar " + (year + 1));
    assertThat(course).hasPassed("EndEvent_SpecialisedMeasureEnded").isWaitingAt("Gateway_AwaitEvaluation");
  }

  @Test
  void aPlanRevisedWhileTheMeasureRunsIsWhatTheCourseKeepsWhenTheMeasureEnds() {
    ProcessInstance course = referralSent();
    complete(course, "Task_RecordBufetatDecision", Map.of("bufetatDecision", "GRANTED",
        "bufetatDecisionDate", today().toString(), "specialisedMeasureStart", today().toString()));

    // While MST runs, the evaluation revises the plan: new goals, and a support measure beside the guidance
    evaluationDateReached(course);
    evaluate(course, "REVISE");
    Map<String, Object> revised = new java.util.HashMap<>(plan("veiledning", "stottende"));
    revised.put("goals", Spin.JSON("[{\"goal\":\"Trygg skolevei\",\"indicator\":\"Går alene hver dag\"}]"));
    revised.put("measureDescription", "Veiledning og støttekontakt");
    revised.put("evaluationDate", today().plusMonths(2).toString());
    complete(course, "Task_ReviseMeasurePlan", revised);
    String support = task(course, "Task_StartSupportMeasure").getId();
    String guidance = task(course, "Task_LogGuidanceSession").getId();

    complete(course, "Task_RecordMeasureEnd", Map.of("specialisedMeasureStart", today().toString(),
        "specialisedMeasureEnd", today().toString(), "specialisedMeasureEndReason", "ENDED_EARLY",
        "specialisedMeasureEndNote", "Familien flyttet til en annen bydel"));

    // The measure brings back only what it recorded ...
    assertThat(course).hasPassed("EndEvent_SpecialisedMeasureEnded");
    assertThat((String) variable(course, "specialisedMeasureInPlan")).contains("avsluttet før tiden");
    assertThat(variable(course, "specialisedMeasureEndReason")).isEqualTo("ENDED_EARLY");
    assertThat(variable(course, "specialisedMeasureEndNote")).isEqualTo("Familien flyttet til en annen bydel");
    assertThat(variable(course, "egenandelTotalNok")).isNotNull();
    // ... and the course keeps the plan revised meanwhile, with its measures running as they were
    assertThat(variable(course, "measureDescription")).isEqualTo("Veiledning og støttekontakt");
    assertThat(variable(course, "goals").toString()).contains("Trygg skolevei").doesNotContain("Faste leggetider");
    assertThat(variable(course, "planVersion")).isEqualTo(2);
    assertThat(variable(course, "evaluationDateText")).isEqualTo(Days.text(today().plusMonths(2)));
    assertThat(variable(course, "supportStatus")).isEqualTo("RUNNING");
    assertThat(variable(course, "guidanceStatus")).isEqualTo("RUNNING");
    assertThat(task(course, "Task_StartSupportMeasure").getId()).isEqualTo(support);
    assertThat(task(course, "Task_LogGuidanceSession").getId()).isEqualTo(guidance);
    assertThat(course).hasNotPassed("Boundary_SupportDropped");
  }

  @Test
  void theEndOfAMeasureIsRecordedWhenItHasHappened() {
    ProcessInstance course = referralSent();
    complete(course, "Task_RecordBufetatDecision", Map.of("bufetatDecision", "GRANTED",
        "bufetatDecisionDate", today().toString(), "specialisedMeasureStart", today().toString()));
    String taskId = task(course, "Task_RecordMeasureEnd").getId();

    assertThatThrownBy(() -> taskService.complete(taskId, Map.of("specialisedMeasureStart", today().toString(),
        "specialisedMeasureEnd", today().plusDays(30).toString(), "specialisedMeasureEndReason", "COMPLETED")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Siste dag i tiltaket kan ikke være fram i tid");
    assertThatThrownBy(() -> taskService.complete(taskId, Map.of("specialisedMeasureStart", today().toString(),
        "specialisedMeasureEnd", today().minusDays(1).toString(), "specialisedMeasureEndReason", "COMPLETED")))
        .hasMessageContaining("Siste dag i tiltaket kan ikke være før oppstart");
    assertThatThrownBy(() -> taskService.complete(taskId, Map.of("specialisedMeasureStart",
        today().minusYears(3).toString(), "specialisedMeasureEnd", today().toString(),
        "specialisedMeasureEndReason", "COMPLETED")))
        .hasMessageContaining("Faktisk oppstart kan ikke være før Bufetats avgjørelse");
    assertThat(referral(course).status()).isEqualTo(ReferralStatus.GRANTED);
  }

  @Test
  void aRefusalEnteredByTheCaseworkerGoesBackToPlanRevisionWithTheReason() {
    ProcessInstance course = referralSent();

    assertThat(backToPlanRevision(course, ReferralStatus.REFUSED, "Ikke grunnlag for MST nå"))
        .isEqualTo("Bufetat ga ikke tilbud om MST – multisystemisk terapi " + Days.text(today())
            + ": Ikke grunnlag for MST nå");
    assertThat(referral(course).statusReason()).isEqualTo("Ikke grunnlag for MST nå");
  }

  @Test
  void theServiceMayWithdrawTheReferralWhileItWaits() {
    ProcessInstance course = referralSent();

    assertThat(backToPlanRevision(course, ReferralStatus.WITHDRAWN, "Familien har flyttet"))
        .endsWith("ble trukket " + Days.text(today()) + ": Familien har flyttet");
  }

  /**
   * Records a decision that gives no measure: the referral takes that status and the course goes back to revising the
   * plan, with the note the revision shows (returned).
   */
  private String backToPlanRevision(ProcessInstance course, ReferralStatus decision, String reason) {
    complete(course, "Task_RecordBufetatDecision", Map.of("bufetatDecision", decision.name(),
        "bufetatDecisionDate", today().toString(), "bufetatDecisionReason", reason));

    assertThat(variable(course, "referralOutcome")).isEqualTo(decision.name());
    assertThat(course).isWaitingAt("Task_ReviseMeasurePlan");
    assertThat(referral(course).status()).isEqualTo(decision);
    return (String) variable(course, "referralOutcomeNote");
  }

  @Test
  void aDecisionWithoutItsDatesOrReasonIsRefusedInNorwegianAndNothingIsLost() {
    ProcessInstance course = referralSent();
    String taskId = task(course, "Task_RecordBufetatDecision").getId();

    assertThatThrownBy(() -> taskService.complete(taskId, Map.of("bufetatDecision", "GRANTED")))
        .hasMessageContaining("«Dato for avgjørelsen» må fylles ut.").hasMessageContaining("«Oppstart av tiltaket» må fylles ut.");
    assertThatThrownBy(() -> taskService.complete(taskId, Map.of("bufetatDecision", "REFUSED",
        "bufetatDecisionDate", today().plusDays(1).toString(), "bufetatDecisionReason", "Ikke grunnlag")))
        .hasMessageContaining("kan ikke være fram i tid");
    assertThat(task(course, "Task_RecordBufetatDecision").getId()).isEqualTo(taskId);
    assertThat(referral(course).status()).isEqualTo(ReferralStatus.SENT);
  }

  @Test
  void theKontaktpersonCannotApproveTheirOwnReferralWhateverTheClient() {
    ProcessInstance course = referralProposed(12, "VIOLENCE");
    prepareAndSend(course);
    String taskId = task(course, "Task_ApproveReferral").getId();

    identityService.setAuthentication(KONTAKTPERSON, List.of("kontaktperson-" + SERVICE), List.of(SERVICE));
    try {
      assertThatThrownBy(() -> taskService.claim(taskId, KONTAKTPERSON)).isInstanceOf(Refusal.class);
      assertThatThrownBy(() -> taskService.complete(taskId, Map.of("referralApproval", "APPROVED")))
          .isInstanceOf(Refusal.class).hasMessageContaining("Dette steget er ikke ditt");
    } finally {
      identityService.clearAuthentication();
    }
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    assertThat(http.withBasicAuth(KONTAKTPERSON, "demo").exchange("/engine-rest/task/" + taskId + "/complete",
        org.springframework.http.HttpMethod.POST, new org.springframework.http.HttpEntity<>(
            "{\"variables\":{\"referralApproval\":{\"value\":\"APPROVED\"}}}", headers), String.class)
        .getStatusCode().value()).isEqualTo(403);
    assertThat(task(course, "Task_ApproveReferral").getAssignee()).isNull();
    assertThat(jdbc.queryForObject("select approved_by from gm_referral where id = ?", String.class,
        referral(course).id())).isNull();
  }

  @Test
  void theLederMayRejectTheReferralWithAReasonTheKontaktpersonSees() {
    ProcessInstance course = referralProposed(12, "VIOLENCE");
    prepareAndSend(course);
    String taskId = task(course, "Task_ApproveReferral").getId();
    assertThatThrownBy(() -> taskService.complete(taskId, Map.of("referralApproval", "REJECTED")))
        .hasMessageContaining("Skriv hvorfor henvisningen ikke godkjennes");

    complete(course, "Task_ApproveReferral", Map.of("referralApproval", "REJECTED",
        "referralApprovalComment", "Prøv RFT først"));

    assertThat(variable(course, "referralOutcome")).isEqualTo("NOT_APPROVED");
    assertThat(course).isWaitingAt("Task_ReviseMeasurePlan");
    assertThat((String) variable(course, "referralOutcomeNote")).endsWith(": Prøv RFT først");
    assertThat(referral(course).status()).isEqualTo(ReferralStatus.NOT_APPROVED);
  }

  @Test
  void whenNothingFitsTheAnswerIsExplainedAndTheKontaktpersonMayDecideNotToRefer() {
    ProcessInstance course = referralProposed(5, "SUBSTANCE_USE");
    Task preparation = task(course, "Task_PrepareReferral");
    assertThat((String) taskService.getVariable(preparation.getId(), "proposalsSummary"))
        .startsWith("Ingen av Bufetats tiltak i katalogen passer for barnet nå");
    assertThat(taskService.getVariable(preparation.getId(), "referralMeasure")).isNull();
    assertThatThrownBy(() -> taskService.complete(preparation.getId(), preparation(course,
        Map.of("referralAction", "DO_NOT_REFER")))).hasMessageContaining("«Hvorfor henvises det ikke?» må fylles ut");

    complete(course, "Task_PrepareReferral", preparation(course, Map.of("referralAction", "DO_NOT_REFER",
        "referralNotSentReason", "Ingen tiltak passer; styrker veiledningen")));

    assertThat(variable(course, "referralOutcome")).isEqualTo("NOT_SENT");
    assertThat(course).isWaitingAt("Task_ReviseMeasurePlan");
    assertThat(referral(course).status()).isEqualTo(ReferralStatus.NOT_SENT);
    assertThat((String) variable(course, "referralOutcomeNote")).endsWith("styrker veiledningen");
  }

  @Test
  void changedProblemAreasAreRecalculatedBeforeTheReferralIsSent() {
    ProcessInstance course = referralProposed(10, "NEGLECT");
    assertThat(taskService.getVariable(task(course, "Task_PrepareReferral").getId(), "referralMeasure"))
        .isEqualTo("MST_CAN");

    complete(course, "Task_PrepareReferral", preparation(course, Map.of("referralAction", "RECALCULATE",
        "problemAreas", json("FAMILY_CONFLICT"))));

    Task again = task(course, "Task_PrepareReferral");
    assertThat(taskService.getVariable(again.getId(), "referralMeasure")).isEqualTo("FAMILIEN_I_FOKUS");
    assertThat((String) taskService.getVariable(again.getId(), "proposalsText"))
        .startsWith("1. **Familien i Fokus**");
    assertThat(referral(course).status()).isEqualTo(ReferralStatus.DRAFT);
  }

  @Test
  void referringToAMeasureThatDoesNotFitNeedsAReason() {
    ProcessInstance course = referralProposed(12, "NEGLECT");
    String taskId = task(course, "Task_PrepareReferral").getId();
    Map<String, Object> mst = preparation(course, Map.of("referralAction", "SEND", "referralMeasure", "MST",
        "referralReason", "Alvorlig", "triedMeasures", "Veiledning"));
    assertThatThrownBy(() -> taskService.complete(taskId, mst))
        .hasMessageContaining("«MST – multisystemisk terapi» passer ikke etter katalogen: Ingen av barnets"
            + " problemområder");

    Map<String, Object> withReason = new java.util.HashMap<>(mst);
    withReason.put("referralDeviationReason", "Atferden er hovedproblemet, se rapport fra skolen");
    complete(course, "Task_PrepareReferral", withReason);

    assertThat(referral(course).status()).isEqualTo(ReferralStatus.PREPARED);
    assertThat(jdbc.queryForObject("select deviation_reason from gm_referral where id = ?", String.class,
        referral(course).id())).startsWith("Atferden er hovedproblemet");
  }

  @Test
  void aReminderFiresWhenBufetatHasNotAnsweredWithoutCancellingTheWait() {
    ProcessInstance course = referralSent();
    Job reminder = reminderTimer(course);
    assertThat(reminder.getDuedate()).isCloseTo(Date.from(ClockUtil.getCurrentTime().toInstant()
        .plus(Duration.ofDays(14))), 60_000);

    managementService.executeJob(reminder.getId());

    assertThat(openTasks(course)).containsExactly("Task_RecordBufetatDecision", "Task_RemindBufetat");
    assertThat(task(course, "Task_RemindBufetat").getAssignee()).isEqualTo(KONTAKTPERSON);
    complete(course, "Task_RemindBufetat", Map.of("bufetatChasedOn", today().toString(),
        "bufetatChaseNote", "Svar kommer neste uke"));
    assertThat(openTasks(course)).containsExactly("Task_RecordBufetatDecision");
    assertThat(referralInstance(course)).hasPassed("EndEvent_BufetatReminded");
  }

  @Test
  void aDecisionEnteredWhileAReminderIsOpenClosesTheReminder() {
    ProcessInstance course = referralSent();
    managementService.executeJob(reminderTimer(course).getId());

    complete(course, "Task_RecordBufetatDecision", Map.of("bufetatDecision", "REFUSED",
        "bufetatDecisionDate", today().toString(), "bufetatDecisionReason", "Venteliste"));

    assertThat(openTasks(course)).containsExactly("Task_ReviseMeasurePlan");
  }

  @Test
  void consentWithdrawnWhileTheReferralIsPreparedMarksItWithdrawn() {
    ProcessInstance course = referralProposed(12, "VIOLENCE");
    Referral draft = referral(course);

    withdrawConsent(course);

    assertThat(referrals.find(draft.id()).orElseThrow().status()).isEqualTo(ReferralStatus.WITHDRAWN);
  }

  @Test
  void consentWithdrawnWhileBufetatDecidesMarksTheReferralWithdrawn() {
    ProcessInstance course = referralSent();
    Referral sent = referral(course);

    withdrawConsent(course);

    Referral withdrawn = referrals.find(sent.id()).orElseThrow();
    assertThat(withdrawn.status()).isEqualTo(ReferralStatus.WITHDRAWN);
    assertThat(withdrawn.statusReason()).contains("samtykket er trukket");
    assertThat(withdrawn.measureEnd()).isNull();
    assertThat(managementService.createJobQuery().processInstanceId(sent.processInstanceId()).count()).isZero();
  }

  @Test
  void consentWithdrawnWhileTheMeasureRunsEndsItTodayWithItsEgenandelSoFar() {
    ProcessInstance course = referralSent();
    complete(course, "Task_RecordBufetatDecision", Map.of("bufetatDecision", "GRANTED",
        "bufetatDecisionDate", today().toString(), "specialisedMeasureStart", today().toString()));
    Referral granted = referral(course);

    withdrawConsent(course);

    Referral withdrawn = referrals.find(granted.id()).orElseThrow();
    assertThat(withdrawn.status()).isEqualTo(ReferralStatus.WITHDRAWN);
    assertThat(withdrawn.measureEnd()).isEqualTo(today());
    assertThat(withdrawn.egenandelTotalNok()).isNotNull();
  }

  private void withdrawConsent(ProcessInstance course) {
    runtimeService.createMessageCorrelation("ConsentWithdrawn").processInstanceId(course.getId()).correlate();
    assertThat(openTasks(course)).containsExactly("Task_RecordConsentWithdrawal");
  }
}
