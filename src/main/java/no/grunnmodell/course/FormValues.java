package no.grunnmodell.course;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.grunnmodell.platform.EngineClock;
import no.grunnmodell.platform.Refusal;

/**
 * Turns what Camunda Forms submit into Java values: dates arrive as ISO strings, lists (checklist, dynamic list)
 * as Json variables. Errors are for caseworkers, in Norwegian, and name the field by its label.
 */
public final class FormValues {

  public static final ZoneId OSLO = EngineClock.OSLO;
  private static final ObjectMapper JSON = new ObjectMapper();

  private FormValues() {
  }
  /** A date field: "2026-03-01", "2026-03-01T10:00:00Z" or a Date; the start of that day in Oslo. */
  public static LocalDate date(Object value, String label) {
    return date(value, null, label);
  }

  /** As {@link #date(Object, String)}, naming the field's key in the refusal. */
  public static LocalDate date(Object value, String field, String label) {
    String name = field == null ? label : field;
    if (value == null || value instanceof String s && s.isBlank()) {
      throw Refusal.invalid(field, label + " må fylles ut.", name + " is required (a date, yyyy-MM-dd).");
    }
    if (value instanceof Date d) {
      return d.toInstant().atZone(OSLO).toLocalDate();
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    String text = value.toString().trim();
    try {
      return text.length() <= 10 ? LocalDate.parse(text) : OffsetDateTime.parse(text).atZoneSameInstant(OSLO).toLocalDate();
    } catch (DateTimeParseException e) {
      throw Refusal.invalid(field, label + " er ikke en gyldig dato (skriv den som dd.mm.åååå).",
          name + " is not a valid date (yyyy-MM-dd).");
    }
  }

  /** How people read a date: 01.03.2026. */
  public static String text(LocalDate day) {
    return day.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
  }

  public static Date toDate(LocalDate day) {
    return Date.from(day.atStartOfDay(OSLO).toInstant());
  }

  /** A checklist or taglist: the selected values. */
  public static List<String> strings(Object value) {
    return convert(value, new TypeReference<List<String>>() { });
  }

  /** A dynamic list: one map per row. */
  public static List<Map<String, Object>> rows(Object value) {
    return convert(value, new TypeReference<List<Map<String, Object>>>() { });
  }

  private static <T> List<T> convert(Object value, TypeReference<List<T>> type) {
    if (value == null) {
      return List.of();
    }
    try {
      if (value instanceof List<?> list) {
        return JSON.convertValue(list, type);
      }
      // A Spin Json variable or a JSON string: both print as JSON text.
      return JSON.readValue(value.toString(), type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw Refusal.invalid(null, "Listen i skjemaet kunne ikke leses. Last skjemaet på nytt og prøv igjen.",
          "A list value could not be read: send a JSON array.");
    }
  }

  public static boolean isTrue(Object value) {
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }
}
