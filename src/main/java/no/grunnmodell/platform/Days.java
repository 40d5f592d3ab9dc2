package no.grunnmodell.platform;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/**
 * Days as the application counts them and people read them: Oslo days, dates as «01.03.2026», ages in whole years,
 * periods in Norwegian words. Plain Java, so that domain rules can use it without the engine; what day it is today
 * is {@link EngineClock}'s.
 */
public final class Days {

  public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private Days() {
  }

  /** How people read a date: 01.03.2026. */
  public static String text(LocalDate day) {
    return day.format(TEXT);
  }

  /** The start of the Oslo day, as the {@link Date} process variables hold. */
  public static Date toDate(LocalDate day) {
    return Date.from(day.atStartOfDay(OSLO).toInstant());
  }

  /** The Oslo day of a date-time. */
  public static LocalDate of(Date date) {
    return date.toInstant().atZone(OSLO).toLocalDate();
  }

  /**
   * Age in whole years on {@code day}: a person has reached an age on the first day {@code Period.between} says so
   * (born 29 February, one turns a year older on 1 March in a year without it).
   */
  public static int ageOn(LocalDate birthDate, LocalDate day) {
    return Period.between(birthDate, day).getYears();
  }

  /** A period as caseworkers read it: «7 dager», «3 måneder», «1 år og 6 måneder». */
  public static String words(Period p) {
    return words(p, "år", "år", "måned", "måneder", "dag", "dager", " og ");
  }

  /** The same in English, for API clients: «1 year 6 months». */
  public static String englishWords(Period p) {
    return words(p, "year", "years", "month", "months", "day", "days", " ");
  }

  private static String words(Period p, String year, String years, String month, String months, String day,
                              String days, String and) {
    Period n = p.normalized();
    StringBuilder s = new StringBuilder();
    append(s, n.getYears(), year, years, and);
    append(s, n.getMonths(), month, months, and);
    append(s, n.getDays(), day, days, and);
    return s.toString();
  }

  private static void append(StringBuilder s, int n, String one, String many, String and) {
    if (n != 0) {
      s.append(s.isEmpty() ? "" : and).append(n).append(' ').append(n == 1 ? one : many);
    }
  }
}
