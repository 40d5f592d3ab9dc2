package no.grunnmodell.course;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A target group's own rule for whom a course may be started, checked by the course API before anything starts
 * (aftercare: the young person's age). Target groups add their rules as beans; courses do not depend on them.
 */
public interface StartRule {

  TargetGroup targetGroup();

  /** Why, in English for API clients, a course cannot start for someone born on this day; empty if it can. */
  Optional<String> refusesBirthDate(LocalDate birthDate, LocalDate today);
}
