package no.grunnmodell.specialised.catalogue;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads Bufetat's catalogue and the egenandel rates. Liquibase fills both tables from the files in config/; the
 * application never writes them, so a retired measure keeps its row for the referrals that name it.
 */
@Repository
public class SpecialisedMeasureCatalogue {

  private static final String SELECT = "select code, name, description, min_age, max_age, problem_areas, exclusions,"
      + " duration_min_months, duration_max_months, intensity, delivered_by, active_from, active_to, note"
      + " from gm_specialised_measure";

  private final JdbcTemplate jdbc;

  public SpecialisedMeasureCatalogue(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The measures that can be referred to on that day, in catalogue order (by code). */
  public List<SpecialisedMeasure> activeOn(LocalDate day) {
    Date d = Date.valueOf(day);
    return jdbc.query(SELECT + " where active_from <= ? and (active_to is null or active_to >= ?) order by code",
        SpecialisedMeasureCatalogue::measure, d, d);
  }

  /** Any measure, retired or not: old referrals still name it. */
  public Optional<SpecialisedMeasure> find(String code) {
    return jdbc.query(SELECT + " where code = ?", SpecialisedMeasureCatalogue::measure, code).stream().findFirst();
  }

  /** The measure's monthly egenandel by calendar year. */
  public TreeMap<Integer, BigDecimal> rates(String code) {
    TreeMap<Integer, BigDecimal> rates = new TreeMap<>();
    jdbc.query("select rate_year, monthly_amount_nok from gm_egenandel_rate where measure_code = ?",
        rs -> { rates.put(rs.getInt(1), rs.getBigDecimal(2)); }, code);
    return rates;
  }

  /** All rates with where they come from, for the catalogue endpoint. */
  public List<Rate> rateTable(String code) {
    return jdbc.query("select rate_year, monthly_amount_nok, basis from gm_egenandel_rate where measure_code = ?"
        + " order by rate_year", (rs, i) -> new Rate(rs.getInt(1), rs.getBigDecimal(2), rs.getString(3)), code);
  }

  public record Rate(int year, BigDecimal monthlyAmountNok, String basis) {
  }

  private static SpecialisedMeasure measure(ResultSet rs, int row) throws SQLException {
    Date to = rs.getDate("active_to");
    return new SpecialisedMeasure(rs.getString("code"), rs.getString("name"), blankToNull(rs.getString("description")),
        rs.getInt("min_age"), rs.getInt("max_age"), codes(rs.getString("problem_areas")),
        codes(rs.getString("exclusions")), rs.getObject("duration_min_months", Integer.class),
        rs.getObject("duration_max_months", Integer.class), blankToNull(rs.getString("intensity")),
        SpecialisedMeasure.DeliveredBy.valueOf(rs.getString("delivered_by").trim()),
        rs.getDate("active_from").toLocalDate(), to == null ? null : to.toLocalDate(),
        blankToNull(rs.getString("note")));
  }

  /** "BEHAVIOUR; VIOLENCE" → [BEHAVIOUR, VIOLENCE]: the file is typed by people. */
  static List<String> codes(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.split(";")).map(String::trim).filter(s -> !s.isEmpty())
        .map(s -> s.toUpperCase(java.util.Locale.ROOT)).toList();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
