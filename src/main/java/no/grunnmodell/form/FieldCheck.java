package no.grunnmodell.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import no.grunnmodell.form.FormComponent.Field;

/** The value of one shown field against its type, options and validate rules; at most one problem per field. */
final class FieldCheck {

  /**
   * Without a maxLength of their own, text is capped so that no client can fill the database through a form:
   * a single line holds 500 characters, a text area 10,000.
   */
  private static final int TEXTFIELD_MAX = 500;
  private static final int TEXTAREA_MAX = 10_000;

  private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?");

  private final Field field;
  private final Subject subject;
  private final Function<String, Object> context;
  private final Map<String, Object> variables;
  private final LocalDate today;

  private FieldCheck(Field field, Subject subject, Function<String, Object> context, Map<String, Object> variables,
                     LocalDate today) {
    this.field = field;
    this.subject = subject;
    this.context = context;
    this.variables = variables;
    this.today = today;
  }

  /**
   * The problem with this value, or null. {@code context} is what the field's FEEL sees; {@code variables} are the
   * task's stored variables, where a {@code valuesKey} finds its options.
   */
  static FormProblem check(Field field, Object value, Subject subject, Function<String, Object> context,
                           Map<String, Object> variables, LocalDate today) {
    FieldCheck check = new FieldCheck(field, subject, context, variables, today);
    // "" is how form-js and API clients leave most fields empty; a checkbox is true or false.
    Object given = "".equals(value) && !field.type().equals("checkbox") ? null : value;
    if (given == null) {
      return check.required() ? check.missing() : null;
    }
    switch (field.type()) {
      case "textfield":
      case "textarea":
        return check.text(given);
      case "checkbox":
        return check.checkbox(given);
      case "number":
        return check.number(given);
      case "radio":
      case "select":
        return check.option(given);
      case "checklist":
      case "taglist":
        return check.options(given);
      default:
        return check.datetime(given);
    }
  }

  private FormProblem text(Object value) {
    if (!(value instanceof String text)) {
      return subject.problem("må være tekst.", "must be text, not " + Values.describe(value) + ".");
    }
    if (text.isBlank()) {
      return required() ? missing() : null;
    }
    // form-js counts the trimmed text against minLength and maxLength.
    int length = text.strip().length();
    Integer min = whole(field.validate().minLength());
    Integer max = whole(field.validate().maxLength());
    if (min != null && length < min) {
      return subject.problem("må ha minst " + min + " tegn.", "must have at least " + min + " characters, not "
          + length + ".");
    }
    if (max == null) {
      max = field.type().equals("textarea") ? TEXTAREA_MAX : TEXTFIELD_MAX;
      length = text.length();
    }
    if (length > max) {
      return subject.problem("kan ha høyst " + max + " tegn (har " + length + ").", "must have at most " + max
          + " characters, not " + length + ".");
    }
    Pattern pattern = field.validate().pattern();
    // As form-js (RegExp.test): the pattern must occur in the text; anchor it with ^ and $ to match all of it.
    if (pattern != null && !pattern.matcher(text).find()) {
      return subject.problem("har ikke riktig format.", "must match the pattern " + pattern.pattern() + ".");
    }
    return null;
  }

  private FormProblem checkbox(Object value) {
    if (!(value instanceof Boolean checked)) {
      return subject.problem("må være krysset av eller ikke.", "must be true or false, not "
          + Values.describe(value) + ".");
    }
    return !checked && required() ? missing() : null;
  }

  private FormProblem number(Object value) {
    BigDecimal number = FeelSemantics.number(value);
    if (number == null && field.serializeToString() && value instanceof String text) {
      number = decimal(text.strip());
    }
    if (number == null) {
      return subject.problem("må være et tall.", "must be a number, not " + Values.describe(value) + ".");
    }
    BigDecimal min = FeelSemantics.number(field.validate().min().value(context));
    BigDecimal max = FeelSemantics.number(field.validate().max().value(context));
    if (min != null && number.compareTo(min) < 0) {
      return subject.problem("må være minst " + Values.norwegian(min) + ".", "must be at least " + Values.plain(min)
          + ", not " + Values.plain(number) + ".");
    }
    if (max != null && number.compareTo(max) > 0) {
      return subject.problem("kan være høyst " + Values.norwegian(max) + ".", "must be at most " + Values.plain(max)
          + ", not " + Values.plain(number) + ".");
    }
    return null;
  }

  private FormProblem option(Object value) {
    List<String> allowed = allowed();
    return value instanceof String choice && allowed.contains(choice) ? null : notOffered(value, allowed);
  }

  private FormProblem options(Object value) {
    if (!(value instanceof List<?> chosen)) {
      return subject.problem("må være en liste med valg.", "must be a list of values, not " + Values.describe(value)
          + ".");
    }
    if (chosen.isEmpty()) {
      return required() ? missing() : null;
    }
    List<String> allowed = allowed();
    Set<Object> seen = new HashSet<>();
    for (Object choice : chosen) {
      if (!(choice instanceof String text) || !allowed.contains(text)) {
        return notOffered(choice, allowed);
      }
      if (!seen.add(choice)) {
        return subject.problem("har det samme valget flere ganger.", "lists " + Values.quote(choice)
            + " more than once.");
      }
    }
    return null;
  }

  private FormProblem datetime(Object value) {
    LocalDate day;
    switch (field.subtype()) {
      case "time":
        if (value instanceof String text && TIME.matcher(text).matches()) {
          return null;
        }
        return subject.problem("må være et klokkeslett (tt:mm).", Values.quote(value) + " is not a time as HH:mm.");
      case "datetime":
        day = dateOfDateTime(value);
        if (day == null) {
          return subject.problem("må være dato og klokkeslett.", Values.quote(value)
              + " is not an ISO date-time with offset, such as 2026-03-01T10:00+01:00.");
        }
        break;
      default:
        day = Values.date(value);
        if (day == null) {
          return subject.problem("må være en dato (dd.mm.åååå).", Values.quote(value)
              + " is not a date as yyyy-MM-dd.");
        }
    }
    if (field.disallowPassedDates() && day.isBefore(today)) {
      return subject.problem("kan ikke være en dato som har passert (" + Values.norwegian(day) + ").", day
          + " is before today (" + today + "), and the form does not allow passed dates.");
    }
    return null;
  }

  private FormProblem missing() {
    return field.type().equals("checkbox")
        ? subject.problem("må krysses av.", "is required and must be true.")
        : subject.problem("må fylles ut.", "is required.");
  }

  private FormProblem notOffered(Object value, List<String> allowed) {
    String options = allowed.isEmpty() ? "the options (there are none"
        + (field.valuesKey() != null ? " in the variable " + field.valuesKey() : "") + ")"
        : String.join(", ", allowed.size() > 12 ? allowed.subList(0, 12) : allowed) + (allowed.size() > 12 ? ", …"
        : "");
    return subject.problem("har et svar skjemaet ikke tilbyr.", Values.quote(value) + " is not one of " + options
        + ".");
  }

  /** The option values: the form's own, or those in the variable named by valuesKey (as form-js reads it). */
  private List<String> allowed() {
    List<String> allowed = new ArrayList<>();
    if (!field.values().isEmpty() || field.valuesKey() == null) {
      field.values().forEach(option -> allowed.add(option.value()));
      return allowed;
    }
    List<?> options = Values.list(variables.get(field.valuesKey()));
    if (options != null) {
      for (Object option : options) {
        Object value = option instanceof Map<?, ?> map ? map.get("value") : option;
        if (value != null) {
          allowed.add(String.valueOf(value));
        }
      }
    }
    return allowed;
  }

  private boolean required() {
    return field.validate().required().isTrue(context);
  }

  private Integer whole(FormComponent.Setting setting) {
    BigDecimal number = FeelSemantics.number(setting.value(context));
    return number == null ? null : number.intValue();
  }

  private static LocalDate dateOfDateTime(Object value) {
    if (value instanceof Date || value instanceof LocalDate) {
      return Values.date(value);
    }
    if (value instanceof OffsetDateTime time) {
      return time.toLocalDate();
    }
    if (value instanceof ZonedDateTime time) {
      return time.toLocalDate();
    }
    if (value instanceof String text) {
      try {
        return OffsetDateTime.parse(text).toLocalDate();
      } catch (DateTimeParseException e) {
        // form-js writes no offset when the field says no_timezone.
        try {
          return LocalDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException again) {
          return null;
        }
      }
    }
    return null;
  }

  private static BigDecimal decimal(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
