package no.grunnmodell.form;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/** One component of a Camunda Form, with what the server needs to check a submission against it. */
public sealed interface FormComponent
    permits FormComponent.Field, FormComponent.Group, FormComponent.DynamicList, FormComponent.Display {

  String type();

  String id();

  /** {@code conditional.hide}, or null when the component always shows. */
  FeelCondition hide();

  /**
   * An input field; its value is submitted under {@code key}. {@code label} is what the caseworker reads (for a
   * datetime its {@code dateLabel}); {@code values} are the fixed options, or empty when they come from the process
   * variable {@code valuesKey}; {@code subtype} is date, time or datetime for a datetime field, else null.
   */
  record Field(String type, String id, String key, String label, Validation validate, List<Option> values,
               String valuesKey, FeelCondition hide, Setting readonly, boolean disabled, String subtype,
               boolean disallowPassedDates, boolean serializeToString) implements FormComponent {
  }

  /** A group; with a {@code path} its fields are submitted as one object under that path, else at the top. */
  record Group(String id, String label, String path, FeelCondition hide, List<FormComponent> components)
      implements FormComponent {

    @Override
    public String type() {
      return "group";
    }
  }

  /** A dynamic list: submitted under {@code path} as a list of rows, each an object of the child fields. */
  record DynamicList(String id, String label, String path, FeelCondition hide, List<FormComponent> components,
                     boolean allowAddRemove, boolean isRepeating, int defaultRepetitions) implements FormComponent {

    @Override
    public String type() {
      return "dynamiclist";
    }
  }

  /** Text, separator, spacer and the like: shown, never submitted. */
  record Display(String type, String id, FeelCondition hide) implements FormComponent {
  }

  record Option(String label, String value) {
  }

  /** {@code validate}: each rule absent, a constant, or (except pattern) a FEEL expression. */
  record Validation(Setting required, Setting minLength, Setting maxLength, Setting min, Setting max,
                    Pattern pattern) {

    static final Validation NONE = new Validation(Setting.ABSENT, Setting.ABSENT, Setting.ABSENT, Setting.ABSENT,
        Setting.ABSENT, null);
  }

  /** A property that is either a constant (Boolean, BigDecimal, String) or a FEEL expression. */
  record Setting(Object constant, FeelCondition expression) {

    static final Setting ABSENT = new Setting(null, null);

    public Object value(Function<String, Object> variables) {
      return expression != null ? expression.evaluate(variables) : constant;
    }

    public boolean isTrue(Function<String, Object> variables) {
      return Boolean.TRUE.equals(value(variables));
    }
  }
}
