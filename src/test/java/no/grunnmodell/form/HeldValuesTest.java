package no.grunnmodell.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whether a form takes what a course already holds, as the Tasklist would fill it in and send it back. */
class HeldValuesTest {

  private static final LocalDate TODAY = RealForms.TODAY;

  private static FormDefinition form(String name) {
    return RealForms.named(name);
  }

  @Test
  void whatTheCourseHoldsPassesAFormThatStillOffersIt() {
    Map<String, Object> held = new HashMap<>();
    held.put("consentDecision", "GIVEN");
    held.put("consentGivenBy", List.of("mor"));
    held.put("caseReference", "2026-00123");

    assertThat(HeldValues.problems(form("samtykke"), held, TODAY)).isEmpty();
  }

  @Test
  void fieldsTheCourseHoldsNothingForAreTheCaseworkersToFillIn() {
    // consentDate and childView are required, and empty here: not the new form's refusal.
    assertThat(HeldValues.problems(form("samtykke"), Map.of("consentDecision", "GIVEN"), TODAY)).isEmpty();
  }

  @Test
  void anAnswerTheFormNoLongerOffersIsRefusedByField() {
    List<FormProblem> problems = HeldValues.problems(form("samtykke"), Map.of("consentDecision", "MAYBE"), TODAY);

    assertThat(problems).extracting(FormProblem::field).containsExactly("consentDecision");
  }

  @Test
  void aFieldTheFormHidesIsNotFilledInSoNotJudged() {
    // refusalNote shows only after a refusal; with consent given the Tasklist neither shows nor sends it.
    Map<String, Object> held = Map.of("consentDecision", "GIVEN", "refusalNote", List.of("not text"));

    assertThat(HeldValues.problems(form("samtykke"), held, TODAY)).isEmpty();
  }

  @Test
  void theKeysAreWhatTheFormSubmits() {
    assertThat(HeldValues.keys(form("samtykke"))).contains("consentDecision", "consentGivenBy", "childView")
        .doesNotContain("caseReference");
  }
}
