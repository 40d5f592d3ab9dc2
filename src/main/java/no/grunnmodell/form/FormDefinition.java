package no.grunnmodell.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import no.grunnmodell.form.FormComponent.DynamicList;
import no.grunnmodell.form.FormComponent.Field;
import no.grunnmodell.form.FormComponent.Group;
import no.grunnmodell.form.FormComponent.Option;
import no.grunnmodell.form.FormComponent.Setting;
import no.grunnmodell.form.FormComponent.Validation;

/**
 * A Camunda Form (form-js JSON) read for the server: its id and component tree. Reading checks only what the server
 * needs to understand the form; {@link FormRules} decides whether it may be deployed.
 */
public record FormDefinition(String id, List<FormComponent> components) {

  /** The types whose value is submitted under their key. */
  static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "datetime", "checkbox",
      "checklist", "radio", "select", "taglist");

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads a form; an {@link IllegalArgumentException} says in English what is wrong with its structure. */
  public static FormDefinition parse(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json == null ? "" : json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("The form is not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("The form must be a JSON object.");
    }
    return new FormDefinition(text(root, "id"), components(root.get("components"), "the form"));
  }

  private static List<FormComponent> components(JsonNode array, String owner) {
    if (array == null || !array.isArray()) {
      throw new IllegalArgumentException(owner + " must have \"components\", an array.");
    }
    List<FormComponent> components = new ArrayList<>();
    for (JsonNode node : array) {
      components.add(component(node, owner));
    }
    return List.copyOf(components);
  }

  private static FormComponent component(JsonNode node, String owner) {
    if (!node.isObject() || !node.path("type").isTextual()) {
      throw new IllegalArgumentException("A component in " + owner + " has no \"type\".");
    }
    String type = node.get("type").asText();
    String id = text(node, "id");
    String name = type + " " + (node.hasNonNull("key") ? "'" + node.get("key").asText() + "'" : id);
    FeelCondition hide = condition(node.path("conditional").get("hide"), name + " conditional.hide");
    if (type.equals("group")) {
      return new Group(id, text(node, "label"), text(node, "path"), hide, components(node.get("components"), name));
    }
    if (type.equals("dynamiclist")) {
      String path = text(node, "path");
      if (path == null) {
        throw new IllegalArgumentException(name + " has no \"path\".");
      }
      // form-js reads a missing flag as false; defaultRepetitions defaults to 1.
      return new DynamicList(id, text(node, "label"), path, hide, components(node.get("components"), name),
          node.path("allowAddRemove").asBoolean(false), node.path("isRepeating").asBoolean(false),
          node.path("defaultRepetitions").asInt(1));
    }
    if (!INPUT_TYPES.contains(type)) {
      return new FormComponent.Display(type, id, hide);
    }
    return field(node, type, id, name, hide);
  }

  private static Field field(JsonNode node, String type, String id, String name, FeelCondition hide) {
    String key = text(node, "key");
    if (key == null) {
      throw new IllegalArgumentException(name + " has no \"key\".");
    }
    String subtype = type.equals("datetime") ? textOr(node, "subtype", "date") : null;
    return new Field(type, id, key, label(node, subtype, key), validation(node.get("validate"), name),
        options(node.get("values"), name), text(node, "valuesKey"), hide, setting(node.get("readonly"),
        name + " readonly"), node.path("disabled").asBoolean(false), subtype,
        node.path("disallowPassedDates").asBoolean(false), node.path("serializeToString").asBoolean(false));
  }

  /** What the caseworker sees: a datetime shows dateLabel (or timeLabel for a time); else the label; else the key. */
  private static String label(JsonNode node, String subtype, String key) {
    String label = null;
    if (subtype != null) {
      label = text(node, subtype.equals("time") ? "timeLabel" : "dateLabel");
    }
    if (label == null) {
      label = text(node, "label");
    }
    return label == null || label.startsWith("=") ? key : label;
  }

  private static Validation validation(JsonNode validate, String name) {
    if (validate == null || validate.isNull()) {
      return Validation.NONE;
    }
    if (!validate.isObject()) {
      throw new IllegalArgumentException(name + " validate must be an object.");
    }
    Pattern pattern = null;
    String regex = text(validate, "pattern");
    if (regex != null) {
      try {
        pattern = Pattern.compile(regex);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(name + " validate.pattern is not a valid regular expression: "
            + e.getDescription());
      }
    }
    return new Validation(setting(validate.get("required"), name + " validate.required"),
        setting(validate.get("minLength"), name + " validate.minLength"),
        setting(validate.get("maxLength"), name + " validate.maxLength"),
        setting(validate.get("min"), name + " validate.min"), setting(validate.get("max"), name + " validate.max"),
        pattern);
  }

  private static List<Option> options(JsonNode values, String name) {
    if (values == null || values.isNull()) {
      return List.of();
    }
    if (!values.isArray()) {
      throw new IllegalArgumentException(name + " values must be an array.");
    }
    List<Option> options = new ArrayList<>();
    for (JsonNode value : values) {
      if (!value.hasNonNull("value") || !value.get("value").isValueNode()) {
        throw new IllegalArgumentException(name + " has an option without a value.");
      }
      options.add(new Option(textOr(value, "label", value.get("value").asText()), value.get("value").asText()));
    }
    return List.copyOf(options);
  }

  private static Setting setting(JsonNode node, String where) {
    if (node == null || node.isNull() || node.isTextual() && node.asText().isEmpty()) {
      return Setting.ABSENT;
    }
    if (node.isBoolean()) {
      return new Setting(node.asBoolean(), null);
    }
    if (node.isNumber()) {
      return new Setting(node.decimalValue(), null);
    }
    if (node.isTextual() && node.asText().startsWith("=")) {
      return new Setting(null, feel(node.asText(), where));
    }
    if (node.isTextual()) {
      return new Setting(node.asText(), null);
    }
    throw new IllegalArgumentException(where + " must be a constant or a FEEL expression.");
  }

  private static FeelCondition condition(JsonNode node, String where) {
    if (node == null || node.isNull() || node.isTextual() && node.asText().isEmpty()) {
      return null;
    }
    if (!node.isTextual() || !node.asText().startsWith("=")) {
      throw new IllegalArgumentException(where + " must be a FEEL expression starting with '='.");
    }
    return feel(node.asText(), where);
  }

  private static FeelCondition feel(String expression, String where) {
    try {
      return FeelCondition.parse(expression);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static String text(JsonNode node, String property) {
    JsonNode value = node.get(property);
    return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
  }

  private static String textOr(JsonNode node, String property, String otherwise) {
    String text = text(node, property);
    return text != null ? text : otherwise;
  }
}
