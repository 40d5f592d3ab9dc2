package no.grunnmodell.aftercare;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import no.grunnmodell.course.StartRule;
import no.grunnmodell.course.TargetGroup;
import no.grunnmodell.course.TargetGroupCriteria;
import no.grunnmodell.platform.Days;
import org.springframework.stereotype.Component;

/**
 * Who may have an aftercare course, and the days that follow from the young person's birth date: when the
 * course can be registered, when the aftercare conversation is due, and the last day before the age limit.
 *
 * <p>Ages are counted as everywhere else in the project ({@link TargetGroupCriteria#ageOn}): a person has
 * reached an age on the first day {@code Period.between(birthDate, day)} says so. Someone born on 29 February
 * therefore turns 25 on 1 March in a year without 29 February, as in Norwegian practice, and their last day of
 * aftercare is 28 February.
 */
@Component
public class AftercareAgeRules implements StartRule {

  public enum Reason { BIRTH_DATE_IN_FUTURE, TOO_YOUNG, TOO_OLD }

  /** Why an aftercare course cannot start, for caseworkers (Norwegian) and for API clients (English). */
  public record Refusal(Reason reason, String norwegian, String english) {
  }

  private final AftercareSettings settings;
  private final TargetGroupCriteria criteria;

  public AftercareAgeRules(AftercareSettings settings, TargetGroupCriteria criteria) {
    this.settings = settings;
    this.criteria = criteria;
  }

  @Override
  public TargetGroup targetGroup() {
    return TargetGroup.AFTERCARE;
  }

  /** The course API's check: {@link #check}'s English reason. */
  @Override
  public Optional<String> refusesBirthDate(LocalDate birthDate, LocalDate today) {
    return check(birthDate, today).map(Refusal::english);
  }

  /**
   * Whether an aftercare course can start today for someone born on {@code birthDate}: from the earliest
   * registration age until the day before the last day (on the last day the course would end at once).
   *
   * @return empty when it can, else why not
   */
  public Optional<Refusal> check(LocalDate birthDate, LocalDate today) {
    if (birthDate.isAfter(today)) {
      return Optional.of(new Refusal(Reason.BIRTH_DATE_IN_FUTURE, "Fødselsdato kan ikke være fram i tid.",
          "birthDate must not be in the future."));
    }
    LocalDate earliest = earliestRegistration(birthDate);
    if (today.isBefore(earliest)) {
      return Optional.of(new Refusal(Reason.TOO_YOUNG,
          "Den unge er for ung for ettervern. Et ettervernsforløp kan registreres fra "
              + text(settings.earliestRegistrationAge()) + ", det vil si fra " + Days.text(earliest)
              + ". Samtalen om ettervern kommer ved " + text(settings.conversationAge()) + ".",
          range() + "; a course can be registered from the age of " + english(settings.earliestRegistrationAge())
              + " so that the aftercare conversation can be planned: for this young person from " + earliest + "."));
    }
    LocalDate last = lastDay(birthDate);
    if (!today.isBefore(last)) {
      return Optional.of(new Refusal(Reason.TOO_OLD,
          "Ettervernet må være avsluttet senest dagen før " + limitAge() + "-årsdagen (" + Days.text(last)
              + "), så et ettervernsforløp kan ikke startes nå.",
          range() + ": it ends on the day before the " + limitAge() + "th birthday (" + last
              + "), so a course can no longer be started for this young person."));
    }
    return Optional.empty();
  }

  public LocalDate earliestRegistration(LocalDate birthDate) {
    return dayReaching(birthDate, settings.earliestRegistrationAge());
  }

  public LocalDate conversationDay(LocalDate birthDate) {
    return dayReaching(birthDate, settings.conversationAge());
  }

  /** The last day of aftercare: the day before the 25th birthday (28 February for someone born 29 February). */
  public LocalDate lastDay(LocalDate birthDate) {
    return dayReaching(birthDate, Period.ofYears(limitAge())).minusDays(1);
  }

  /** When the kontaktperson is reminded to prepare the closure at the age limit. */
  public LocalDate reminderDay(LocalDate birthDate) {
    return lastDay(birthDate).minus(settings.ageLimitReminder());
  }

  /**
   * When the young person who said no on {@code noDay} is asked again: {@code follow-up-after-no} later, but never
   * on or after the last day of aftercare, which ends the course. A no on the day before the last day is followed
   * up the same day.
   */
  public LocalDate followUpAfterNo(LocalDate noDay, LocalDate lastDay) {
    LocalDate followUp = noDay.plus(settings.followUpAfterNo());
    LocalDate latest = lastDay.minusDays(1);
    return followUp.isAfter(latest) ? latest : followUp;
  }

  /** The follow-up period after a no in words, for the forms: "6 måneder". */
  public String followUpAfterNoText() {
    return text(settings.followUpAfterNo());
  }
  /**
   * The first day on which someone born on {@code birthDate} has reached {@code age}. Plain date arithmetic
   * would put 25 years after 29 February 2004 on 28 February 2029, one day before the person is 25.
   */
  static LocalDate dayReaching(LocalDate birthDate, Period age) {
    long months = age.toTotalMonths();
    LocalDate day = birthDate.plus(age);
    while (isShorter(Period.between(birthDate, day), months, age.getDays())) {
      day = day.plusDays(1);
    }
    return day;
  }

  private static boolean isShorter(Period p, long months, int days) {
    return p.toTotalMonths() < months || p.toTotalMonths() == months && p.getDays() < days;
  }

  private int limitAge() {
    return criteria.of(TargetGroup.AFTERCARE).maxAge() + 1;
  }

  private String range() {
    TargetGroupCriteria.AgeRange range = criteria.of(TargetGroup.AFTERCARE);
    return "Aftercare is for young people aged " + range.minAge() + " to " + range.maxAge();
  }

  /** "16 år og 6 måneder", "17 år", "3 måneder". */
  static String text(Period p) {
    return Days.words(p);
  }

  private static String english(Period p) {
    return Days.englishWords(p);
  }
}
