package no.grunnmodell.deadline;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.grunnmodell.security.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The deadline table from config/grunnmodell.yml ({@code grunnmodell.deadlines}): for each step (the id of a user
 * task in the diagrams, or "*" for every other step) when it is due, when to follow it up, why, and whom to
 * escalate to. Invalid entries stop start-up with a message naming the entry.
 */
@ConfigurationProperties(prefix = "grunnmodell")
public record DeadlineRules(List<Rule> deadlines) {

  public static final String DEFAULT_STEP = "*";

  /** The course date a deadline is counted from, and the process variable that holds it. */
  public enum Base {
    CREATED(null),
    DECISION_DATE("decisionDate"),
    PLAN_AGREED("planAgreedAt"),
    EVALUATION_DATE("evaluationDue"),
    /** How long the measures in the plan are meant to last: the plan's «Tiltakene er planlagt å vare til». */
    PLANNED_END("measuresPlannedUntil"),
    BIRTH_DATE("birthDate"),
    /** Aftercare: the day a young person who said no is to be asked again. */
    FOLLOW_UP_AFTER_NO("followUpAfterNoDue");

    private final String variable;

    Base(String variable) {
      this.variable = variable;
    }

    public String variable() {
      return variable;
    }
  }

  /**
   * @param step the user task id in the diagram, or "*"
   * @param due ISO-8601 period after the base date (P7D, P3M)
   * @param from what the period is counted from (default: when the step was created)
   * @param followUp ISO-8601 period before the due date when the step is to be followed up (P2D)
   * @param basis the legal or professional basis, shown to the caseworker
   * @param escalateTo the role that gets the step when it is overdue
   * @param secondEscalation ISO-8601 period after the due date for a second, more urgent escalation (optional)
   */
  public record Rule(String step, String due, Base from, String followUp, String basis, Role escalateTo,
                     String secondEscalation) {

    public Rule {
      String name = "grunnmodell.deadlines entry '" + step + "'";
      if (step == null || step.isBlank()) {
        throw new IllegalArgumentException("A grunnmodell.deadlines entry has no step (a user task id or \"*\")");
      }
      parse(due, name + ": due", true);
      parse(followUp, name + ": follow-up", false);
      parse(secondEscalation, name + ": second-escalation", false);
      if (basis == null || basis.isBlank()) {
        throw new IllegalArgumentException(name + ": basis is required (the reason the caseworker sees)");
      }
      from = from == null ? Base.CREATED : from;
      escalateTo = escalateTo == null ? Role.LEDER : escalateTo;
    }

    public Period duePeriod() {
      return Period.parse(due);
    }

    public Optional<Period> followUpPeriod() {
      return Optional.ofNullable(followUp).map(Period::parse);
    }

    public Optional<Period> secondEscalationPeriod() {
      return Optional.ofNullable(secondEscalation).map(Period::parse);
    }

    private static void parse(String period, String name, boolean required) {
      if (period == null || period.isBlank()) {
        if (required) {
          throw new IllegalArgumentException(name + " is required (an ISO-8601 period such as P7D or P3M)");
        }
        return;
      }
      try {
        Period p = Period.parse(period);
        if (p.isNegative() || p.isZero()) {
          throw new IllegalArgumentException(name + " must be a positive period, not '" + period + "'");
        }
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(name + ": '" + period
            + "' is not an ISO-8601 period such as P7D, P2W or P3M");
      }
    }
  }

  public DeadlineRules {
    deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
    Set<String> seen = new HashSet<>();
    for (Rule rule : deadlines) {
      if (!seen.add(rule.step())) {
        throw new IllegalArgumentException("grunnmodell.deadlines has two entries for step '" + rule.step() + "'");
      }
    }
    if (!seen.contains(DEFAULT_STEP)) {
      throw new IllegalArgumentException("grunnmodell.deadlines needs an entry for step \"*\": the deadline of "
          + "every step without its own entry");
    }
  }

  public Rule forStep(String step) {
    return deadlines.stream().filter(r -> r.step().equals(step)).findFirst()
        .orElseGet(() -> deadlines.stream().filter(r -> r.step().equals(DEFAULT_STEP)).findFirst().orElseThrow());
  }
}
