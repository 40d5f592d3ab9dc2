package no.grunnmodell.specialised.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.grunnmodell.course.CourseTestSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A family course that reaches the referral to Bufetat, and the referral's record as the registry keeps it. */
abstract class ReferralTestSupport extends CourseTestSupport {

  static final String LEDER = "lorenskog-leder";

  @Autowired ReferralRegistry referrals;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

  private final List<Object[]> ratesAdded = new ArrayList<>();

  @AfterEach
  void restoreClockAndRates() {
    ClockUtil.reset();
    identityService.clearAuthentication();
    ratesAdded.forEach(r -> jdbc.update("delete from gm_egenandel_rate where measure_code = ? and rate_year = ?", r));
    ratesAdded.clear();
  }

  /** A course of a child of that age, evaluated to «Henvis» with those problem areas: the referral is proposed. */
  ProcessInstance referralProposed(int childAge, String... problemAreas) {
    ProcessInstance course = consentedCourse(childAge);
    runStartupPhase(course, "veiledning");
    // Guidance has ended, so that the referral's own steps are all that is open.
    complete(course, "Task_LogGuidanceSession", guidanceSession(false));
    evaluationDateReached(course);
    evaluate(course, "REFER", Map.of("problemAreas", json(problemAreas), "exclusionCircumstances", json()));
    assertThat(openTasks(course)).containsExactly("Task_PrepareReferral");
    return course;
  }

  /** The kontaktperson sends the pre-filled referral to the leder. */
  void prepareAndSend(ProcessInstance course) {
    complete(course, "Task_PrepareReferral", preparation(course, Map.of("referralAction", "SEND",
        "referralReason", "Vold hjemme og på skolen tross veiledning", "referralDeviationReason", "")));
  }

  /**
   * «Forbered henvisning» as the Tasklist submits it: the fields it was filled with (the evaluation's problem areas,
   * and when sending the proposed measure and what was tried) sent back with the kontaktperson's answers. Sending,
   * the problems could lead to a placement and the family consented unless the answers say otherwise; not
   * referring, the family was not asked.
   */
  Map<String, Object> preparation(ProcessInstance course, Map<String, Object> answers) {
    String taskId = task(course, "Task_PrepareReferral").getId();
    Map<String, Object> values = new java.util.HashMap<>();
    values.put("problemAreas", taskService.getVariable(taskId, "problemAreas"));
    values.put("exclusionCircumstances", taskService.getVariable(taskId, "exclusionCircumstances"));
    Object action = answers.get("referralAction");
    if ("SEND".equals(action)) {
      for (String prefilled : List.of("referralMeasure", "triedMeasures")) {
        Object value = taskService.getVariable(taskId, prefilled);
        if (value != null) {
          values.put(prefilled, value);
        }
      }
      values.putAll(groundsAndConsent());
    } else if ("DO_NOT_REFER".equals(action)) {
      values.put("referralConsent", "NOT_ASKED");
      values.put("bufetatSharingConsent", "NOT_ASKED");
    }
    values.putAll(answers);
    values.values().removeIf(java.util.Objects::isNull);
    return values;
  }

  /** The problems could lead to a placement outside the home, and the family consented today. */
  static Map<String, Object> groundsAndConsent() {
    return Map.of("placementRisk", "YES", "referralConsent", "GIVEN", "bufetatSharingConsent", "GIVEN",
        "referralConsentDate", today().toString());
  }

  void approveAsLeder(ProcessInstance course) {
    identityService.setAuthentication(LEDER, List.of("leder-" + SERVICE), List.of(SERVICE));
    try {
      complete(course, "Task_ApproveReferral", Map.of("referralApproval", "APPROVED"));
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** A 12-year-old with violence and crime: MST is proposed first, the leder approves, and it is sent. */
  ProcessInstance referralSent() {
    ProcessInstance course = referralProposed(12, "VIOLENCE", "CRIME");
    prepareAndSend(course);
    approveAsLeder(course);
    assertThat(openTasks(course)).containsExactly("Task_RecordBufetatDecision");
    return course;
  }

  ProcessInstance referralInstance(ProcessInstance course) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(course.getId())
        .processDefinitionKey("SpecialisedReferral").singleResult();
  }

  /** The course's referral: the open one, else the last one the course recorded. */
  Referral referral(ProcessInstance course) {
    ProcessInstance open = referralInstance(course);
    if (open != null) {
      return referrals.byProcessInstance(open.getId()).orElseThrow();
    }
    return referrals.find((String) variable(course, "referralId")).orElseThrow();
  }

  Job reminderTimer(ProcessInstance course) {
    return managementService.createJobQuery().processInstanceId(referralInstance(course).getId())
        .activityId("Timer_BufetatAnswerOverdue").singleResult();
  }

  /** A rate for a year the seeded table does not have, removed again after the test. */
  BigDecimal rate(String measure, int year, int amount) {
    List<BigDecimal> existing = jdbc.queryForList("select monthly_amount_nok from gm_egenandel_rate"
        + " where measure_code = ? and rate_year = ?", BigDecimal.class, measure, year);
    if (!existing.isEmpty()) {
      return existing.get(0);
    }
    jdbc.update("insert into gm_egenandel_rate (measure_code, rate_year, monthly_amount_nok, basis)"
        + " values (?, ?, ?, 'Test')", measure, year, amount);
    ratesAdded.add(new Object[] {measure, year});
    return BigDecimal.valueOf(amount);
  }

  static Object json(String... values) {
    return Spin.JSON(List.of(values));
  }
}
