package no.grunnmodell.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.grunnmodell.form.FormComponent.DynamicList;
import no.grunnmodell.form.FormComponent.Field;
import no.grunnmodell.form.FormComponent.Group;

/**
 * Whether a form takes what a course already holds: the values the Tasklist fills the form with, sent back as they
 * are. Asked before a running course is moved to a new version of its diagram in which the step it waits in shows
 * another form ({@code no.grunnmodell.migration}): a held value the new form refuses (an option it no longer offers,
 * a rule it now has) would leave the caseworker with a step that cannot be completed without changing what was
 * recorded. Fields the course holds nothing for are the caseworker's to fill in, and are not judged.
 */
public final class HeldValues {

  private HeldValues() {
  }

  /** What the form would refuse of the held values, in the form's order; empty when it takes them all. */
  public static List<FormProblem> problems(FormDefinition form, Map<String, Object> variables, LocalDate today) {
    Map<String, Object> held = FormEnforcement.plain(variables);
    Map<String, Object> sent = new HashMap<>();
    prefill(form.components(), ExpressionContext.root(held), held, sent);
    return FormValidator.validate(form, sent, held, today).stream()
        .filter(problem -> sent.containsKey(topKey(problem.field())))
        .toList();
  }

  /** The top-level keys of what the form submits: its fields, and the paths of its groups and dynamic lists. */
  public static List<String> keys(FormDefinition form) {
    List<String> keys = new ArrayList<>();
    keys(form.components(), keys);
    return List.copyOf(keys);
  }

  private static void keys(List<FormComponent> components, List<String> keys) {
    for (FormComponent component : components) {
      if (component instanceof Field field) {
        keys.add(field.key());
      } else if (component instanceof Group group && group.path() == null) {
        keys(group.components(), keys);
      } else if (component instanceof Group group) {
        keys.add(group.path());
      } else if (component instanceof DynamicList list) {
        keys.add(list.path());
      }
    }
  }

  /** As form-js does: a shown, enabled component with a stored value is filled with it and sent. */
  private static void prefill(List<FormComponent> components, Map<String, Object> context, Map<String, Object> held,
                              Map<String, Object> sent) {
    for (FormComponent component : components) {
      if (component.hide() != null && component.hide().test(context::get)) {
        continue;
      }
      String key = null;
      if (component instanceof Field field && !field.disabled()) {
        key = field.key();
      } else if (component instanceof Group group && group.path() == null) {
        prefill(group.components(), context, held, sent);
      } else if (component instanceof Group group) {
        key = group.path();
      } else if (component instanceof DynamicList list) {
        key = list.path();
      }
      if (key != null && held.get(key) != null) {
        sent.put(key, held.get(key));
      }
    }
  }

  /** {@code goals[1].attainment} and {@code address.city} belong to the submitted keys goals and address. */
  private static String topKey(String field) {
    int end = field.length();
    for (char stop : new char[] {'.', '['}) {
      int at = field.indexOf(stop);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return field.substring(0, end);
  }
}
