package no.grunnmodell.specialised.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.grunnmodell.audit.AuditTrail;
import no.grunnmodell.platform.Days;
import no.grunnmodell.platform.Refusal;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a referral to Bufetat rests on: problems that could otherwise lead to a placement outside the home, and the
 * family's consent to the referral and to sharing information with Bufetat. Both are asked in «Forbered henvisning
 * til Bufetat», kept with the referral and recorded in the audit trail; a granted measure is written into the plan.
 */
class ReferralGroundsProcessIntTest extends ReferralTestSupport {

  @Autowired AuditTrail auditTrail;

  @Test
  void aReferralWithoutTheFamilysConsentIsRefusedUntilTheyConsent() {
    ProcessInstance course = referralProposed(12, "VIOLENCE", "CRIME");
    String taskId = task(course, "Task_PrepareReferral").getId();

    assertThatThrownBy(() -> taskService.complete(taskId, send(course, Map.of("bufetatSharingConsent", "REFUSED"))))
        .satisfies(e -> assertThat(Refusal.in(e)).as("a refusal").isNotNull())
        .hasMessageContaining("Henvisningen sendes bare når familien har samtykket både til henvisningen og til at "
            + "opplysninger deles med Bufetat.");
    assertThatThrownBy(() -> taskService.complete(taskId, send(course, Map.of("referralConsent", "NOT_ASKED",
        "referralConsentDate", ""))))
        .hasMessageContaining("Henvisningen sendes bare når familien har samtykket");
    assertThat(referral(course).status()).isEqualTo(ReferralStatus.DRAFT);
    assertThat(auditTrail.forCourse(courseId(course))).extracting(AuditTrail.Entry::eventType)
        .doesNotContain("REFERRAL_CONSENT");

    complete(course, "Task_PrepareReferral", send(course, Map.of()));

    assertThat(referral(course).status()).isEqualTo(ReferralStatus.PREPARED);
  }

  @Test
  void theFamilysConsentsAreRecordedWithWhoAndWhenAndKeptWithTheReferral() {
    ProcessInstance course = referralProposed(12, "VIOLENCE", "CRIME");
    identityService.setAuthentication(KONTAKTPERSON, List.of("kontaktperson-" + SERVICE), List.of(SERVICE));
    try {
      complete(course, "Task_PrepareReferral", send(course, Map.of("referralConsentDate",
          today().minusDays(2).toString())));
    } finally {
      identityService.clearAuthentication();
    }

    assertThat(auditTrail.forCourse(courseId(course)))
        .filteredOn(e -> e.step().equals("Task_PrepareReferral"))
        .extracting(AuditTrail.Entry::eventType, AuditTrail.Entry::decision, AuditTrail.Entry::actor)
        .containsExactlyInAnyOrder(tuple("REFERRAL_CONSENT", "GIVEN", KONTAKTPERSON),
            tuple("BUFETAT_SHARING_CONSENT", "GIVEN", KONTAKTPERSON));
    Map<String, Object> row = jdbc.queryForMap("select placement_risk, referral_consent, sharing_consent,"
        + " consent_date from gm_referral where id = ?", referral(course).id());
    assertThat(row).containsEntry("PLACEMENT_RISK", "YES").containsEntry("REFERRAL_CONSENT", "GIVEN")
        .containsEntry("SHARING_CONSENT", "GIVEN");
    assertThat(row.get("CONSENT_DATE").toString()).isEqualTo(today().minusDays(2).toString());
    assertThat((String) runtimeService.getVariable(referralInstance(course).getId(), "referralGroundsText"))
        .contains("**Kan problemene føre til plassering utenfor hjemmet?** Ja.")
        .contains("til henvisningen og til at opplysninger deles med Bufetat, gitt "
            + Days.text(today().minusDays(2)));
  }

  @Test
  void aFamilyThatSaysNoIsOnRecordWhenTheKontaktpersonDoesNotRefer() {
    ProcessInstance course = referralProposed(12, "VIOLENCE");
    complete(course, "Task_PrepareReferral", preparation(course, Map.of("referralAction", "DO_NOT_REFER",
        "referralConsent", "REFUSED", "bufetatSharingConsent", "REFUSED",
        "referralNotSentReason", "Familien vil ikke ha MST")));

    assertThat(referral(course).status()).isEqualTo(ReferralStatus.NOT_SENT);
    assertThat(jdbc.queryForObject("select referral_consent from gm_referral where id = ?", String.class,
        referral(course).id())).isEqualTo("REFUSED");
    assertThat(auditTrail.forCourse(courseId(course)))
        .extracting(AuditTrail.Entry::eventType, AuditTrail.Entry::decision)
        .contains(tuple("REFERRAL_CONSENT", "REFUSED"), tuple("BUFETAT_SHARING_CONSENT", "REFUSED"));
  }

  @Test
  void recalculatingAsksNothingOfTheConsentsAndRecordsNone() {
    ProcessInstance course = referralProposed(10, "NEGLECT");
    complete(course, "Task_PrepareReferral", preparation(course, Map.of("referralAction", "RECALCULATE",
        "problemAreas", json("FAMILY_CONFLICT"))));

    assertThat(auditTrail.forCourse(courseId(course))).extracting(AuditTrail.Entry::eventType)
        .doesNotContain("REFERRAL_CONSENT", "BUFETAT_SHARING_CONSENT");
  }

  @Test
  void problemsThatWouldNotJustifyAPlacementAreReferredOnlyWithAReason() {
    ProcessInstance course = referralProposed(12, "VIOLENCE");
    String taskId = task(course, "Task_PrepareReferral").getId();

    assertThatThrownBy(() -> taskService.complete(taskId, send(course, Map.of("placementRisk", "NO"))))
        .satisfies(e -> assertThat(Refusal.in(e)).as("a refusal").isNotNull())
        .hasMessageContaining("Bufetat tilbyr spesialiserte hjelpetiltak når barnets problemer ellers kan gi "
            + "grunnlag for plassering i fosterhjem eller institusjon, og du har svart at de ikke vil det. Skriv "
            + "hvorfor du likevel henviser, eller velg «Ikke henvis».");
    assertThat(referral(course).status()).isEqualTo(ReferralStatus.DRAFT);

    complete(course, "Task_PrepareReferral", send(course, Map.of("placementRisk", "NO",
        "placementRiskReason", "Volden øker raskt; skolen frykter at den eskalerer")));

    assertThat(referral(course).status()).isEqualTo(ReferralStatus.PREPARED);
    assertThat(jdbc.queryForObject("select placement_risk_reason from gm_referral where id = ?", String.class,
        referral(course).id())).startsWith("Volden øker raskt");
    assertThat((String) runtimeService.getVariable(referralInstance(course).getId(), "referralGroundsText"))
        .contains("Nei. Henvises likevel fordi: Volden øker raskt");
  }

  @Test
  void anUncertainAnswerNeedsTheProblemLoadDescribed() {
    ProcessInstance course = referralProposed(12, "VIOLENCE");
    String taskId = task(course, "Task_PrepareReferral").getId();

    assertThatThrownBy(() -> taskService.complete(taskId, send(course, Map.of("placementRisk", "UNCERTAIN"))))
        .hasMessageContaining("Du er usikker på om problemene kan føre til plassering utenfor hjemmet");
    assertThatThrownBy(() -> taskService.complete(taskId, send(course, Map.of("placementRisk", ""))))
        .hasMessageContaining("«Kan barnets problemer føre til plassering utenfor hjemmet hvis familien ikke får"
            + " mer hjelp?» må fylles ut.");
  }

  @Test
  void theReasonForReferringAndWhatWasTriedAreRequired() {
    ProcessInstance course = referralProposed(12, "VIOLENCE");
    String taskId = task(course, "Task_PrepareReferral").getId();

    assertThatThrownBy(() -> taskService.complete(taskId, send(course, Map.of("referralReason", ""))))
        .hasMessageContaining("«Hvorfor er de kommunale tiltakene ikke nok?» må fylles ut.");
  }

  @Test
  void aConsentDatedInTheFutureIsRefused() {
    ProcessInstance course = referralProposed(12, "VIOLENCE");
    String taskId = task(course, "Task_PrepareReferral").getId();

    assertThatThrownBy(() -> taskService.complete(taskId, send(course, Map.of("referralConsentDate",
        today().plusDays(1).toString())))).hasMessageContaining("Datoen familien samtykket kan ikke være fram i tid.");
  }

  @Test
  void aGrantedMeasureIsWrittenIntoThePlanAndRewrittenWhenItEnds() {
    ProcessInstance course = referralSent();
    LocalDate granted = today();
    LocalDate start = granted.plusDays(10);
    complete(course, "Task_RecordBufetatDecision", Map.of("bufetatDecision", "GRANTED",
        "bufetatDecisionDate", granted.toString(), "specialisedMeasureStart", start.toString()));

    assertThat(variable(course, "specialisedMeasureInPlan")).isEqualTo("MST – multisystemisk terapi fra "
        + Days.text(start) + ", innvilget av Bufetat " + Days.text(granted));

    LocalDate end = start.plusMonths(4);
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(Days.toDate(end.plusDays(1)));
    complete(course, "Task_RecordMeasureEnd", Map.of("specialisedMeasureStart", start.toString(),
        "specialisedMeasureEnd", end.toString(), "specialisedMeasureEndReason", "ENDED_EARLY"));

    assertThat(variable(course, "specialisedMeasureInPlan")).isEqualTo("MST – multisystemisk terapi "
        + Days.text(start) + "–" + Days.text(end) + ", innvilget av Bufetat " + Days.text(granted)
        + ": avsluttet før tiden");
  }

  /** «Send henvisningen til leder» with the pre-filled measure and a reason, changed by {@code changes}. */
  private Map<String, Object> send(ProcessInstance course, Map<String, Object> changes) {
    Map<String, Object> answers = new HashMap<>(Map.of("referralAction", "SEND",
        "referralReason", "Vold hjemme og på skolen tross veiledning"));
    answers.putAll(changes);
    return preparation(course, answers);
  }

  private String courseId(ProcessInstance course) {
    return (String) runtimeService.getVariable(course.getId(), "courseId");
  }
}
