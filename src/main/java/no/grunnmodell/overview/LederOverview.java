package no.grunnmodell.overview;

import java.time.LocalDate;
import java.util.List;

/**
 * What the leder of one service sees of it at a glance: overdue steps, the quarterly evaluations, where the courses
 * are, and how well deadlines were kept. Served as JSON (/api/reports/overview and the Cockpit plugin) and as CSV.
 */
public record LederOverview(
    String serviceId,
    String serviceName,
    String asOf,
    long overdueSteps,
    List<StepCount> overduePerStep,
    List<PersonCount> overduePerKontaktperson,
    List<OverdueStep> oldestOverdue,
    Evaluations evaluations,
    List<PhaseCount> coursesPerPhase,
    List<MonthKept> deadlinesKeptPerMonth) {

  /** Open steps past their due date, of one step of the diagrams. */
  public record StepCount(String step, String name, long overdue, long maxDaysOverdue) {
  }

  /** Open overdue steps held by one person; both names null for steps offered to a role and not yet taken. */
  public record PersonCount(String firstName, String lastName, long overdue) {
  }

  /** One overdue step, with the course it belongs to and where Cockpit shows it. */
  public record OverdueStep(String caseReference, String step, String name, String heldByFirstName,
                            String heldByLastName, LocalDate due, long daysOverdue, String processInstanceId,
                            String cockpitLink) {
  }

  /** Evaluations overdue and falling due in the next {@code days} days: how many, and the first of them. */
  public record Evaluations(int days, long overdue, long dueSoon, List<Evaluation> overdueCourses,
                            List<Evaluation> dueSoonCourses) {
  }

  /**
   * A course's next evaluation: the open evaluation step's due date ({@code openStep}), or else the course's
   * evaluation date ({@code evaluationDue}) on which the step is to come.
   */
  public record Evaluation(String caseReference, String course, String kontaktpersonFirstName,
                           String kontaktpersonLastName, LocalDate due, boolean openStep, String processInstanceId,
                           String cockpitLink) {
  }

  /** Running courses in one phase ({@code phase} null: the course has not recorded one). */
  public record PhaseCount(String phase, String label, long courses) {
  }

  /**
   * Deadlines that fell in one calendar month (Oslo time): met when the step was completed by its due date, missed
   * when completed later or still open past it. {@code sharePercent} is null for a month without any.
   */
  public record MonthKept(String month, long met, long missed, Integer sharePercent) {
  }
}
