package no.grunnmodell.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.grunnmodell.form.FormInput;
import no.grunnmodell.platform.Days;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * The aftercare vedtak (barnevernsloven § 3-6: an avgjørelse that measures continue, are replaced or end is an
 * enkeltvedtak): made by the service's leder with reasons, the young person's view and the klage information, when
 * aftercare is granted or refused, changed by a revised plan, and ended at closure or before the age limit. Each
 * is a row in the audit trail with the decision, who made it and when.
 */
class AftercareDecisionProcessIntTest extends AftercareTestSupport {

  @Test
  void aYoungPersonWhoSaysYesGetsAVedtakFromTheLederAndAftercareStarts() throws Exception {
    ProcessInstance course = start(newCaseReference(), today().minusYears(18));
    converse(course, "GIVEN");

    assertThat(course).isWaitingAt("Task_DecideAftercare");
    Task step = task(course, "Task_DecideAftercare");
    assertThat(step.getDueDate()).isEqualTo(Days.toDate(today().plusDays(15)).toInstant().minusSeconds(1));
    assertThat(step.getDescription()).contains("enkeltvedtak (barnevernsloven § 3-6)");
    checkForm(course, "Task_DecideAftercare", "ettervern-vedtak");
    grant(course);

    assertThat(course).isWaitingAt("Task_WhatMattersConversation");
    assertThat(variable(course, "aftercareDecision")).isEqualTo("GRANTED");
    assertThat(variable(course, "aftercareGranted")).isEqualTo(true);
    assertThat(variable(course, "aftercareDecidedBy")).isEqualTo(LEDER);
    assertThat(variable(course, "aftercareDecisionDateText")).isEqualTo(Days.text(today()));
    assertThat(audit(course)).containsExactly(
        List.of("CONSENT", "GIVEN", KONTAKTPERSON, "Task_AftercareConversation"),
        List.of("AFTERCARE_DECISION", "GRANTED", LEDER, "Task_DecideAftercare"));
  }

  @Test
  void onlyTheLederMakesTheVedtak() {
    ProcessInstance course = start(newCaseReference(), today().minusYears(19));
    driveTo(course, "DECISION");
    String taskId = task(course, "Task_DecideAftercare").getId();

    // The kontaktperson sees the step but may not work it; the tiltaksarbeider does not even see it.
    Map<String, String> refusals = Map.of("kontaktperson", "Dette steget er ikke ditt",
        "tiltaksarbeider", "Fant ikke steget");
    refusals.forEach((role, refusal) -> {
      identityService.setAuthentication(SERVICE + "-" + role, List.of(role + "-" + SERVICE), List.of(SERVICE));
      assertThatThrownBy(() -> taskService.complete(taskId, vedtak("GRANTED"))).as(role)
          .hasMessageContaining(refusal);
      identityService.clearAuthentication();
    });
    assertThat(course).isWaitingAt("Task_DecideAftercare");
  }

  @Test
  void aVedtakNeedsReasonsTheYoungPersonsViewTheKlageInformationAndADateThatHasCome() {
    ProcessInstance course = start(newCaseReference(), today().minusYears(20));
    driveTo(course, "DECISION");
    String taskId = task(course, "Task_DecideAftercare").getId();

    Map<String, String> missing = Map.of(
        "aftercareDecisionReasons", "«Begrunnelse» må fylles ut",
        "aftercareDecisionYoungPersonView", "«Den unges syn» må fylles ut",
        "complaintRightsInformed", "må krysses av",
        "aftercareDecisionDate", "«Vedtaksdato» må fylles ut");
    missing.forEach((field, message) -> {
      Map<String, Object> values = vedtak("GRANTED");
      values.remove(field);
      asLeder(() -> assertThatThrownBy(() -> taskService.complete(taskId, values)).as(field)
          .hasMessageContaining(message));
    });
    Map<String, Object> changed = vedtak("CHANGED");
    asLeder(() -> assertThatThrownBy(() -> taskService.complete(taskId, changed))
        .hasMessageContaining("«Vedtak» har et svar skjemaet ikke tilbyr"));
    Map<String, Object> tomorrow = vedtak("GRANTED");
    tomorrow.put("aftercareDecisionDate", today().plusDays(1).toString());
    asLeder(() -> assertThatThrownBy(() -> taskService.complete(taskId, tomorrow))
        .hasMessageContaining("Vedtaksdatoen kan ikke være fram i tid"));

    assertThat(course).isWaitingAt("Task_DecideAftercare");
    assertThat(audit(course)).extracting(row -> row.get(0)).containsExactly("CONSENT");
  }

  @Test
  void aRefusedVedtakEndsTheCourseWithItsOwnOutcome() throws Exception {
    ProcessInstance course = start(newCaseReference(), today().minusYears(21));
    driveTo(course, "DECISION");
    decide(course, "Task_DecideAftercare", vedtak("REFUSED"));

    assertThat(course).isEnded().hasPassed("EndEvent_AftercareRefused", "EndEvent_CourseEnded")
        .hasNotPassed("Task_WhatMattersConversation");
    assertThat(variable(course, "outcome")).isEqualTo("AFTERCARE_REFUSED");
    assertThat(variable(course, "aftercareGranted")).isEqualTo(false);
    assertThat(audit(course)).last().isEqualTo(List.of("AFTERCARE_DECISION", "REFUSED", LEDER, "Task_DecideAftercare"));

    ResponseEntity<String> status = http.withBasicAuth(KONTAKTPERSON, "demo")
        .getForEntity("/api/courses/" + variable(course, "courseId"), String.class);
    JsonNode json = new ObjectMapper().readTree(status.getBody());
    assertThat(json.path("state").asText()).isEqualTo("ENDED");
    assertThat(json.path("outcome").asText()).isEqualTo("AFTERCARE_REFUSED");
  }

  @Test
  void aYoungPersonWhoseAftercareWasRefusedMayComeBackAsANewLinkedCourse() {
    String caseReference = newCaseReference();
    ProcessInstance refused = start(caseReference, today().minusYears(21));
    driveTo(refused, "DECISION");
    decide(refused, "Task_DecideAftercare", vedtak("REFUSED"));

    ProcessInstance again = start(caseReference, today().minusYears(21));
    assertThat(again).isWaitingAt("Task_AftercareConversation");
    assertThat(variable(again, "previousProcessInstanceId")).isEqualTo(refused.getId());
  }

  @Test
  void aRevisionThatChangesTheMeasuresNeedsAVedtakAndOneThatDoesNotGoesStraightBackToTheFollowUp() throws Exception {
    ProcessInstance course = start(newCaseReference(), today().minusYears(19));
    driveTo(course, "PLAN_REVISION");
    String taskId = task(course, "Task_RevisePlan").getId();
    Map<String, Object> contradiction = revision(course, false, "veiledning", "stottende");
    assertThatThrownBy(() -> taskService.complete(taskId, contradiction))
        .hasMessageContaining("Den reviderte planen endrer tiltakene, så svar «Ja»");

    complete(course, "Task_RevisePlan", revision(course, false, "veiledning"));
    assertThat(course).hasPassed("Gateway_RevisionMerge").hasNotPassed("Task_DecideAftercareChange")
        .isWaitingAt("Task_LogFollowUpSession");

    evaluationDateReached(course);
    evaluate(course, "REVISE");
    complete(course, "Task_RevisePlan", revision(course, true, "veiledning", "stottende"));
    assertThat(course).isWaitingAt("Task_DecideAftercareChange");
    // A new vedtak starts from an empty form: nothing of the grant's is shown or taken over.
    assertThat(runtimeService.getVariable(course.getId(), "complaintRightsInformed")).isNull();
    assertThat(runtimeService.getVariable(course.getId(), "aftercareDecisionReasons")).isNull();
    assertThat(variable(course, "measuresIntendedUntilText")).isNotNull();
    checkForm(course, "Task_DecideAftercareChange", "ettervern-vedtak-endring");
    decide(course, "Task_DecideAftercareChange", vedtak(null));

    assertThat(course).isWaitingAt("Task_LogFollowUpSession", "Task_StartSupportMeasure");
    // the two evaluations that chose to revise are in the trail as well, before the vedtak
    assertThat(audit(course)).extracting(row -> row.get(0) + "=" + row.get(1)).containsExactly("CONSENT=GIVEN",
        "AFTERCARE_DECISION=GRANTED", "EVALUATION=REVISE", "EVALUATION=REVISE", "AFTERCARE_DECISION=CHANGED");
    assertThat(audit(course)).last().isEqualTo(List.of("AFTERCARE_DECISION", "CHANGED", LEDER,
        "Task_DecideAftercareChange"));
  }

  /** The young person's consents (to aftercare, to sharing with NAV, a withdrawal) are in the audit trail too. */
  @Test
  void theYoungPersonsConsentsAndTheirWithdrawalAreInTheAuditTrail() {
    ProcessInstance course = planAgreed(21, "samarbeid");
    consentToShare(course, true);
    withdrawConsent(course);
    complete(course, "Task_RecordConsentWithdrawal", Map.of("withdrawalDate", today().toString(),
        "withdrawalNote", "Vil klare seg selv", "toldAboutComingBack", true));

    assertThat(course).isEnded().hasPassed("EndEvent_ConsentWithdrawn");
    assertThat(audit(course)).containsExactly(
        List.of("CONSENT", "GIVEN", KONTAKTPERSON, "Task_AftercareConversation"),
        List.of("AFTERCARE_DECISION", "GRANTED", LEDER, "Task_DecideAftercare"),
        List.of("INFORMATION_SHARING_CONSENT", "GIVEN", KONTAKTPERSON, "Task_ConsentInformationSharing"),
        Arrays.asList("CONSENT_WITHDRAWN", null, KONTAKTPERSON, "Task_RecordConsentWithdrawal"));
  }

  @Test
  void closingTheAftercareEndsWithTheLedersVedtakAboutTheEnd() throws Exception {
    ProcessInstance course = start(newCaseReference(), today().minusYears(22));
    driveTo(course, "END_DECISION");
    assertThat(course).isWaitingAt("Task_DecideAftercareEnd");
    checkForm(course, "Task_DecideAftercareEnd", "ettervern-vedtak-avslutning");
    decide(course, "Task_DecideAftercareEnd", vedtak(null));

    assertThat(course).isEnded().hasPassed("EndEvent_CourseClosed");
    assertThat(variable(course, "outcome")).isEqualTo("CLOSED");
    // the evaluation that chose to close and the kontaktperson's closure with its reason come before the vedtak
    assertThat(audit(course)).extracting(row -> row.get(0) + "=" + row.get(1)).containsExactly("CONSENT=GIVEN",
        "AFTERCARE_DECISION=GRANTED", "EVALUATION=CLOSE", "CLOSURE=GOALS_MET", "AFTERCARE_DECISION=ENDED");
    assertThat(audit(course).get(3)).isEqualTo(List.of("CLOSURE", "GOALS_MET", KONTAKTPERSON, "Task_CloseAftercare"));
    assertThat(audit(course)).last().isEqualTo(List.of("AFTERCARE_DECISION", "ENDED", LEDER,
        "Task_DecideAftercareEnd"));
  }

  @Test
  void beforeTheAgeLimitTheLederDecidesTheEndAndTheCourseStillClosesOnTheLastDay() throws Exception {
    ProcessInstance course = start(newCaseReference(), aboutToTurn25());
    LocalDate lastDay = FormInput.date(variable(course, "ageLimitDue"), "ageLimitDue");
    driveTo(course, "STARTUP");
    fireTimer(course, "StartEvent_AgeLimitApproaching");
    complete(course, "Task_PrepareAgeLimitClosure", ageLimitPreparation(lastDay.minusDays(7)));

    assertThat(course).isWaitingAt("Task_DecideAftercareEndAtAgeLimit", "Task_WhatMattersConversation");
    checkForm(course, "Task_DecideAftercareEndAtAgeLimit", "ettervern-vedtak-avslutning");
    decide(course, "Task_DecideAftercareEndAtAgeLimit", vedtak(null));
    assertThat(course).hasPassed("EndEvent_AgeLimitEndDecided").isWaitingAt("Task_WhatMattersConversation");

    fireTimer(course, "Timer_AgeLimitReached");
    assertThat(course).isEnded().hasPassed("EndEvent_AgeLimit");
    assertThat(variable(course, "outcome")).isEqualTo("AGE_LIMIT");
    assertThat(audit(course)).last().isEqualTo(List.of("AFTERCARE_DECISION", "ENDED", LEDER,
        "Task_DecideAftercareEndAtAgeLimit"));
  }
}
