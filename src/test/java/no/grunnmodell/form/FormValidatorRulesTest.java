package no.grunnmodell.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules a form may carry that the shipped forms do not use yet, on small forms written here. */
class FormValidatorRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  private static List<FormProblem> check(String componentsJson, Map<String, Object> submitted) {
    return check(componentsJson, submitted, Map.of());
  }

  private static List<FormProblem> check(String componentsJson, Map<String, Object> submitted,
                                         Map<String, Object> existing) {
    FormDefinition form = FormDefinition.parse("{\"id\": \"t\", \"components\": [" + componentsJson + "]}");
    return FormValidator.validate(form, submitted, existing, TODAY);
  }

  private static List<String> fields(List<FormProblem> problems) {
    return problems.stream().map(FormProblem::field).toList();
  }

  private static final String HOURS = "{\"type\": \"number\", \"key\": \"hours\", \"label\": \"Timer\","
      + " \"validate\": {\"min\": 1, \"max\": 37.5}}";

  @Test
  void aDisabledFieldMustNotBeSentEvenWhenRequired() {
    String field = "{\"type\": \"textfield\", \"key\": \"ref\", \"label\": \"Saksnummer\", \"disabled\": true,"
        + " \"validate\": {\"required\": true}}";
    assertThat(check(field, Map.of())).isEmpty();
    assertThat(check(field, Map.of("ref", "2026/17"))).singleElement().extracting(FormProblem::norwegian)
        .isEqualTo("«Saksnummer» kan ikke fylles ut i dette skjemaet.");
  }

  @Test
  void aFeelReadonlyHoldsOnlyWhenItsConditionDoes() {
    String field = "{\"type\": \"textfield\", \"key\": \"name\", \"label\": \"Navn\", \"readonly\": \"=locked\"}";
    assertThat(fields(check(field, Map.of("name", "Kari"), Map.of("name", "Ola", "locked", true))))
        .containsExactly("name");
    assertThat(check(field, Map.of("name", "Kari"), Map.of("name", "Ola", "locked", false))).isEmpty();
  }

  @Test
  void aReadonlyValueComparesNumbersByValueAndDatesByDay() {
    String fields = "{\"type\": \"number\", \"key\": \"n\", \"readonly\": true},"
        + "{\"type\": \"datetime\", \"subtype\": \"date\", \"key\": \"d\", \"readonly\": true}";
    Date storedDay = Date.from(LocalDate.of(2026, 3, 2).atStartOfDay(ZoneId.of("Europe/Oslo")).toInstant());
    assertThat(check(fields, Map.of("n", 5.0d, "d", "2026-03-02"), Map.of("n", 5, "d", storedDay))).isEmpty();
    assertThat(fields(check(fields, Map.of("n", 6, "d", "2026-03-03"), Map.of("n", 5, "d", storedDay))))
        .containsExactly("n", "d");
  }

  @Test
  void aReadonlyFieldWithNothingStoredMayComeBackEmptyAsTheTasklistSendsIt() {
    String fields = "{\"type\": \"textfield\", \"key\": \"t\", \"readonly\": true},"
        + "{\"type\": \"checkbox\", \"key\": \"c\", \"readonly\": true},"
        + "{\"type\": \"checklist\", \"key\": \"l\", \"readonly\": true, \"values\": [{\"value\": \"a\"}]}";
    assertThat(check(fields, Map.of("t", "", "c", false, "l", List.of()))).isEmpty();
    assertThat(fields(check(fields, Map.of("t", "x", "c", true, "l", List.of("a"))))).containsExactly("t", "c", "l");
  }

  @Test
  void aNumberMustBeANumberWithinMinAndMax() {
    assertThat(check(HOURS, Map.of("hours", 37.5))).isEmpty();
    assertThat(check(HOURS, Map.of("hours", 0))).singleElement().extracting(FormProblem::norwegian)
        .isEqualTo("«Timer» må være minst 1.");
    assertThat(check(HOURS, Map.of("hours", 40L))).singleElement().satisfies(p -> {
      assertThat(p.norwegian()).isEqualTo("«Timer» kan være høyst 37,5.");
      assertThat(p.english()).isEqualTo("hours: must be at most 37.5, not 40.");
    });
    assertThat(check(HOURS, Map.of("hours", "5"))).singleElement().extracting(FormProblem::english)
        .isEqualTo("hours: must be a number, not '5' (text).");
  }

  @Test
  void aNumberSerialisedAsTextIsReadAsANumber() {
    String field = "{\"type\": \"number\", \"key\": \"n\", \"serializeToString\": true, \"validate\": {\"max\": 3}}";
    assertThat(check(field, Map.of("n", "2.5"))).isEmpty();
    assertThat(fields(check(field, Map.of("n", "4")))).containsExactly("n");
  }

  @Test
  void aLimitGivenAsFeelIsEvaluatedWithTheVariables() {
    String field = "{\"type\": \"number\", \"key\": \"hours\", \"validate\": {\"max\": \"=maxHours\"}}";
    assertThat(fields(check(field, Map.of("hours", 12), Map.of("maxHours", 10)))).containsExactly("hours");
    assertThat(check(field, Map.of("hours", 12), Map.of())).isEmpty();
  }

  @Test
  void aPatternMustOccurInTheTextAsTheTasklistTestsIt() {
    String anchored = "{\"type\": \"textfield\", \"key\": \"postcode\", \"validate\": {\"pattern\": \"^[0-9]{4}$\"}}";
    assertThat(check(anchored, Map.of("postcode", "8514"))).isEmpty();
    assertThat(check(anchored, Map.of("postcode", "85140"))).singleElement().extracting(FormProblem::norwegian)
        .isEqualTo("«postcode» har ikke riktig format.");
    String loose = "{\"type\": \"textfield\", \"key\": \"code\", \"validate\": {\"pattern\": \"[0-9]\"}}";
    assertThat(check(loose, Map.of("code", "a1"))).isEmpty();
  }

  @Test
  void minLengthCountsTheTrimmedText() {
    String field = "{\"type\": \"textfield\", \"key\": \"x\", \"label\": \"Kode\", \"validate\": {\"minLength\": 3}}";
    assertThat(check(field, Map.of("x", " ab "))).singleElement().extracting(FormProblem::norwegian)
        .isEqualTo("«Kode» må ha minst 3 tegn.");
  }

  @Test
  void aPassedDateIsRefusedWhenTheFormDisallowsIt() {
    String field = "{\"type\": \"datetime\", \"subtype\": \"date\", \"key\": \"meeting\", \"dateLabel\": \"Møtedato\","
        + " \"disallowPassedDates\": true}";
    assertThat(check(field, Map.of("meeting", "2026-03-10"))).isEmpty();
    assertThat(check(field, Map.of("meeting", "2026-03-09"))).singleElement().extracting(FormProblem::norwegian)
        .isEqualTo("«Møtedato» kan ikke være en dato som har passert (09.03.2026).");
  }

  @Test
  void aTimeIsHoursAndMinutesWithTheOffsetTheTasklistMayAdd() {
    String field = "{\"type\": \"datetime\", \"subtype\": \"time\", \"key\": \"at\", \"timeLabel\": \"Klokkeslett\"}";
    assertThat(check(field, Map.of("at", "14:30"))).isEmpty();
    assertThat(check(field, Map.of("at", "14:30+01:00"))).isEmpty();
    assertThat(check(field, Map.of("at", "25:00"))).singleElement().extracting(FormProblem::norwegian)
        .isEqualTo("«Klokkeslett» må være et klokkeslett (tt:mm).");
  }

  @Test
  void aDateTimeIsAnIsoDateTime() {
    String field = "{\"type\": \"datetime\", \"subtype\": \"datetime\", \"key\": \"at\"}";
    assertThat(check(field, Map.of("at", "2026-03-10T14:30+01:00"))).isEmpty();
    assertThat(fields(check(field, Map.of("at", "2026-03-10 14:30")))).containsExactly("at");
  }

  @Test
  void aGroupWithAPathIsSentAsOneObject() {
    String group = "{\"type\": \"group\", \"path\": \"contact\", \"label\": \"Kontakt\", \"components\": ["
        + "{\"type\": \"textfield\", \"key\": \"phone\", \"label\": \"Telefon\", \"validate\": {\"required\": true}}]}";
    assertThat(check(group, Map.of("contact", Map.of("phone", "99999999")))).isEmpty();
    assertThat(fields(check(group, Map.of("contact", Map.of())))).containsExactly("contact.phone");
    assertThat(fields(check(group, Map.of("contact", Map.of("phone", "1"), "phone", "1")))).containsExactly("phone");
    assertThat(check(group, Map.of("contact", "99999999"))).singleElement().extracting(FormProblem::norwegian)
        .isEqualTo("«Kontakt» kan ikke leses.");
  }

  @Test
  void aHiddenGroupHidesItsFields() {
    String group = "{\"type\": \"group\", \"conditional\": {\"hide\": \"=kind != \\\"B\\\"\"}, \"components\": ["
        + "{\"type\": \"textfield\", \"key\": \"note\", \"label\": \"Merknad\", \"validate\": {\"required\": true}}]}";
    assertThat(check(group, Map.of())).isEmpty();
    assertThat(fields(check(group, Map.of("note", "x")))).containsExactly("note");
    assertThat(fields(check(group, Map.of(), Map.of("kind", "B")))).containsExactly("note");
  }

  @Test
  void aRowConditionReadsItsOwnRowThroughThisAsTheTasklistDoes() {
    String list = "{\"type\": \"dynamiclist\", \"path\": \"rows\", \"label\": \"Rader\", \"isRepeating\": true,"
        + " \"allowAddRemove\": true, \"components\": ["
        + "{\"type\": \"radio\", \"key\": \"kind\", \"values\": [{\"label\": \"A\", \"value\": \"A\"},"
        + " {\"label\": \"B\", \"value\": \"B\"}]},"
        + "{\"type\": \"textfield\", \"key\": \"note\", \"label\": \"Merknad\", \"validate\": {\"required\": true},"
        + " \"conditional\": {\"hide\": \"=this.kind != \\\"B\\\"\"}}]}";
    assertThat(check(list, Map.of("rows", List.of(Map.of("kind", "A"), Map.of("kind", "B", "note", "x"))))).isEmpty();
    assertThat(check(list, Map.of("rows", List.of(Map.of("kind", "A", "note", "x"), Map.of("kind", "B")))))
        .extracting(FormProblem::norwegian).containsExactly(
            "«Merknad» i rad 1 av «Rader» skal ikke fylles ut med de svarene som er gitt.",
            "«Merknad» i rad 2 av «Rader» må fylles ut.");
  }

  @Test
  void aBareNameInARowMeansTheTopLevelVariableAsInTheTasklist() {
    String list = "{\"type\": \"dynamiclist\", \"path\": \"rows\", \"isRepeating\": true, \"allowAddRemove\": true,"
        + " \"components\": [{\"type\": \"textfield\", \"key\": \"kind\"},"
        + "{\"type\": \"textfield\", \"key\": \"note\", \"conditional\": {\"hide\": \"=kind = \\\"A\\\"\"}}]}";
    assertThat(check(list, Map.of("rows", List.of(Map.of("kind", "A", "note", "x"))))).isEmpty();
    assertThat(fields(check(list, Map.of("rows", List.of(Map.of("kind", "B", "note", "x"))), Map.of("kind", "A"))))
        .containsExactly("rows[0].note");
  }

  @Test
  void aRequiredConditionRequiresTheFieldOnlyWhenItHolds() {
    String field = "{\"type\": \"textarea\", \"key\": \"reason\", \"validate\": {\"required\": \"=late = true\"}}";
    assertThat(fields(check(field, Map.of(), Map.of("late", true)))).containsExactly("reason");
    assertThat(check(field, Map.of(), Map.of("late", false))).isEmpty();
  }

  @Test
  void noSubmissionAndNoVariablesAreReadAsEmpty() {
    Map<String, Object> none = new HashMap<>();
    none.put("hours", null);
    assertThat(FormValidator.validate(FormDefinition.parse("{\"id\": \"t\", \"components\": [" + HOURS + "]}"),
        null, null, TODAY)).isEmpty();
    assertThat(check(HOURS, none)).isEmpty();
  }
}
