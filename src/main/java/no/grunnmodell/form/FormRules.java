package no.grunnmodell.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a Camunda Form must be to be deployed here: only what {@link FormValidator} can enforce exactly as the
 * Tasklist shows it. A form with a component, a rule or a FEEL expression the server cannot check is refused, so
 * that no client can get round a rule the caseworker sees.
 */
public final class FormRules {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Set<String> ALLOWED_TYPES = new TreeSet<>(List.of("text", "textfield", "textarea", "number",
      "datetime", "checkbox", "checklist", "radio", "select", "taglist", "group", "dynamiclist", "separator",
      "spacer"));
  private static final Set<String> OPTION_TYPES = Set.of("radio", "select", "checklist", "taglist");
  private static final Set<String> VALIDATE_RULES = Set.of("required", "minLength", "maxLength", "min", "max",
      "pattern");
  private static final Set<String> DATETIME_SUBTYPES = Set.of("date", "time", "datetime");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final String resourceName;
  private final List<String> problems = new ArrayList<>();

  private FormRules(String resourceName) {
    this.resourceName = resourceName;
  }

  /** The problems of one form file, in English, each naming the file; empty when it may be deployed. */
  public static List<String> problems(String resourceName, byte[] json) {
    FormRules rules = new FormRules(resourceName);
    JsonNode form;
    try {
      form = JSON.readTree(json);
    } catch (IOException e) {
      return List.of(resourceName + ": not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ").");
    }
    if (form == null || !form.isObject()) {
      return List.of(resourceName + ": a Camunda Form must be a JSON object.");
    }
    if (!form.path("id").isTextual() || form.get("id").asText().isBlank()) {
      rules.problems.add(resourceName + ": a Camunda Form needs an \"id\".");
    }
    if (!form.path("components").isArray()) {
      rules.problems.add(resourceName + ": a Camunda Form needs \"components\", an array.");
      return rules.problems;
    }
    rules.components(form.get("components"), new HashSet<>());
    if (rules.problems.isEmpty()) {
      // The checks above should cover what reading needs; this keeps the two from drifting apart.
      try {
        FormDefinition.parse(new String(json, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        rules.problems.add(resourceName + ": " + e.getMessage());
      }
    }
    return rules.problems;
  }

  /** {@code scope}: the keys and paths already used where these components submit their values. */
  private void components(JsonNode components, Set<String> scope) {
    for (JsonNode component : components) {
      if (!component.isObject()) {
        problems.add(resourceName + ": a component is not a JSON object.");
      } else {
        component(component, scope);
      }
    }
  }

  private void component(JsonNode component, Set<String> scope) {
    String type = component.path("type").asText("");
    String name = describe(component);
    if (!ALLOWED_TYPES.contains(type)) {
      problem(name, "the component type '" + type + "' is not allowed here (allowed: "
          + String.join(", ", ALLOWED_TYPES) + ").");
      return;
    }
    JsonNode hide = component.path("conditional").get("hide");
    if (hide != null && !hide.isNull() && !(hide.isTextual() && hide.asText().isEmpty())) {
      expression(hide, name, "conditional.hide");
    }
    if (component.has("valuesExpression")) {
      problem(name, "valuesExpression is not allowed; give the options as values or valuesKey.");
    }
    switch (type) {
      case "group":
        group(component, name, scope);
        break;
      case "dynamiclist":
        dynamicList(component, name, scope);
        break;
      case "text":
      case "separator":
      case "spacer":
        break;
      default:
        field(component, type, name, scope);
    }
  }

  private void group(JsonNode group, String name, Set<String> scope) {
    JsonNode path = group.get("path");
    boolean pathed = path != null && !path.isNull() && !(path.isTextual() && path.asText().isEmpty());
    if (pathed) {
      claim(path, "path", name, scope);
    }
    children(group, name, pathed ? new HashSet<>() : scope);
  }

  private void dynamicList(JsonNode list, String name, Set<String> scope) {
    claim(list.get("path"), "path", name, scope);
    if (!list.path("isRepeating").asBoolean(false)) {
      problem(name, "a dynamic list must have isRepeating: true.");
    }
    children(list, name, new HashSet<>());
  }

  private void children(JsonNode container, String name, Set<String> scope) {
    if (!container.path("components").isArray()) {
      problem(name, "needs \"components\", an array.");
      return;
    }
    components(container.get("components"), scope);
  }

  private void field(JsonNode field, String type, String name, Set<String> scope) {
    claim(field.get("key"), "key", name, scope);
    JsonNode readonly = field.get("readonly");
    if (readonly != null && !readonly.isBoolean()) {
      expression(readonly, name, "readonly");
    }
    JsonNode disabled = field.get("disabled");
    if (disabled != null && !disabled.isBoolean()) {
      problem(name, "disabled must be true or false.");
    }
    validate(field.get("validate"), name);
    if (OPTION_TYPES.contains(type)) {
      options(field, name);
    }
    if (type.equals("number")) {
      for (String rule : List.of("decimalDigits", "increment")) {
        if (field.hasNonNull(rule)) {
          problem(name, rule + " is not enforced by the server; leave it out.");
        }
      }
    }
    if (type.equals("datetime") && field.has("subtype") && !DATETIME_SUBTYPES.contains(field.get("subtype").asText())) {
      problem(name, "subtype must be date, time or datetime.");
    }
  }

  private void validate(JsonNode validate, String name) {
    if (validate == null || validate.isNull()) {
      return;
    }
    if (!validate.isObject()) {
      problem(name, "validate must be an object.");
      return;
    }
    for (Iterator<String> rules = validate.fieldNames(); rules.hasNext(); ) {
      String rule = rules.next();
      JsonNode value = validate.get(rule);
      if (!VALIDATE_RULES.contains(rule)) {
        problem(name, "validate." + rule + " is not enforced by the server; leave it out.");
      } else if (value.isNull()) {
        continue;
      } else if (rule.equals("required")) {
        if (!value.isBoolean()) {
          // form-js 1.8.7 does not evaluate FEEL here: any text counts as true, so the condition would be ignored.
          problem(name, "validate.required must be true or false; the Tasklist does not evaluate FEEL there.");
        }
      } else if (rule.equals("pattern")) {
        pattern(value, name);
      } else if (!value.isNumber()) {
        expression(value, name, "validate." + rule);
      }
    }
  }

  private void pattern(JsonNode pattern, String name) {
    if (!pattern.isTextual() || pattern.asText().startsWith("=")) {
      problem(name, "validate.pattern must be a regular expression; the Tasklist does not evaluate FEEL there.");
      return;
    }
    try {
      Pattern.compile(pattern.asText());
    } catch (PatternSyntaxException e) {
      problem(name, "validate.pattern is not a valid regular expression (" + e.getDescription() + ").");
    }
  }

  private void options(JsonNode field, String name) {
    JsonNode values = field.get("values");
    JsonNode valuesKey = field.get("valuesKey");
    boolean hasValues = values != null && !values.isNull();
    boolean hasKey = valuesKey != null && !valuesKey.isNull();
    if (hasValues == hasKey) {
      problem(name, hasValues ? "has both values and valuesKey; give one."
          : "needs its options as values or valuesKey.");
      return;
    }
    if (hasKey && !(valuesKey.isTextual() && NAME.matcher(valuesKey.asText()).matches())) {
      problem(name, "valuesKey must be a variable name ([A-Za-z_][A-Za-z0-9_]*).");
    }
    if (hasValues && (!values.isArray() || values.isEmpty())) {
      problem(name, "values must be a non-empty array of options.");
    } else if (hasValues) {
      for (JsonNode option : values) {
        if (!option.path("value").isTextual()) {
          problem(name, "every option needs a value that is text.");
          return;
        }
      }
    }
  }

  private void claim(JsonNode name, String what, String component, Set<String> scope) {
    if (name == null || !name.isTextual() || name.asText().isEmpty()) {
      problem(component, "has no " + what + ".");
    } else if (!NAME.matcher(name.asText()).matches()) {
      problem(component, what + " '" + name.asText() + "' must be a simple name ([A-Za-z_][A-Za-z0-9_]*); dotted "
          + what + "s nest values where the server does not look for them.");
    } else if (!scope.add(name.asText())) {
      problem(component, what + " '" + name.asText() + "' is used twice in the same part of the form.");
    }
  }

  private void expression(JsonNode value, String component, String property) {
    if (!value.isTextual() || !value.asText().startsWith("=")) {
      problem(component, property + " must be a FEEL expression starting with '='.");
      return;
    }
    try {
      FeelCondition.parse(value.asText());
    } catch (IllegalArgumentException e) {
      problem(component, property + ": " + e.getMessage());
    }
  }

  private void problem(String component, String message) {
    problems.add(resourceName + ": " + component + ": " + message);
  }

  /** A component as a process owner finds it in the Modeler: type, key or path, and id. */
  private static String describe(JsonNode component) {
    String type = component.path("type").asText("component");
    String name = component.hasNonNull("key") ? component.get("key").asText()
        : component.hasNonNull("path") ? component.get("path").asText() : null;
    String id = component.hasNonNull("id") ? component.get("id").asText() : null;
    return type + (name != null ? " '" + name + "'" : "") + (id != null ? " (" + id + ")" : "");
  }
}
