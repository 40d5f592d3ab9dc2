package no.grunnmodell.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.grunnmodell.platform.Days;
import no.grunnmodell.platform.Refusal;
import no.grunnmodell.platform.Text;

/**
 * Reads what Camunda Forms and API clients submit as Java values: dates arrive as ISO strings (or as Dates once
 * stored), lists (checklist, taglist, dynamic list) as Json variables. The one place values are parsed; refusals
 * are for caseworkers in Norwegian and name the field by its label, with an English sentence for API clients.
 */
public final class FormInput {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormInput() {
  }

  /**
   * A date: "2026-03-01", "2026-03-01T10:00:00Z" (its Oslo day), a Date (its Oslo day) or a LocalDate; null when
   * missing or blank.
   *
   * @throws DateTimeParseException when the text is no date
   */
  public static LocalDate dateOrNull(Object value) {
    if (value instanceof Date d) {
      return Days.of(d);
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    String text = Text.orNull(value);
    if (text == null) {
      return null;
    }
    return text.length() <= 10 ? LocalDate.parse(text)
        : OffsetDateTime.parse(text).atZoneSameInstant(Days.OSLO).toLocalDate();
  }

  /** A required date field, as {@link #dateOrNull}; refused (400) when missing or no date. */
  public static LocalDate date(Object value, String label) {
    return date(value, null, label);
  }

  /** As {@link #date(Object, String)}, naming the field's key in the refusal. */
  public static LocalDate date(Object value, String field, String label) {
    String name = field == null ? label : field;
    LocalDate day;
    try {
      day = dateOrNull(value);
    } catch (DateTimeParseException e) {
      throw Refusal.invalid(field, label + " er ikke en gyldig dato (skriv den som dd.mm.åååå).",
          name + " is not a valid date (yyyy-MM-dd).");
    }
    if (day == null) {
      throw Refusal.invalid(field, label + " må fylles ut.", name + " is required (a date, yyyy-MM-dd).");
    }
    return day;
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
}
