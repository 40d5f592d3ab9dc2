package no.grunnmodell.specialised.egenandel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import no.grunnmodell.platform.Days;

/**
 * The municipality's egenandel for a specialised measure: a monthly amount per child, set per calendar year, so a
 * measure that runs across New Year is charged each month at its own year's rate.
 *
 * <p>Two rules are ours, not Bufetat's, and are said in the text the caseworker sees: a month the measure runs only
 * part of is charged per day (rate × days / days in the month, whole kroner), and a year without a rate in
 * config/egenandel-rates.csv uses the latest earlier year's rate. A month with no rate at all counts as missing,
 * and the total says it is incomplete.
 */
public record Egenandel(LocalDate start, LocalDate end, List<Month> months) {

  static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

  /**
   * @param rateYear the year whose rate was used: the month's own year, an earlier one, or null when none exists
   */
  public record Month(YearMonth month, int days, Integer rateYear, BigDecimal monthlyRate, BigDecimal amount) {

    public boolean rateOfItsOwnYear() {
      return rateYear != null && rateYear == month.getYear();
    }
  }

  /** Both days included. */
  public static Egenandel calculate(LocalDate start, LocalDate end, NavigableMap<Integer, BigDecimal> ratesByYear) {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("The measure ends (" + end + ") before it starts (" + start + ")");
    }
    List<Month> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
      LocalDate first = start.isAfter(m.atDay(1)) ? start : m.atDay(1);
      LocalDate last = end.isBefore(m.atEndOfMonth()) ? end : m.atEndOfMonth();
      int days = last.getDayOfMonth() - first.getDayOfMonth() + 1;
      Map.Entry<Integer, BigDecimal> rate = ratesByYear.floorEntry(m.getYear());
      if (rate == null) {
        months.add(new Month(m, days, null, null, null));
      } else {
        BigDecimal amount = rate.getValue().multiply(BigDecimal.valueOf(days))
            .divide(BigDecimal.valueOf(m.lengthOfMonth()), 0, RoundingMode.HALF_UP);
        months.add(new Month(m, days, rate.getKey(), rate.getValue(), amount));
      }
    }
    return new Egenandel(start, end, List.copyOf(months));
  }

  public BigDecimal total() {
    return months.stream().map(Month::amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public boolean complete() {
    return months.stream().allMatch(m -> m.amount() != null);
  }

  /** For the caseworker, in Norwegian: the total, then one line per month with the rate used and why. */
  public String text(String measureName) {
    StringBuilder s = new StringBuilder("**Egenandel for " + measureName + " " + Days.text(start) + "–"
        + Days.text(end) + ": " + kroner(total()) + (complete() ? "" : " (ufullstendig: sats mangler)")
        + "**\n");
    for (Month m : months) {
      String name = m.month().getMonth().getDisplayName(TextStyle.FULL, NORWEGIAN) + " " + m.month().getYear();
      int length = m.month().lengthOfMonth();
      if (m.amount() == null) {
        s.append("- ").append(name).append(": ingen sats er registrert for ").append(m.month().getYear())
            .append(" eller tidligere. Legg satsen inn i config/egenandel-rates.csv.\n");
        continue;
      }
      s.append("- ").append(name).append(": ").append(kroner(m.amount()));
      if (m.days() < length) {
        s.append(" (").append(m.days()).append(" av ").append(length).append(" dager)");
      }
      s.append(", sats ").append(kroner(m.monthlyRate())).append(" per måned for ").append(m.rateYear());
      if (!m.rateOfItsOwnYear()) {
        s.append(" fordi ingen sats er registrert for ").append(m.month().getYear());
      }
      s.append('\n');
    }
    return s.toString();
  }

  public static String kroner(BigDecimal amount) {
    // Norwegian grouping uses a no-break space; a plain one reads the same and is simpler to search for.
    return "kr " + NumberFormat.getIntegerInstance(NORWEGIAN).format(amount).replace('\u00a0', ' ');
  }
}
