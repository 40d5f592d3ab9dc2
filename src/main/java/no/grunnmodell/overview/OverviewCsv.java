package no.grunnmodell.overview;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import no.grunnmodell.overview.LederOverview.Evaluation;
import no.grunnmodell.overview.LederOverview.MonthKept;
import no.grunnmodell.overview.LederOverview.OverdueStep;
import no.grunnmodell.overview.LederOverview.PersonCount;
import no.grunnmodell.overview.LederOverview.PhaseCount;
import no.grunnmodell.overview.LederOverview.StepCount;

/**
 * The overview as one CSV file for Excel as Norwegian offices have it: UTF-8 with a byte order mark (without it
 * Excel reads the file as Windows-1252 and garbles æ, ø and å), semicolons between fields (the Norwegian list
 * separator; a comma is the decimal sign), dates as dd.MM.yyyy, CRLF line ends. One block per part of the overview,
 * each with a title line and a header row, blocks separated by an empty line, so the whole overview is one
 * download and each block can be copied out as a table.
 */
public final class OverviewCsv {

  public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final String BOM = "\uFEFF";

  private final StringBuilder out = new StringBuilder(BOM);

  private OverviewCsv() {
  }

  /** The file's bytes. */
  public static byte[] render(LederOverview overview) {
    return new OverviewCsv().write(overview).out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A file name that says what and when: forlopsoversikt-lorenskog-2026-11-30.csv. */
  public static String fileName(LederOverview overview) {
    return "forlopsoversikt-" + overview.serviceId() + "-" + overview.asOf().substring(0, 10) + ".csv";
  }

  private OverviewCsv write(LederOverview o) {
    row("Oversikt for leder", o.serviceName(), "per " + o.asOf().substring(0, 10));
    block("Forsinkede steg per steg", List.of("Steg", "Forsinket", "Lengst på overtid (dager)"));
    for (StepCount s : o.overduePerStep()) {
      row(s.name(), s.overdue(), s.maxDaysOverdue());
    }
    block("Forsinkede steg per kontaktperson", List.of("Kontaktperson", "Forsinket"));
    for (PersonCount p : o.overduePerKontaktperson()) {
      row(person(p.firstName(), p.lastName()), p.overdue());
    }
    block("Eldste forsinkede steg", List.of("Saksnummer", "Steg", "Hos", "Frist", "Dager på overtid"));
    for (OverdueStep s : o.oldestOverdue()) {
      row(s.caseReference(), s.name(), person(s.heldByFirstName(), s.heldByLastName()), s.due(), s.daysOverdue());
    }
    evaluations("Evalueringer på overtid (" + o.evaluations().overdue() + ")", o.evaluations().overdueCourses());
    evaluations("Evalueringer de neste " + o.evaluations().days() + " dagene (" + o.evaluations().dueSoon() + ")",
        o.evaluations().dueSoonCourses());
    block("Forløp per fase", List.of("Fase", "Forløp"));
    for (PhaseCount p : o.coursesPerPhase()) {
      row(p.label(), p.courses());
    }
    block("Frister overholdt per måned", List.of("Måned", "Overholdt", "Ikke overholdt", "Andel overholdt (%)"));
    for (MonthKept m : o.deadlinesKeptPerMonth()) {
      row(m.month(), m.met(), m.missed(), m.sharePercent());
    }
    return this;
  }

  private void evaluations(String title, List<Evaluation> courses) {
    block(title, List.of("Saksnummer", "Forløp", "Kontaktperson", "Dato", "Evalueringssteget er åpent"));
    for (Evaluation e : courses) {
      row(e.caseReference(), e.course(), person(e.kontaktpersonFirstName(), e.kontaktpersonLastName()), e.due(),
          e.openStep() ? "Ja" : "Nei");
    }
  }

  private void block(String title, List<String> header) {
    out.append("\r\n");
    row(title);
    row(header.toArray());
  }

  private void row(Object... cells) {
    for (int i = 0; i < cells.length; i++) {
      out.append(i == 0 ? "" : ";").append(cell(cells[i]));
    }
    out.append("\r\n");
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number) {
      return value.toString();
    }
    if (value instanceof LocalDate date) {
      return DATE.format(date);
    }
    String text = value.toString();
    // Text that Excel would run as a formula is kept as text (CSV injection).
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  static String person(String firstName, String lastName) {
    if (firstName == null && lastName == null) {
      return "Ikke tatt av noen";
    }
    return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
  }
}
