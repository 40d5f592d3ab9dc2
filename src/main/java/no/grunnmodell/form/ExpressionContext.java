package no.grunnmodell.form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables a condition sees, built as form-js 1.8.7 builds them: the form's data at the top, plus {@code this},
 * {@code parent} and {@code i} (and {@code _this_}, {@code _parent_}, {@code _i_}). Inside a dynamic-list row the
 * row's own fields are reached only through {@code this}; a bare name still means the top-level variable.
 */
final class ExpressionContext {

  private ExpressionContext() {
  }

  static Map<String, Object> root(Map<String, Object> data) {
    return build(data, data, null, List.of());
  }

  /** The context of one row, numbered from 1 like form-js's {@code i}. */
  static Map<String, Object> row(Map<String, Object> data, Map<String, Object> row, Map<String, Object> parent,
                                 int number) {
    List<Object> indexes = new ArrayList<>();
    if (parent.get("_i_") instanceof List<?> outer) {
      indexes.addAll(outer);
    }
    indexes.add(number);
    return build(data, row, parent, indexes);
  }

  private static Map<String, Object> build(Map<String, Object> data, Object self, Object parent, List<?> indexes) {
    Map<String, Object> context = new HashMap<>();
    context.put("this", self);
    context.put("parent", parent);
    context.put("i", indexes);
    context.putAll(data);
    context.put("_this_", self);
    context.put("_parent_", parent);
    context.put("_i_", indexes);
    return context;
  }
}
