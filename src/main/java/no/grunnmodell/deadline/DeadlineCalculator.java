package no.grunnmodell.deadline;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.function.Function;
import no.grunnmodell.form.FormInput;
import no.grunnmodell.platform.Days;

/**
 * Due and follow-up dates of a step from its rule. A deadline is a day: the step is due at the end of that day
 * in Oslo, and followed up from the start of its follow-up day. Month arithmetic follows java.time: one month
 * after 31 January is the last day of February (29th in a leap year).
 */
public final class DeadlineCalculator {

  public record Deadline(Date due, Date followUp, LocalDate dueDay) {
  }

  private DeadlineCalculator() {
  }

  /**
   * @param created when the step was created
   * @param variables reads a course variable (dates as Date or ISO string), or null when it is not set
   * @return the deadline, or null when the rule's base date is not known for this course
   */
  public static Deadline of(DeadlineRules.Rule rule, Date created, Function<String, Object> variables) {
    LocalDate base;
    if (rule.from() == DeadlineRules.Base.CREATED) {
      base = created.toInstant().atZone(Days.OSLO).toLocalDate();
    } else {
      String variable = rule.from().variables().stream().filter(name -> variables.apply(name) != null).findFirst()
          .orElse(null);
      if (variable == null) {
        return null;
      }
      base = FormInput.date(variables.apply(variable), variable);
    }
    LocalDate dueDay = base.plus(rule.duePeriod());
    ZonedDateTime endOfDueDay = dueDay.plusDays(1).atStartOfDay(Days.OSLO).minusSeconds(1);
    LocalDate followUpDay = rule.followUpPeriod().map(dueDay::minus).orElse(dueDay);
    LocalDate createdDay = created.toInstant().atZone(Days.OSLO).toLocalDate();
    if (followUpDay.isBefore(createdDay)) {
      followUpDay = createdDay;
    }
    return new Deadline(Date.from(endOfDueDay.toInstant()),
        Date.from(followUpDay.atStartOfDay(Days.OSLO).toInstant()), dueDay);
  }
}
