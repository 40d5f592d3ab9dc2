package no.grunnmodell.deadline;

import java.time.Period;

/** A period as caseworkers read it: "7 dager", "3 måneder", "1 år og 6 måneder". */
public final class PeriodText {

  private PeriodText() {
  }

  public static String of(Period p) {
    StringBuilder s = new StringBuilder();
    append(s, p.getYears(), "år", "år");
    append(s, p.getMonths(), "måned", "måneder");
    append(s, p.getDays(), "dag", "dager");
    return s.toString();
  }

  private static void append(StringBuilder s, int n, String one, String many) {
    if (n == 0) {
      return;
    }
    if (!s.isEmpty()) {
      s.append(" og ");
    }
    s.append(n).append(' ').append(n == 1 ? one : many);
  }
}
