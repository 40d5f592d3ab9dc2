package no.grunnmodell.aftercare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import no.grunnmodell.course.TargetGroup;
import no.grunnmodell.course.TargetGroupCriteria;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The aftercare age rules with the shipped defaults: 16½ to register, 17½ for the conversation, 25 the limit. */
class AftercareAgeRulesTest {

  private final AftercareAgeRules rules = new AftercareAgeRules(
      new AftercareSettings(Period.parse("P16Y6M"), Period.parse("P17Y6M"), Period.parse("P3M"),
          Period.parse("P6M")),
      new TargetGroupCriteria(Map.of(TargetGroup.AFTERCARE, new TargetGroupCriteria.AgeRange(17, 24, "17–25"))));

  @ParameterizedTest(name = "born {0}: last day {1}")
  @CsvSource({
      "2004-02-28, 2029-02-27",
      "2004-02-29, 2029-02-28", // turns 25 on 1 March 2029: Norwegian practice in a year without 29 February
      "2004-03-01, 2029-02-28",
      "2003-02-28, 2028-02-27",
      "2004-12-31, 2029-12-30"})
  void theLastDayIsTheDayBeforeThe25thBirthday(LocalDate birthDate, LocalDate lastDay) {
    assertThat(rules.lastDay(birthDate)).isEqualTo(lastDay);
    assertThat(TargetGroupCriteria.ageOn(birthDate, lastDay)).isEqualTo(24);
    assertThat(TargetGroupCriteria.ageOn(birthDate, lastDay.plusDays(1))).isEqualTo(25);
  }

  @ParameterizedTest(name = "born {0}: conversation {1}")
  @CsvSource({
      "2009-05-20, 2026-11-20",
      "2008-02-29, 2025-08-29",
      "2008-08-31, 2026-03-01", // 17½ years after 31 August: there is no 31 February, so 1 March
      "2008-08-29, 2026-03-01"}) // 2026 has no 29 February
  void theConversationIsDueAt17AndAHalf(LocalDate birthDate, LocalDate conversation) {
    assertThat(rules.conversationDay(birthDate)).isEqualTo(conversation);
  }

  @Test
  void aCourseCanStartFrom16AndAHalfUntilTheDayBeforeTheLastDay() {
    LocalDate birthDate = LocalDate.of(2010, 5, 21);
    assertThat(rules.check(birthDate, LocalDate.of(2026, 11, 20))).get()
        .extracting(AftercareAgeRules.Refusal::reason).isEqualTo(AftercareAgeRules.Reason.TOO_YOUNG);
    assertThat(rules.check(birthDate, LocalDate.of(2026, 11, 21))).isEmpty();
    assertThat(rules.check(birthDate, LocalDate.of(2035, 5, 19))).isEmpty();
    assertThat(rules.check(birthDate, LocalDate.of(2035, 5, 20))).get()
        .extracting(AftercareAgeRules.Refusal::reason).isEqualTo(AftercareAgeRules.Reason.TOO_OLD);
    assertThat(rules.check(birthDate, LocalDate.of(2010, 5, 20))).get()
        .extracting(AftercareAgeRules.Refusal::reason).isEqualTo(AftercareAgeRules.Reason.BIRTH_DATE_IN_FUTURE);
  }

  @Test
  void refusalsSayWhatWasWrongInNorwegianAndInEnglish() {
    AftercareAgeRules.Refusal young = rules.check(LocalDate.of(2010, 5, 21), LocalDate.of(2026, 11, 1)).orElseThrow();
    assertThat(young.norwegian()).contains("for ung for ettervern").contains("16 år og 6 måneder")
        .contains("21.11.2026").contains("17 år og 6 måneder");
    assertThat(young.english()).contains("Aftercare is for young people aged 17 to 24").contains("16 years 6 months")
        .contains("2026-11-21");

    AftercareAgeRules.Refusal old = rules.check(LocalDate.of(2004, 2, 29), LocalDate.of(2029, 2, 28)).orElseThrow();
    assertThat(old.norwegian()).contains("dagen før 25-årsdagen (28.02.2029)");
    assertThat(old.english()).contains("Aftercare is for young people aged 17 to 24")
        .contains("25th birthday (2029-02-28)");
  }

  @Test
  void theReminderComesThreeMonthsBeforeTheLastDay() {
    assertThat(rules.reminderDay(LocalDate.of(2004, 2, 29))).isEqualTo(LocalDate.of(2028, 11, 28));
  }

  @Test
  void aConversationAgeBeforeTheRegistrationAgeIsAConfigurationError() {
    assertThat(new AftercareSettings(Period.parse("P17Y"), Period.parse("P16Y6M"), Period.parse("P3M"),
        Period.parse("P6M"))
        .isConversationAfterRegistration()).isFalse();
    assertThat(AftercareAgeRules.text(Period.parse("P3M"))).isEqualTo("3 måneder");
  }

  @ParameterizedTest(name = "no on {0}, last day {1}: asked again {2}")
  @CsvSource({
      "2026-03-10, 2030-01-01, 2026-09-10",  // six months later
      "2026-08-31, 2030-01-01, 2027-02-28",  // no 31 February: the last day of the month
      "2029-10-01, 2030-01-01, 2029-12-31",  // six months would pass the age limit: the day before the last day
      "2029-12-31, 2030-01-01, 2029-12-31"}) // a no on the day before the last day: the same day
  void aYoungPersonWhoSaidNoIsAskedAgainSixMonthsLaterButBeforeTheAgeLimit(LocalDate no, LocalDate lastDay,
                                                                          LocalDate followUp) {
    assertThat(rules.followUpAfterNo(no, lastDay)).isEqualTo(followUp);
    assertThat(rules.followUpAfterNoText()).isEqualTo("6 måneder");
  }

  @ParameterizedTest(name = "follow-up-after-no {0}: valid {1}")
  @CsvSource({"P6M, true", "P1Y, true", "P52W, true", "P1Y1D, false", "P13M, false", "P0D, false", "-P1M, false"})
  void theFollowUpAfterANoComesWithinAYear(String period, boolean valid) {
    assertThat(new AftercareSettings(Period.parse("P16Y6M"), Period.parse("P17Y6M"), Period.parse("P3M"),
        Period.parse(period)).isFollowUpAfterNoWithinAYear()).isEqualTo(valid);
  }
}
