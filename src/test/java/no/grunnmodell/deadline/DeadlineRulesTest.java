package no.grunnmodell.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.grunnmodell.platform.Days;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

/** The deadline table: how due dates are counted, and what a process owner cannot get wrong unnoticed. */
class DeadlineRulesTest {

  private static final Date NOON_25_NOV_2026 = date(2026, 11, 25, 12);

  @Test
  void theShippedTableBindsAndNamesOnlyStepsThatExistInTheDiagrams() throws Exception {
    DeadlineRules rules = shipped();
    Set<String> userTasks = new HashSet<>();
    for (File f : new File("processes").listFiles((d, n) -> n.endsWith(".bpmn"))) {
      Bpmn.readModelFromFile(f).getModelElementsByType(UserTask.class).forEach(t -> userTasks.add(t.getId()));
    }
    for (DeadlineRules.Rule rule : rules.deadlines()) {
      if (!rule.step().equals(DeadlineRules.DEFAULT_STEP)) {
        assertThat(userTasks).as("deadline entry %s names a user task", rule.step()).contains(rule.step());
      }
    }
  }

  @Test
  void aStepWithoutItsOwnEntryGetsTheDefault() throws Exception {
    DeadlineRules rules = shipped();
    assertThat(rules.forStep("Task_Unknown").step()).isEqualTo("*");
    assertThat(rules.forStep("Task_ObtainConsent").duePeriod().getDays()).isEqualTo(7);
  }

  @Test
  void consentIsDueSevenDaysAfterTheStepWasCreatedAtTheEndOfThatDayInOslo() throws Exception {
    DeadlineCalculator.Deadline d = DeadlineCalculator.of(shipped().forStep("Task_ObtainConsent"),
        NOON_25_NOV_2026, Map.<String, Object>of()::get);
    assertThat(d.dueDay()).isEqualTo(LocalDate.of(2026, 12, 2));
    assertThat(d.due()).isEqualTo(date(2026, 12, 2, 23, 59, 59));
    assertThat(d.followUp()).isEqualTo(date(2026, 11, 30, 0, 0, 0));
  }

  @Test
  void thePlanIsDue21DaysAfterTheVedtakDateWhateverDayTheStepStarts() throws Exception {
    DeadlineCalculator.Deadline d = DeadlineCalculator.of(shipped().forStep("Task_AgreeMeasurePlan"),
        NOON_25_NOV_2026, Map.<String, Object>of("decisionDate", "2026-11-20")::get);
    assertThat(d.dueDay()).isEqualTo(LocalDate.of(2026, 12, 11));
  }

  @Test
  void theEvaluationIsDueFromThePlansEvaluationDate() throws Exception {
    Date evaluationDue = Days.toDate(LocalDate.of(2027, 2, 25));
    DeadlineCalculator.Deadline d = DeadlineCalculator.of(shipped().forStep("Task_EvaluatePlan"),
        evaluationDue, Map.<String, Object>of("evaluationDue", evaluationDue)::get);
    assertThat(d.dueDay()).isEqualTo(LocalDate.of(2027, 3, 11));
  }

  @Test
  void theSupportMeasuresEndIsDueAWeekAfterThePlannedEndInTheFamilyAndTheAftercarePlan() throws Exception {
    DeadlineRules.Rule rule = shipped().forStep("Task_RecordSupportMeasureEnded");
    assertThat(DeadlineCalculator.of(rule, NOON_25_NOV_2026,
        Map.<String, Object>of("measuresPlannedUntil", "2027-05-01")::get).dueDay()).isEqualTo(LocalDate.of(2027, 5, 8));
    assertThat(DeadlineCalculator.of(rule, NOON_25_NOV_2026,
        Map.<String, Object>of("measuresIntendedUntil", "2027-06-01")::get).dueDay()).isEqualTo(LocalDate.of(2027, 6, 8));
  }

  @Test
  void monthsEndOnTheLastDayOfShorterMonthsAndLeapYearsAreCounted() {
    DeadlineRules.Rule monthly = rule("P1M", DeadlineRules.Base.DECISION_DATE, null);
    assertThat(dueDay(monthly, "2027-01-31")).isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(dueDay(monthly, "2028-01-31")).isEqualTo(LocalDate.of(2028, 2, 29));
    DeadlineRules.Rule quarterly = rule("P3M", DeadlineRules.Base.DECISION_DATE, null);
    assertThat(dueDay(quarterly, "2027-11-30")).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(dueDay(quarterly, "2026-11-30")).isEqualTo(LocalDate.of(2027, 2, 28));
    DeadlineRules.Rule yearly = rule("P1Y", DeadlineRules.Base.BIRTH_DATE, null);
    assertThat(dueDay(yearly, "2028-02-29")).isEqualTo(LocalDate.of(2029, 2, 28));
  }

  @Test
  void aFollowUpDateIsNeverBeforeTheStepExists() {
    DeadlineCalculator.Deadline d = DeadlineCalculator.of(rule("P3D", DeadlineRules.Base.CREATED, "P7D"),
        NOON_25_NOV_2026, Map.<String, Object>of()::get);
    assertThat(d.followUp()).isEqualTo(date(2026, 11, 25, 0, 0, 0));
  }

  @Test
  void aBaseDateTheCourseDoesNotHaveYetGivesNoDeadline() {
    assertThat(DeadlineCalculator.of(rule("P14D", DeadlineRules.Base.PLAN_AGREED, null), NOON_25_NOV_2026,
        Map.<String, Object>of()::get)).isNull();
  }

  @Test
  void aChangedTableChangesTheDueDateOfNewSteps() {
    DeadlineRules before = new DeadlineRules(List.of(rule("*", "P14D")));
    DeadlineRules after = new DeadlineRules(List.of(rule("*", "P14D"), rule("Task_ObtainConsent", "P3D")));
    assertThat(DeadlineCalculator.of(before.forStep("Task_ObtainConsent"), NOON_25_NOV_2026, k -> null).dueDay())
        .isEqualTo(LocalDate.of(2026, 12, 9));
    assertThat(DeadlineCalculator.of(after.forStep("Task_ObtainConsent"), NOON_25_NOV_2026, k -> null).dueDay())
        .isEqualTo(LocalDate.of(2026, 11, 28));
  }

  @Test
  void anInvalidPeriodIsRefusedNamingTheEntry() {
    assertThatThrownBy(() -> bind(Map.of(
        "grunnmodell.deadlines[0].step", "*", "grunnmodell.deadlines[0].due", "P14D",
        "grunnmodell.deadlines[0].basis", "x",
        "grunnmodell.deadlines[1].step", "Task_ObtainConsent", "grunnmodell.deadlines[1].due", "7 dager",
        "grunnmodell.deadlines[1].basis", "x")))
        .hasStackTraceContaining("grunnmodell.deadlines entry 'Task_ObtainConsent': due: '7 dager' is not an "
            + "ISO-8601 period");
  }

  @Test
  void anEntryWithoutBasisOrADefaultEntryIsRefused() {
    assertThatThrownBy(() -> bind(Map.of("grunnmodell.deadlines[0].step", "*",
        "grunnmodell.deadlines[0].due", "P14D")))
        .hasStackTraceContaining("'*': basis is required");
    assertThatThrownBy(() -> new DeadlineRules(List.of(rule("Task_ObtainConsent", "P7D"))))
        .hasMessageContaining("needs an entry for step \"*\"");
    assertThatThrownBy(() -> new DeadlineRules(List.of(rule("*", "P7D"), rule("*", "P8D"))))
        .hasMessageContaining("two entries for step '*'");
  }

  // ---- helpers ----

  static DeadlineRules shipped() throws Exception {
    List<PropertySource<?>> sources = new YamlPropertySourceLoader()
        .load("grunnmodell", new FileSystemResource("config/grunnmodell.yml"));
    Binder binder = new Binder(org.springframework.boot.context.properties.source.ConfigurationPropertySources
        .from(sources));
    return binder.bind("grunnmodell", DeadlineRules.class).get();
  }

  private static DeadlineRules bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties)).bind("grunnmodell", DeadlineRules.class).get();
  }

  private static DeadlineRules.Rule rule(String step, String due) {
    return new DeadlineRules.Rule(step, due, null, null, "grunnlag", null, null);
  }

  private static DeadlineRules.Rule rule(String due, DeadlineRules.Base from, String followUp) {
    return new DeadlineRules.Rule("Task_X", due, from, followUp, "grunnlag", null, null);
  }

  private static LocalDate dueDay(DeadlineRules.Rule rule, String base) {
    return DeadlineCalculator.of(rule, NOON_25_NOV_2026, k -> base).dueDay();
  }

  private static Date date(int y, int m, int d, int h) {
    return date(y, m, d, h, 0, 0);
  }

  private static Date date(int y, int m, int d, int h, int min, int s) {
    return Date.from(ZonedDateTime.of(y, m, d, h, min, s, 0, Days.OSLO).toInstant());
  }
}
