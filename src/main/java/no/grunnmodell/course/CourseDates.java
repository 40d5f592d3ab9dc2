package no.grunnmodell.course;

import java.time.LocalDate;
import java.util.Optional;
import no.grunnmodell.platform.Days;
import no.grunnmodell.platform.Refusal;

/**
 * The rules a course's birth date and vedtak date keep however the course is started: the Tasklist's start form
 * shows the Norwegian sentence, the course API answers 400 with the English one and the field. The lower bounds
 * catch typing errors and placeholder dates (0000-01-01) that would otherwise give ages of hundreds of years and
 * deadlines counted from them.
 */
public final class CourseDates {

  public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
  public static final LocalDate EARLIEST_DECISION_DATE = LocalDate.of(2000, 1, 1);

  private CourseDates() {
  }

  /** Empty when the dates are possible on {@code today}, else the first rule they break. */
  public static Optional<Refusal> check(LocalDate birthDate, LocalDate decisionDate, LocalDate today) {
    if (birthDate.isAfter(today)) {
      return refuse("birthDate", "Fødselsdato kan ikke være fram i tid.", "birthDate must not be in the future.");
    }
    if (birthDate.isBefore(EARLIEST_BIRTH_DATE)) {
      return refuse("birthDate", "Fødselsdato kan ikke være før " + Days.text(EARLIEST_BIRTH_DATE) + ".",
          "birthDate must not be before " + EARLIEST_BIRTH_DATE + ".");
    }
    if (decisionDate.isAfter(today)) {
      return refuse("decisionDate", "Vedtaksdato kan ikke være fram i tid.",
          "decisionDate must not be in the future.");
    }
    if (decisionDate.isBefore(EARLIEST_DECISION_DATE)) {
      return refuse("decisionDate", "Vedtaksdato kan ikke være før " + Days.text(EARLIEST_DECISION_DATE)
          + ".", "decisionDate must not be before " + EARLIEST_DECISION_DATE + ".");
    }
    if (decisionDate.isBefore(birthDate)) {
      return refuse("decisionDate", "Vedtaksdato kan ikke være før fødselsdatoen.",
          "decisionDate must not be before birthDate.");
    }
    return Optional.empty();
  }

  private static Optional<Refusal> refuse(String field, String norwegian, String english) {
    return Optional.of(Refusal.invalid(field, norwegian, english));
  }
}
