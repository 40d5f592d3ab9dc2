package no.grunnmodell.course;

import java.time.LocalDate;
import java.time.Period;
import no.grunnmodell.platform.Days;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often a plan is evaluated, from config/grunnmodell.yml ({@code grunnmodell.evaluation.interval}, an ISO-8601
 * period; default P3M). Rundskriv Q-0982 says the plan «bør som hovedregel» be evaluated every quarter: the
 * interval proposes the evaluation date, and a later date is allowed but flagged, never refused.
 */
@ConfigurationProperties(prefix = "grunnmodell.evaluation")
public record EvaluationSettings(Period interval) {

  public EvaluationSettings {
    interval = interval == null ? Period.ofMonths(3) : interval;
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("grunnmodell.evaluation.interval must be a positive period such as P3M, not '"
          + interval + "'");
    }
  }

  /** The evaluation date the interval proposes for a plan agreed or evaluated on {@code day}. */
  public LocalDate proposedDate(LocalDate day) {
    return day.plus(interval);
  }

  /** Whether {@code evaluation}, set on {@code day}, is later than the interval allows as the main rule. */
  public boolean beyondInterval(LocalDate evaluation, LocalDate day) {
    return evaluation.isAfter(proposedDate(day));
  }

  /** "3 måneder". */
  public String intervalText() {
    return Days.words(interval);
  }
}
