package no.grunnmodell.specialised.egenandel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The municipality's egenandel: each calendar month at its own year's rate. */
class EgenandelTest {

  private static TreeMap<Integer, BigDecimal> rates(Object... yearAndAmount) {
    TreeMap<Integer, BigDecimal> rates = new TreeMap<>();
    for (int i = 0; i < yearAndAmount.length; i += 2) {
      rates.put((Integer) yearAndAmount[i], new BigDecimal(yearAndAmount[i + 1].toString()));
    }
    return rates;
  }

  @Test
  void aMeasureAcrossNewYearIsChargedEachMonthAtItsOwnYearsRate() {
    Egenandel e = Egenandel.calculate(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 2, 28),
        rates(2026, 15000, 2027, 15600));

    assertThat(e.months()).extracting(Egenandel.Month::month).containsExactly(YearMonth.of(2026, 11),
        YearMonth.of(2026, 12), YearMonth.of(2027, 1), YearMonth.of(2027, 2));
    assertThat(e.months()).extracting(m -> m.amount().intValueExact()).containsExactly(15000, 15000, 15600, 15600);
    assertThat(e.months()).extracting(Egenandel.Month::rateYear).containsExactly(2026, 2026, 2027, 2027);
    assertThat(e.total()).isEqualByComparingTo("61200");
    assertThat(e.complete()).isTrue();
    assertThat(e.text("MST")).contains("kr 61 200").contains("desember 2026: kr 15 000")
        .contains("januar 2027: kr 15 600");
  }

  @Test
  void aPartMonthIsChargedPerDay() {
    Egenandel e = Egenandel.calculate(LocalDate.of(2026, 12, 17), LocalDate.of(2027, 1, 10),
        rates(2026, 15500, 2027, 15500));

    // 15 of 31 December days, 10 of 31 January days
    assertThat(e.months()).extracting(Egenandel.Month::days).containsExactly(15, 10);
    assertThat(e.months()).extracting(m -> m.amount().intValueExact()).containsExactly(7500, 5000);
    assertThat(e.text("RFT")).contains("(15 av 31 dager)");
  }

  @Test
  void aYearWithoutARateUsesTheLatestEarlierRateAndSaysSo() {
    Egenandel e = Egenandel.calculate(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 31),
        rates(2017, 16185, 2022, 15000));

    assertThat(e.months().get(0).rateYear()).isEqualTo(2022);
    assertThat(e.months().get(0).rateOfItsOwnYear()).isFalse();
    assertThat(e.total()).isEqualByComparingTo("15000");
    assertThat(e.text("MST")).contains("sats kr 15 000 per måned for 2022 fordi ingen sats er registrert for 2023");
  }

  @Test
  void monthsBeforeAnyRateAreMissingAndTheTotalSaysItIsIncomplete() {
    Egenandel e = Egenandel.calculate(LocalDate.of(2016, 12, 1), LocalDate.of(2017, 1, 31), rates(2017, 16185));

    assertThat(e.months().get(0).amount()).isNull();
    assertThat(e.complete()).isFalse();
    assertThat(e.total()).isEqualByComparingTo("16185");
    assertThat(e.text("MST")).contains("ufullstendig").contains("Legg satsen inn i config/egenandel-rates.csv");
  }

  @Test
  void aZeroRateChargesNothing() {
    Egenandel e = Egenandel.calculate(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 8, 31), rates(2022, 0));
    assertThat(e.total()).isEqualByComparingTo("0");
    assertThat(e.complete()).isTrue();
  }

  @Test
  void anEndBeforeTheStartIsRefused() {
    assertThatThrownBy(() -> Egenandel.calculate(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1), rates()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
