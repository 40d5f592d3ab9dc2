package no.grunnmodell.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.grunnmodell.form.FormComponent.DynamicList;
import no.grunnmodell.form.FormComponent.Field;
import no.grunnmodell.form.FormComponent.Group;

/**
 * Checks what a client submits to complete a task against the task's form, the way the Tasklist (form-js 1.8.7)
 * would have let it through: only the form's fields; hidden fields not required and left empty; disabled fields not
 * sent; read-only fields unchanged; each shown field of the right kind, among the options and within the rules.
 */
public final class FormValidator {

  private final Map<String, Object> variables;
  private final Map<String, Object> data;
  private final LocalDate today;
  private final List<FormProblem> problems = new ArrayList<>();

  /** One level of submitted values: the form itself, a group with a path, or one row of a dynamic list. */
  private record Level(Map<String, Object> submitted, Map<String, Object> existing, Map<String, Object> context,
                       String prefix, String where) {

    Subject subject(String key, String label) {
      return new Subject(prefix + key, "«" + (label == null ? key : label) + "»" + where);
    }
  }

  private FormValidator(Map<String, Object> variables, Map<String, Object> data, LocalDate today) {
    this.variables = variables;
    this.data = data;
    this.today = today;
  }

  /**
   * The problems of a submission, in the form's order; empty when it may complete the task.
   *
   * @param submitted the variables the client sends (Json values already converted to List and Map)
   * @param existing the task's current variables: what the form was filled from, and what its conditions see
   * @param today the day passed dates are counted from
   */
  public static List<FormProblem> validate(FormDefinition form, Map<String, Object> submitted,
                                           Map<String, Object> existing, LocalDate today) {
    Map<String, Object> sent = submitted == null ? Map.of() : submitted;
    Map<String, Object> stored = existing == null ? Map.of() : existing;
    // As in form-js: the stored variables, overlaid with the values in the form.
    Map<String, Object> data = new HashMap<>(stored);
    data.putAll(sent);
    FormValidator validator = new FormValidator(stored, data, today);
    validator.level(form.components(), new Level(sent, stored, ExpressionContext.root(data), "", ""));
    return List.copyOf(validator.problems);
  }

  /** The problems as one text: Norwegian for caseworkers, or English for API clients; "" when there are none. */
  public static String summary(List<FormProblem> problems, boolean norwegian) {
    if (problems.isEmpty()) {
      return "";
    }
    return (norwegian ? "Skjemaet er ikke riktig utfylt: " : "The form is not filled in correctly: ")
        + problems.stream().map(p -> norwegian ? p.norwegian() : p.english()).collect(Collectors.joining(" "));
  }

  private void level(List<FormComponent> components, Level level) {
    Set<String> known = new HashSet<>();
    components(components, level, null, known);
    for (String key : level.submitted().keySet()) {
      if (!known.contains(key)) {
        String shown = key.length() > 60 ? key.substring(0, 60) + "…" : key;
        problems.add(new FormProblem(level.prefix() + key, "Skjemaet har ikke feltet «" + shown + "»"
            + level.where() + ".", level.prefix() + shown + ": the form has no such field."));
      }
    }
  }

  /** {@code hiddenBy} is the condition that hides an enclosing group, or null. */
  private void components(List<FormComponent> components, Level level, FeelCondition hiddenBy, Set<String> known) {
    for (FormComponent component : components) {
      FeelCondition hidden = hiddenBy;
      if (hidden == null && component.hide() != null && component.hide().test(level.context()::get)) {
        hidden = component.hide();
      }
      if (component instanceof Field field) {
        known.add(field.key());
        field(field, level, hidden);
      } else if (component instanceof Group group && group.path() == null) {
        components(group.components(), level, hidden, known);
      } else if (component instanceof Group group) {
        known.add(group.path());
        group(group, level, hidden);
      } else if (component instanceof DynamicList list) {
        known.add(list.path());
        list(list, level, hidden);
      }
    }
  }

  private void field(Field field, Level level, FeelCondition hiddenBy) {
    Subject subject = level.subject(field.key(), field.label());
    boolean sent = level.submitted().containsKey(field.key());
    Object value = level.submitted().get(field.key());
    if (hiddenBy != null) {
      if (sent && !Values.isEmpty(value, field.type().equals("checkbox"))) {
        problems.add(notApplicable(subject, hiddenBy));
      }
      return;
    }
    if (field.disabled()) {
      if (sent) {
        problems.add(subject.problem("kan ikke fylles ut i dette skjemaet.",
            "is disabled in the form and must not be sent."));
      }
      return;
    }
    if (field.readonly().isTrue(level.context()::get)) {
      Object current = level.existing().get(field.key());
      boolean checkbox = field.type().equals("checkbox");
      // With nothing stored the Tasklist sends the field's empty value ("", false or []).
      boolean unchanged = Values.same(value, current) || Values.isEmpty(value, checkbox)
          && Values.isEmpty(current, checkbox);
      if (sent && !unchanged) {
        problems.add(subject.problem("kan ikke endres i dette skjemaet.",
            "is read-only and must keep its current value."));
        return;
      }
      value = current;
    }
    FormProblem problem = FieldCheck.check(field, value, subject, level.context()::get, variables, today);
    if (problem != null) {
      problems.add(problem);
    }
  }

  private void group(Group group, Level level, FeelCondition hiddenBy) {
    Subject subject = level.subject(group.path(), group.label());
    Object value = level.submitted().get(group.path());
    if (hiddenBy != null) {
      if (!Values.isEmpty(value, false)) {
        problems.add(notApplicable(subject, hiddenBy));
      }
      return;
    }
    Map<String, Object> sent = value == null ? Map.of() : value instanceof Map ? Values.map(value) : null;
    if (sent == null) {
      problems.add(subject.problem("kan ikke leses.", "must be an object of the group's fields, not "
          + Values.describe(value) + "."));
      return;
    }
    Map<String, Object> stored = Values.map(level.existing().get(group.path()));
    level(group.components(), new Level(sent, stored == null ? Map.of() : stored, level.context(),
        level.prefix() + group.path() + ".", level.where()));
  }

  private void list(DynamicList list, Level level, FeelCondition hiddenBy) {
    String label = list.label() == null ? list.path() : list.label();
    Subject subject = level.subject(list.path(), label);
    Object value = level.submitted().get(list.path());
    if (hiddenBy != null) {
      if (!Values.isEmpty(value, false)) {
        problems.add(notApplicable(subject, hiddenBy));
      }
      return;
    }
    if (value != null && !(value instanceof List)) {
      problems.add(subject.problem("kan ikke leses.", "must be a list of rows, not " + Values.describe(value) + "."));
      return;
    }
    List<?> rows = value == null ? List.of() : (List<?>) value;
    List<?> stored = Values.list(level.existing().get(list.path()));
    if (!list.allowAddRemove()) {
      // form-js shows the stored rows, or defaultRepetitions empty rows when there are none, and no add or remove.
      int expected = stored != null ? stored.size() : list.defaultRepetitions();
      if (rows.size() != expected) {
        problems.add(subject.problem("skal ha " + expected + (expected == 1 ? " rad" : " rader")
            + "; rader kan ikke legges til eller fjernes.", "must have " + expected + (expected == 1 ? " row" : " rows")
            + " like the current list (rows cannot be added or removed), not " + rows.size() + "."));
        return;
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      row(list, label, level, i, rows.get(i), stored != null && i < stored.size() ? stored.get(i) : null);
    }
  }

  private void row(DynamicList list, String label, Level level, int index, Object row, Object storedRow) {
    String prefix = level.prefix() + list.path() + "[" + index + "].";
    String where = " i rad " + (index + 1) + " av «" + label + "»";
    Map<String, Object> sent = row instanceof Map ? Values.map(row) : null;
    if (sent == null) {
      problems.add(new FormProblem(prefix.substring(0, prefix.length() - 1), "Rad " + (index + 1) + " i «" + label
          + "» kan ikke leses.", prefix.substring(0, prefix.length() - 1) + ": a row must be an object of fields, not "
          + Values.describe(row) + "."));
      return;
    }
    Map<String, Object> stored = Values.map(storedRow);
    stored = stored == null ? Map.of() : stored;
    // What form-js holds for the row (the stored row with the edits) is what FEEL sees as this.
    Map<String, Object> self = new HashMap<>(stored);
    self.putAll(sent);
    level(list.components(), new Level(sent, stored, ExpressionContext.row(data, self, level.context(), index + 1),
        prefix, where));
  }

  private static FormProblem notApplicable(Subject subject, FeelCondition hiddenBy) {
    return subject.problem("skal ikke fylles ut med de svarene som er gitt.",
        "does not apply with the other answers (hidden by " + hiddenBy.expression() + "), so it must be empty.");
  }
}
