package no.grunnmodell.handover;

import java.time.LocalDate;
import java.util.List;
import no.grunnmodell.course.TargetGroup;

/**
 * What a new service needs to go on with a course, and no more: the child's first name and birth date, the plan's
 * goals and measures, the evaluations and the consents. Returned by {@code GET /api/courses/{id}/summary} and sent,
 * as Norwegian text, when the family moves. Codes are the forms' values (measure tracks, goal attainment, evaluation
 * outcome, consent decisions); dates are days.
 */
public record CourseSummary(String courseId, String serviceId, String serviceName, TargetGroup targetGroup,
                            Child child, Plan plan, List<Evaluation> evaluations, List<Consent> consents) {

  public record Child(String firstName, LocalDate birthDate) {
  }

  /** The plan as it stands: goals, measure tracks, what the measures are, Bufetat's measure, next evaluation. */
  public record Plan(List<Goal> goals, List<String> measures, String measureDescription, String specialisedMeasure,
                     LocalDate nextEvaluationDate) {
  }

  /** {@code lifeArea} in aftercare plans only. */
  public record Goal(String lifeArea, String goal, String indicator) {
  }

  public record Evaluation(LocalDate date, String outcome, List<GoalAttainment> goals) {
  }

  public record GoalAttainment(String goal, String attainment) {
  }

  /**
   * A consent as the audit trail recorded it: {@code kind} CONSENT, INFORMATION_SHARING_CONSENT, REFERRAL_CONSENT,
   * BUFETAT_SHARING_CONSENT, CONSENT_WITHDRAWN or HANDOVER_CONSENT; {@code decision} GIVEN, REFUSED or NOT_ASKED
   * (null for a withdrawal).
   */
  public record Consent(String kind, String decision, LocalDate date) {
  }
}
