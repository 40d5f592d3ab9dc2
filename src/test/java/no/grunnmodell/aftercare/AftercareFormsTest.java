package no.grunnmodell.aftercare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.grunnmodell.form.FormDefinition;
import no.grunnmodell.form.FormProblem;
import no.grunnmodell.form.FormValidator;
import no.grunnmodell.form.RealForms;
import org.junit.jupiter.api.Test;

/**
 * The aftercare forms as the server enforces them: an answer that contradicts another is refused, and what a form
 * asks only after a given answer is required then and refused otherwise. (Rules that need the course's dates are the
 * listeners', tested in the process tests.)
 */
class AftercareFormsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

  private static List<String> problems(String form, Map<String, Object> submitted, Map<String, Object> stored)
      throws IOException {
    FormDefinition definition = RealForms.named(form);
    return FormValidator.validate(definition, submitted, stored, TODAY).stream().map(FormProblem::field).toList();
  }

  private static Map<String, Object> vedtak() {
    Map<String, Object> values = new HashMap<>();
    values.put("aftercareDecisionReasons", "Behov for støtte til bolig.");
    values.put("aftercareDecisionYoungPersonView", "Vil ha hjelp.");
    values.put("complaintRightsInformed", true);
    values.put("aftercareDecisionDate", TODAY.toString());
    return values;
  }

  @Test
  void theVedtakAboutAftercareIsGrantedOrRefusedAndNothingElse() throws IOException {
    for (String decision : List.of("GRANTED", "REFUSED")) {
      Map<String, Object> values = vedtak();
      values.put("aftercareDecision", decision);
      assertThat(problems("ettervern-vedtak", values, Map.of())).as(decision).isEmpty();
    }
    Map<String, Object> ended = vedtak();
    ended.put("aftercareDecision", "ENDED");
    assertThat(problems("ettervern-vedtak", ended, Map.of())).containsExactly("aftercareDecision");
  }

  @Test
  void aVedtakWithoutTheKlageConfirmationIsRefusedInEveryVedtakForm() throws IOException {
    for (String form : List.of("ettervern-vedtak-endring", "ettervern-vedtak-avslutning")) {
      Map<String, Object> values = vedtak();
      assertThat(problems(form, values, Map.of())).as(form).isEmpty();
      values.put("complaintRightsInformed", false);
      assertThat(problems(form, values, Map.of())).as(form).containsExactly("complaintRightsInformed");
      // The change and the end are the step's decision, not a choice in the form.
      Map<String, Object> withDecision = vedtak();
      withDecision.put("aftercareDecision", "GRANTED");
      assertThat(problems(form, withDecision, Map.of())).as(form).containsExactly("aftercareDecision");
    }
  }

  @Test
  void askedAgainTheComingBackConfirmationBelongsOnlyToAStillNo() throws IOException {
    Map<String, Object> stillNo = new HashMap<>(Map.of("askedAgainDate", TODAY.toString(),
        "askedAgainAnswer", "STILL_NO", "askedAgainYoungPersonView", "Nei takk."));
    assertThat(problems("ettervern-spor-pa-nytt", stillNo, Map.of())).containsExactly("toldAboutComingBack");
    stillNo.put("toldAboutComingBack", true);
    assertThat(problems("ettervern-spor-pa-nytt", stillNo, Map.of())).isEmpty();

    Map<String, Object> changedMind = new HashMap<>(stillNo);
    changedMind.put("askedAgainAnswer", "CHANGED_MIND");
    assertThat(problems("ettervern-spor-pa-nytt", changedMind, Map.of())).containsExactly("toldAboutComingBack");
  }

  @Test
  void onlyARevisionSaysWhetherItChangesTheMeasuresAndThenItMust() throws IOException {
    Map<String, Object> plan = new HashMap<>();
    plan.put("goals", List.of(Map.of("lifeArea", "bolig", "goal", "Egen leilighet")));
    plan.put("measureTracks", List.of("veiledning"));
    plan.put("measureDescription", "Samtale hver uke.");
    plan.put("measuresIntendedUntil", "2027-11-20");
    plan.put("evaluationDate", "2027-02-20");
    plan.put("planAgreedWithYoungPerson", true);
    assertThat(problems("ettervern-plan", plan, Map.of())).isEmpty();
    plan.remove("measuresIntendedUntil");
    assertThat(problems("ettervern-plan", plan, Map.of())).containsExactly("measuresIntendedUntil");
    plan.put("measuresIntendedUntil", "2027-11-20");

    Map<String, Object> agreed = Map.of("agreedMeasureTracks", "[\"veiledning\"]");
    assertThat(problems("ettervern-plan", plan, agreed)).containsExactly("revisionChangesMeasures");
    plan.put("revisionChangesMeasures", "NO");
    assertThat(problems("ettervern-plan", plan, agreed)).isEmpty();
    assertThat(problems("ettervern-plan", plan, Map.of())).containsExactly("revisionChangesMeasures");
  }

  @Test
  void whoTakesOverAtTheAgeLimitIsAskedOnlyWhenSomeoneDoes() throws IOException {
    Map<String, Object> nobody = new HashMap<>(Map.of("plannedClosingConversationDate", "2027-01-10",
        "handoverNeeded", "NO", "handoverNote", "Den unge klarer seg selv."));
    assertThat(problems("ettervern-aldersgrense", nobody, Map.of())).isEmpty();
    nobody.put("handoverTo", List.of("nav"));
    assertThat(problems("ettervern-aldersgrense", nobody, Map.of())).containsExactly("handoverTo");

    Map<String, Object> nav = new HashMap<>(Map.of("plannedClosingConversationDate", "2027-01-10",
        "handoverNeeded", "YES", "handoverNote", "Møte med NAV."));
    assertThat(problems("ettervern-aldersgrense", nav, Map.of())).containsExactly("handoverTo");
  }

  @Test
  void theMeetingsRecordWhetherTheYoungPersonTookPartAndTheirViewOrWhyNot() throws IOException {
    Map<String, Object> meeting = new HashMap<>(Map.of("collaborationMeetingDate", TODAY.toString(),
        "collaborationAgreements", "NAV følger opp arbeid.", "collaborationYoungPersonAttended", "YES",
        "nextCollaborationMeeting", "DONE"));
    assertThat(problems("ettervern-samarbeidsmote", meeting, Map.of())).containsExactly("collaborationYoungPersonView");
    meeting.put("collaborationYoungPersonAttended", "NO");
    assertThat(problems("ettervern-samarbeidsmote", meeting, Map.of()))
        .containsExactly("collaborationWithoutYoungPerson");

    Map<String, Object> session = new HashMap<>(Map.of("sessionDate", TODAY.toString(), "sessionType", "MEETING",
        "sessionTopic", "Bolig", "sessionYoungPersonAttended", "NO", "sessionYoungPersonView", "Bra."));
    assertThat(problems("ettervern-oppfolging", session, Map.of()))
        .containsExactly("sessionYoungPersonView", "sessionWithoutYoungPerson");
  }
}
