package no.grunnmodell.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import no.grunnmodell.platform.EngineClock;

/** How the checks read submitted and stored values, and how they show them in messages. */
final class Values {

  static final ZoneId OSLO = EngineClock.OSLO;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private Values() {
  }

  /** Nothing filled in: null, "", an empty list or object, or (for a checkbox) false. */
  static boolean isEmpty(Object value, boolean checkbox) {
    return value == null || "".equals(value) || value instanceof Collection<?> c && c.isEmpty()
        || value instanceof Map<?, ?> m && m.isEmpty() || checkbox && Boolean.FALSE.equals(value);
  }

  /** A stored list: a List, or the JSON text of one (how a Json variable may arrive); else null. */
  static List<?> list(Object value) {
    Object content = value instanceof String s ? json(s) : value;
    return content instanceof List<?> list ? list : null;
  }

  /** A stored object as a map with text keys: a Map, or the JSON text of one; else null. */
  static Map<String, Object> map(Object value) {
    Object content = value instanceof String s ? json(s) : value;
    if (!(content instanceof Map<?, ?> map)) {
      return null;
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach((key, entry) -> copy.put(String.valueOf(key), entry));
    return copy;
  }

  /** The same content whatever the representation: numbers by value, dates by day, JSON text as its content. */
  static boolean same(Object a, Object b) {
    return Objects.equals(normalise(a), normalise(b));
  }

  /** A date: exactly yyyy-MM-dd and a real day, a java.util.Date (its day in Oslo) or a LocalDate; else null. */
  static LocalDate date(Object value) {
    if (value instanceof LocalDate day) {
      return day;
    }
    if (value instanceof Date date) {
      // getTime(), not toInstant(): java.sql.Date refuses the latter.
      return Instant.ofEpochMilli(date.getTime()).atZone(OSLO).toLocalDate();
    }
    if (value instanceof String text && ISO_DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }

  static String norwegian(LocalDate day) {
    return day.format(NORWEGIAN_DATE);
  }

  /** A number as Norwegians write it: decimal comma, no trailing zeros. */
  static String norwegian(BigDecimal number) {
    return plain(number).replace('.', ',');
  }

  static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }

  /** A value quoted for an English message, shortened so that free text does not spread into answers and logs. */
  static String quote(Object value) {
    if (value instanceof String text) {
      return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
    }
    if (value instanceof Number || value instanceof Boolean || value == null) {
      return String.valueOf(value);
    }
    if (value instanceof List) {
      return "a list";
    }
    return value instanceof Map ? "an object" : "a " + value.getClass().getSimpleName();
  }

  /** A value and its kind, for messages about the wrong kind of value. */
  static String describe(Object value) {
    if (value instanceof String) {
      return quote(value) + " (text)";
    }
    if (value instanceof Boolean) {
      return value + " (a boolean)";
    }
    if (value instanceof Number) {
      return value + " (a number)";
    }
    return quote(value);
  }

  private static Object normalise(Object value) {
    if (value instanceof String text) {
      String trimmed = text.strip();
      if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
        Object content = json(trimmed);
        if (content != null) {
          return normalise(content);
        }
      }
      LocalDate day = date(text);
      return day != null ? day : text;
    }
    BigDecimal number = FeelSemantics.number(value);
    if (number != null) {
      return number.stripTrailingZeros();
    }
    if (value instanceof Date || value instanceof LocalDate) {
      return date(value);
    }
    if (value instanceof List<?> list) {
      List<Object> normalised = new ArrayList<>();
      list.forEach(element -> normalised.add(normalise(element)));
      return normalised;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> normalised = new LinkedHashMap<>();
      map.forEach((key, entry) -> normalised.put(String.valueOf(key), normalise(entry)));
      return normalised;
    }
    return value;
  }

  private static Object json(String text) {
    try {
      return JSON.readValue(text, Object.class);
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
