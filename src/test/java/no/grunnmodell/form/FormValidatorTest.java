package no.grunnmodell.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A submission checked against the real forms, as the Tasklist would have let it through and no further. */
class FormValidatorTest {

  private static final LocalDate TODAY = RealForms.TODAY;

  private static FormDefinition form(String name) {
    return RealForms.named(name);
  }

  private static List<FormProblem> check(String form, Map<String, Object> submitted) {
    return check(form, submitted, Map.of());
  }

  private static List<FormProblem> check(String form, Map<String, Object> submitted, Map<String, Object> existing) {
    return FormValidator.validate(form(form), submitted, existing, TODAY);
  }

  private static Map<String, Object> consentGiven() {
    Map<String, Object> values = new HashMap<>();
    values.put("consentDecision", "GIVEN");
    values.put("consentGivenBy", List.of("mor", "far"));
    values.put("consentForm", "WRITTEN");
    values.put("consentDate", "2026-03-02");
    values.put("childView", "Barnet vil ha hjelp med leksene.");
    return values;
  }

  private static Map<String, Object> consentRefused() {
    Map<String, Object> values = new HashMap<>();
    values.put("consentDecision", "REFUSED");
    values.put("consentDate", "2026-03-02");
    values.put("childView", "Barnet ville ikke si noe.");
    values.put("refusalNote", "Ny samtale om to uker.");
    return values;
  }

  private static Map<String, Object> intake() {
    Map<String, Object> values = new HashMap<>();
    values.put("firstContactDate", "2026-03-02");
    values.put("dailyCare", "MOTHER");
    values.put("interpreterNeeded", true);
    values.put("interpreterLanguage", "arabisk");
    values.put("adaptationNeeded", false);
    return values;
  }

  private static Map<String, Object> goal(String lifeArea, String goal, String attainment) {
    Map<String, Object> row = new HashMap<>();
    row.put("lifeArea", lifeArea);
    row.put("goal", goal);
    row.put("attainment", attainment);
    return row;
  }

  private static Map<String, Object> aftercareEvaluation(List<Map<String, Object>> goals) {
    Map<String, Object> values = new HashMap<>();
    values.put("evaluationYoungPersonAttended", "YES");
    values.put("youngPersonView", "Det går bedre med skolen.");
    values.put("goals", goals);
    values.put("kontaktpersonView", "Enig.");
    values.put("evaluationOutcome", "CONTINUE");
    values.put("nextEvaluationDate", "2026-06-01");
    return values;
  }

  private static Map<String, Object> aftercareGoalsStored() {
    return Map.of("goals", List.of(Map.of("lifeArea", "bolig", "goal", "Egen leilighet"),
        Map.of("lifeArea", "skole-arbeid", "goal", "Fullføre vg2")));
  }

  private static List<String> fields(List<FormProblem> problems) {
    return problems.stream().map(FormProblem::field).toList();
  }

  @Test
  void everyShippedFormChecksAnEmptySubmissionByNamingOnlyItsFields() throws IOException {
    try (var files = Files.list(Path.of("forms"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        FormDefinition form = FormDefinition.parse(Files.readString(file));
        assertThat(FormValidator.validate(form, Map.of(), Map.of(), TODAY)).as(file.toString())
            .allSatisfy(p -> assertThat(p.norwegian())
                .matches(".*(må fylles ut\\.|må krysses av\\.|skal ha 1 rad;.*)"));
      }
    }
  }

  @Test
  void intakeWithNothingFilledInNamesTheFirstContactDateAndTheDailyCarers() {
    List<FormProblem> problems = check("mottak", Map.of());
    assertThat(fields(problems)).containsExactly("firstContactDate", "dailyCare");
    assertThat(problems.get(0).norwegian()).isEqualTo("«Dato for første kontakt med familien» må fylles ut.");
    assertThat(problems.get(0).english()).isEqualTo("firstContactDate: is required.");
  }

  @Test
  void aCompleteIntakeHasNoProblems() {
    assertThat(check("mottak", intake())).isEmpty();
  }

  @Test
  void aCompleteConsentHasNoProblems() {
    assertThat(check("samtykke", consentGiven())).isEmpty();
    assertThat(check("samtykke", consentRefused())).isEmpty();
  }

  @Test
  void consentAsABooleanIsRefused() {
    Map<String, Object> values = consentGiven();
    values.put("consentDecision", true);
    assertThat(check("samtykke", values)).extracting(FormProblem::english)
        .contains("consentDecision: true is not one of GIVEN, REFUSED.");
  }

  @Test
  void consentThatTheFormDoesNotOfferIsRefused() {
    Map<String, Object> values = consentRefused();
    values.put("consentDecision", "MAYBE");
    values.remove("refusalNote");
    assertThat(check("samtykke", values)).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("consentDecision");
      assertThat(p.norwegian()).isEqualTo("«Har familien samtykket?» har et svar skjemaet ikke tilbyr.");
      assertThat(p.english()).isEqualTo("consentDecision: 'MAYBE' is not one of GIVEN, REFUSED.");
    });
  }

  @Test
  void givenConsentWithoutWhoGaveItIsRefused() {
    Map<String, Object> values = consentGiven();
    values.remove("consentGivenBy");
    assertThat(check("samtykke", values)).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("consentGivenBy");
      assertThat(p.norwegian()).isEqualTo("«Hvem har samtykket?» må fylles ut.");
    });
  }

  @Test
  void givenConsentWithAnEmptyListOfWhoGaveItIsRefused() {
    Map<String, Object> values = consentGiven();
    values.put("consentGivenBy", List.of());
    assertThat(fields(check("samtykke", values))).containsExactly("consentGivenBy");
  }

  @Test
  void refusedConsentWithAValueInTheHiddenWhoGaveItIsRefused() {
    Map<String, Object> values = consentRefused();
    values.put("consentGivenBy", List.of("mor"));
    assertThat(check("samtykke", values)).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("consentGivenBy");
      assertThat(p.norwegian()).isEqualTo("«Hvem har samtykket?» skal ikke fylles ut med de svarene som er gitt.");
      assertThat(p.english()).contains("does not apply with the other answers");
    });
  }

  @Test
  void hiddenFieldsMayBeSentEmpty() {
    Map<String, Object> values = consentRefused();
    values.put("consentGivenBy", List.of());
    values.put("consentForm", null);
    assertThat(check("samtykke", values)).isEmpty();
  }

  @Test
  void aVariableThatIsNotAFieldOfTheFormIsRefused() {
    Map<String, Object> values = consentGiven();
    values.put("courseClosed", true);
    assertThat(check("samtykke", values)).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("courseClosed");
      assertThat(p.norwegian()).isEqualTo("Skjemaet har ikke feltet «courseClosed».");
      assertThat(p.english()).isEqualTo("courseClosed: the form has no such field.");
    });
  }

  @Test
  void aDateMustBeARealDayWrittenAsIso() {
    for (String date : List.of("2026-02-30", "02.03.2026", "2026-3-2", "2026-03-02T00:00:00Z")) {
      Map<String, Object> values = consentGiven();
      values.put("consentDate", date);
      assertThat(check("samtykke", values)).as(date).singleElement()
          .extracting(FormProblem::norwegian).isEqualTo("«Dato familien svarte» må være en dato (dd.mm.åååå).");
    }
  }

  @Test
  void aDateMayComeAsAJavaDateFromTheJavaApi() {
    Map<String, Object> values = consentGiven();
    values.put("consentDate", new Date());
    assertThat(check("samtykke", values)).isEmpty();
    values.put("consentDate", LocalDate.of(2026, 3, 2));
    assertThat(check("samtykke", values)).isEmpty();
  }

  @Test
  void aCheckboxTakesOnlyABooleanNotText() {
    Map<String, Object> values = intake();
    values.put("interpreterNeeded", "true");
    values.remove("interpreterLanguage");
    assertThat(check("mottak", values)).singleElement().extracting(FormProblem::english)
        .isEqualTo("interpreterNeeded: must be true or false, not 'true' (text).");
  }

  @Test
  void conditionsSeeTheStoredVariablesWhenTheClientLeavesThemOut() {
    Map<String, Object> values = intake();
    values.remove("interpreterNeeded");
    values.remove("interpreterLanguage");
    assertThat(check("mottak", values, Map.of("interpreterNeeded", false))).isEmpty();
    assertThat(fields(check("mottak", values, Map.of("interpreterNeeded", true))))
        .containsExactly("interpreterLanguage");
  }

  @Test
  void aRequiredCheckboxMustBeTicked() {
    Map<String, Object> values = new HashMap<>();
    values.put("goals", List.of(Map.of("goal", "Faste leggetider", "indicator", "")));
    values.put("measureTracks", List.of("veiledning"));
    values.put("measureDescription", "Veiledning hver uke.");
    values.put("evaluationDate", "2026-06-01");
    withTheChildsViewAndWhoTookPart(values, "plan", "planChildView");
    values.put("planAgreedWithFamily", false);
    assertThat(check("tiltaksplan", values)).singleElement()
        .extracting(FormProblem::norwegian).isEqualTo("«Planen er gjennomgått med familien» må krysses av.");
    values.put("planAgreedWithFamily", true);
    assertThat(check("tiltaksplan", values)).isEmpty();
  }

  @Test
  void aMissingFieldInADynamicListRowIsNamedByRow() {
    Map<String, Object> values = new HashMap<>();
    values.put("goals", List.of(Map.of("goal", "Faste leggetider"), Map.of("goal", "  ", "indicator", "x")));
    values.put("measureTracks", List.of("veiledning", "nettverk"));
    values.put("measureDescription", "Veiledning hver uke.");
    values.put("evaluationDate", "2026-06-01");
    withTheChildsViewAndWhoTookPart(values, "plan", "planChildView");
    values.put("planAgreedWithFamily", true);
    assertThat(check("tiltaksplan", values)).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("goals[1].goal");
      assertThat(p.norwegian()).isEqualTo("«Mål» i rad 2 av «Mål i tiltaksplanen» må fylles ut.");
      assertThat(p.english()).isEqualTo("goals[1].goal: is required.");
    });
  }

  @Test
  void aKeyInARowThatIsNotAFieldOfTheListIsRefused() {
    Map<String, Object> values = aftercareEvaluation(List.of(goal("bolig", "Egen leilighet", "MOSTLY"),
        Map.of("lifeArea", "skole-arbeid", "goal", "Fullføre vg2", "attainment", "ACHIEVED", "score", 5)));
    assertThat(check("ettervern-evaluering", values, aftercareGoalsStored())).singleElement()
        .extracting(FormProblem::field).isEqualTo("goals[1].score");
  }

  @Test
  void aCompleteAftercareEvaluationHasNoProblems() {
    Map<String, Object> values = aftercareEvaluation(List.of(goal("bolig", "Egen leilighet", "MOSTLY"),
        goal("skole-arbeid", "Fullføre vg2", "SOME_PROGRESS")));
    assertThat(check("ettervern-evaluering", values, aftercareGoalsStored())).isEmpty();
  }

  @Test
  void aChangedReadonlyGoalIsRefused() {
    Map<String, Object> values = aftercareEvaluation(List.of(goal("bolig", "Egen leilighet", "MOSTLY"),
        goal("skole-arbeid", "Begynne på vg3", "ACHIEVED")));
    assertThat(check("ettervern-evaluering", values, aftercareGoalsStored())).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("goals[1].goal");
      assertThat(p.norwegian())
          .isEqualTo("«Mål» i rad 2 av «Mål per livsområde» kan ikke endres i dette skjemaet.");
    });
  }

  @Test
  void readonlyFieldsLeftOutKeepTheirStoredValueEvenFromJsonText() {
    Map<String, Object> values = aftercareEvaluation(List.of(Map.of("attainment", "MOSTLY"),
        Map.of("attainment", "NOT_STARTED")));
    String storedAsJson = "[{\"lifeArea\":\"bolig\",\"goal\":\"Egen leilighet\"},"
        + "{\"lifeArea\":\"skole-arbeid\",\"goal\":\"Fullføre vg2\"}]";
    assertThat(check("ettervern-evaluering", values, Map.of("goals", storedAsJson))).isEmpty();
  }

  @Test
  void aRequiredReadonlyFieldWithNothingStoredIsMissing() {
    Map<String, Object> values = aftercareEvaluation(List.of(Map.of("attainment", "MOSTLY")));
    assertThat(fields(check("ettervern-evaluering", values, Map.of("goals", List.of(Map.of())))))
        .containsExactly("goals[0].lifeArea", "goals[0].goal");
  }

  @Test
  void addingARowToAListThatDoesNotAllowItIsRefused() {
    Map<String, Object> values = aftercareEvaluation(List.of(goal("bolig", "Egen leilighet", "MOSTLY"),
        goal("skole-arbeid", "Fullføre vg2", "ACHIEVED"), goal("helse", "Fastlege", "NOT_STARTED")));
    assertThat(check("ettervern-evaluering", values, aftercareGoalsStored())).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("goals");
      assertThat(p.english()).isEqualTo(
          "goals: must have 2 rows like the current list (rows cannot be added or removed), not 3.");
    });
  }

  @Test
  void removingARowFromTheFamilyEvaluationIsRefused() {
    Map<String, Object> values = new HashMap<>();
    values.put("goals", List.of(Map.of("goal", "Faste leggetider", "indicator", "", "attainment", "ACHIEVED")));
    values.put("familyView", "Bra.");
    withTheChildsViewAndWhoTookPart(values, "evaluation", "childEvaluationView");
    values.put("otherMeasuresAssessment", "NONE");
    values.put("evaluationOutcome", "CLOSE");
    Map<String, Object> stored = Map.of("goals", List.of(Map.of("goal", "Faste leggetider", "indicator", ""),
        Map.of("goal", "Mindre krangling", "indicator", "")));
    assertThat(fields(check("evaluering", values, stored))).containsExactly("goals");
  }

  @Test
  void withNothingStoredAListThatDoesNotAllowAddingHasItsDefaultRows() {
    Map<String, Object> values = aftercareEvaluation(List.of(goal("bolig", "Egen leilighet", "MOSTLY")));
    values.put("goals", List.of());
    assertThat(fields(check("ettervern-evaluering", values))).containsExactly("goals");
  }

  @Test
  void theFamilyEvaluationRequiresProblemAreasOnlyWhenReferring() {
    Map<String, Object> values = new HashMap<>();
    values.put("goals", List.of(Map.of("goal", "Faste leggetider", "indicator", "", "attainment", "SOME_PROGRESS")));
    values.put("familyView", "Tungt.");
    withTheChildsViewAndWhoTookPart(values, "evaluation", "childEvaluationView");
    values.put("otherMeasuresAssessment", "OTHER_MEASURES");
    values.put("otherMeasuresAssessmentNote", "Henvisning til Bufetat vurderes.");
    values.put("evaluationOutcome", "REFER");
    Map<String, Object> stored = Map.of("goals", List.of(Map.of("goal", "Faste leggetider")));
    assertThat(fields(check("evaluering", values, stored))).containsExactly("problemAreas");
    values.put("problemAreas", List.of("BEHAVIOUR", "SCHOOL"));
    values.put("exclusionCircumstances", List.of());
    assertThat(check("evaluering", values, stored)).isEmpty();
  }

  @Test
  void aChoiceListedTwiceIsRefused() {
    Map<String, Object> values = consentGiven();
    values.put("consentGivenBy", List.of("mor", "mor"));
    assertThat(check("samtykke", values)).singleElement().extracting(FormProblem::english)
        .isEqualTo("consentGivenBy: lists 'mor' more than once.");
  }

  @Test
  void aChecklistMustBeAListOfOfferedValues() {
    Map<String, Object> values = consentGiven();
    values.put("consentGivenBy", "mor");
    assertThat(check("samtykke", values)).singleElement().extracting(FormProblem::norwegian)
        .isEqualTo("«Hvem har samtykket?» må være en liste med valg.");
    values.put("consentGivenBy", List.of("mor", "bestemor"));
    assertThat(check("samtykke", values)).singleElement().extracting(FormProblem::english)
        .isEqualTo("consentGivenBy: 'bestemor' is not one of mor, far, omsorgsperson.");
  }

  @Test
  void aSpecialisedMeasureEndedHasNoProblemsWhenComplete() {
    Map<String, Object> values = new HashMap<>();
    values.put("specialisedMeasureStart", "2026-01-05");
    values.put("specialisedMeasureEnd", "2026-03-01");
    values.put("specialisedMeasureEndReason", "COMPLETED");
    values.put("specialisedMeasureEndNote", "");
    assertThat(check("spesialisert-tiltak-avsluttet", values)).isEmpty();
    values.remove("specialisedMeasureEnd");
    assertThat(check("spesialisert-tiltak-avsluttet", values)).singleElement()
        .extracting(FormProblem::norwegian).isEqualTo("«Siste dag i tiltaket» må fylles ut.");
  }

  @Test
  void aTextfieldWithoutItsOwnMaxLengthHoldsAtMost500Characters() {
    Map<String, Object> values = intake();
    values.put("interpreterLanguage", "a".repeat(501));
    assertThat(check("mottak", values)).singleElement().extracting(FormProblem::norwegian)
        .isEqualTo("«Språk for tolk» kan ha høyst 500 tegn (har 501).");
  }

  @Test
  void aTextareaWithoutItsOwnMaxLengthHoldsAtMost10000Characters() {
    Map<String, Object> values = consentRefused();
    values.put("refusalNote", "a".repeat(10_000));
    assertThat(check("samtykke", values)).isEmpty();
    values.put("refusalNote", "a".repeat(10_001));
    assertThat(fields(check("samtykke", values))).containsExactly("refusalNote");
  }

  @Test
  void aMaxLengthInTheFormAppliesInsideRows() {
    Map<String, Object> values = new HashMap<>();
    values.put("goals", List.of(Map.of("lifeArea", "bolig", "goal", "Egen leilighet", "whoHelps", "x".repeat(201))));
    values.put("measureTracks", List.of("veiledning"));
    values.put("measureDescription", "Samtale hver uke.");
    values.put("measuresIntendedUntil", "2026-12-01");
    values.put("evaluationDate", "2026-06-01");
    values.put("planAgreedWithYoungPerson", true);
    assertThat(check("ettervern-plan", values)).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("goals[0].whoHelps");
      assertThat(p.english()).isEqualTo("goals[0].whoHelps: must have at most 200 characters, not 201.");
    });
  }

  @Test
  void optionsFromAVariableAreTheOnlyAnswers() {
    Map<String, Object> stored = Map.of("measureOptions", "[{\"value\":\"MST\",\"label\":\"MST – passer\"},"
        + "{\"value\":\"PMTO\",\"label\":\"PMTO – passer ikke\"}]");
    Map<String, Object> values = new HashMap<>();
    values.put("problemAreas", List.of("BEHAVIOUR"));
    values.put("referralMeasure", "PMTO");
    values.put("referralAction", "SEND");
    values.putAll(Map.of("placementRisk", "YES", "referralReason", "Vold", "triedMeasures", "Veiledning",
        "referralConsent", "GIVEN", "bufetatSharingConsent", "GIVEN", "referralConsentDate", "2026-03-01"));
    assertThat(check("henvisning", values, stored)).isEmpty();
    values.put("referralMeasure", "FFT");
    assertThat(check("henvisning", values, stored)).singleElement().extracting(FormProblem::english)
        .isEqualTo("referralMeasure: 'FFT' is not one of MST, PMTO.");
  }

  @Test
  void theSummaryJoinsTheSentencesForTheReader() {
    List<FormProblem> problems = check("mottak", Map.of());
    assertThat(FormValidator.summary(problems, true)).isEqualTo("Skjemaet er ikke riktig utfylt: "
        + "«Dato for første kontakt med familien» må fylles ut. «Hvem har den daglige omsorgen?» må fylles ut.");
    assertThat(FormValidator.summary(problems, false)).isEqualTo("The form is not filled in correctly: "
        + "firstContactDate: is required. dailyCare: is required.");
    assertThat(FormValidator.summary(List.of(), true)).isEmpty();
  }

  /**
   * What the family plan and evaluation ask besides their own fields: who took part, and the child's view and how
   * it was weighed (barnevernsloven § 1-4); the plan also how long the measures are meant to last.
   */
  private static void withTheChildsViewAndWhoTookPart(Map<String, Object> values, String prefix, String viewKey) {
    values.put(prefix + "Participants", List.of("barnet", "foreldre"));
    values.put(prefix + "ChildViewGiven", "GIVEN");
    values.put(viewKey, "Vil ha faste rutiner.");
    values.put(viewKey + "Weight", "Rutinene er barnets forslag.");
    if (prefix.equals("plan")) {
      values.put("measuresPlannedUntil", "2026-12-01");
    }
  }
}
