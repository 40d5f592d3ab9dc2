package no.grunnmodell.form;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the supported FEEL operators and functions give, mirroring feelin 3.x (the engine inside the Tasklist's
 * form-js 1.8.7) rather than the FEEL standard where the two differ, so that server and Tasklist agree.
 */
final class FeelSemantics {

  private enum Type { NIL, BOOLEAN, NUMBER, STRING, LIST, CONTEXT, OTHER }

  /** feelin builds string ranges only from single ASCII letters; any other string bound is an error (null). */
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private FeelSemantics() {
  }

  static Object property(Object target, String name) {
    if (target instanceof Map<?, ?> context) {
      return context.get(name);
    }
    if (target instanceof List<?> list) {
      List<Object> values = new ArrayList<>();
      list.forEach(element -> values.add(property(element, name)));
      return values;
    }
    return null;
  }

  static Object not(Object value) {
    return value instanceof Boolean b ? !b : null;
  }

  static Object and(Object left, Object right) {
    Boolean a = bool(left);
    Boolean b = bool(right);
    if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
      return false;
    }
    return a != null && b != null ? Boolean.TRUE : null;
  }

  static Object or(Object left, Object right) {
    Boolean a = bool(left);
    Boolean b = bool(right);
    if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
      return true;
    }
    return a != null && b != null ? Boolean.FALSE : null;
  }

  static Object compare(String operator, Object left, Object right) {
    return switch (operator) {
      case "=" -> equal(left, right);
      // feelin negates with JavaScript's !, so an incomparable pair (null) is "not equal".
      case "!=" -> !Boolean.TRUE.equals(equal(left, right));
      default -> order(operator, left, right);
    };
  }

  /** FEEL = as feelin has it: null against a value is false, values of different types are null. */
  static Boolean equal(Object a, Object b) {
    if ((a == null) != (b == null)) {
      return false;
    }
    // feelin treats a list of fewer than two elements as its element (after the null check above).
    a = unwrapShortList(a);
    b = unwrapShortList(b);
    Type type = type(a);
    if (type != type(b)) {
      return null;
    }
    switch (type) {
      case NIL:
        return true;
      case NUMBER:
        return number(a).compareTo(number(b)) == 0;
      case LIST:
        return sameElements((List<?>) a, (List<?>) b);
      case CONTEXT:
        return sameEntries((Map<?, ?>) a, (Map<?, ?>) b);
      default:
        return a.equals(b);
    }
  }

  /**
   * Ordering as feelin does it: the right side makes a range that the left side must fall in. A null right side,
   * or a right side that is neither a number nor a single letter, gives null; the left side is coerced the way
   * JavaScript's {@code <} does, so "17" &lt; 18 is true.
   */
  private static Object order(String operator, Object left, Object right) {
    if (left == null || right == null) {
      return null;
    }
    int comparison;
    if (type(right) == Type.NUMBER) {
      BigDecimal l = jsNumber(left);
      if (l == null) {
        return false;
      }
      comparison = l.compareTo(number(right));
    } else if (right instanceof String s && s.length() == 1 && LETTERS.contains(s)) {
      if (!(left instanceof String l)) {
        return false;
      }
      comparison = l.compareTo(s);
    } else {
      return null;
    }
    return switch (operator) {
      case "<" -> comparison < 0;
      case "<=" -> comparison <= 0;
      case ">" -> comparison > 0;
      default -> comparison >= 0;
    };
  }

  /** feelin's list contains: a single value counts as a list of one; elements match by JavaScript's ===. */
  static Object listContains(Object list, Object element) {
    if (list == null) {
      return null;
    }
    for (Object candidate : list instanceof List<?> l ? l : List.of(list)) {
      if (identical(candidate, element)) {
        return true;
      }
    }
    return false;
  }

  static Object count(Object list) {
    if (list == null) {
      return null;
    }
    return BigDecimal.valueOf(list instanceof List<?> l ? l.size() : 1);
  }

  /** A Java number as a BigDecimal; null for anything else, and for NaN and infinities. */
  static BigDecimal number(Object value) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof BigInteger i) {
      return new BigDecimal(i);
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? new BigDecimal(value.toString()) : null;
    }
    if (value instanceof Number n) {
      return BigDecimal.valueOf(n.longValue());
    }
    return null;
  }

  private static Type type(Object value) {
    if (value == null) {
      return Type.NIL;
    }
    if (value instanceof Boolean) {
      return Type.BOOLEAN;
    }
    if (value instanceof Number) {
      return number(value) != null ? Type.NUMBER : Type.OTHER;
    }
    if (value instanceof String) {
      return Type.STRING;
    }
    if (value instanceof List) {
      return Type.LIST;
    }
    return value instanceof Map ? Type.CONTEXT : Type.OTHER;
  }

  private static Object unwrapShortList(Object value) {
    if (value instanceof List<?> list && list.size() < 2) {
      return list.isEmpty() ? null : list.get(0);
    }
    return value;
  }

  private static boolean sameElements(List<?> a, List<?> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!Boolean.TRUE.equals(equal(a.get(i), b.get(i)))) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameEntries(Map<?, ?> a, Map<?, ?> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (Map.Entry<?, ?> entry : a.entrySet()) {
      if (!b.containsKey(entry.getKey()) || !Boolean.TRUE.equals(equal(entry.getValue(), b.get(entry.getKey())))) {
        return false;
      }
    }
    return true;
  }

  private static boolean identical(Object a, Object b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (type(a) == Type.NUMBER && type(b) == Type.NUMBER) {
      return number(a).compareTo(number(b)) == 0;
    }
    if (a instanceof String || a instanceof Boolean) {
      return a.equals(b);
    }
    return a == b;
  }

  /** JavaScript's ToNumber for what a form holds: numbers, booleans and numeric text ("" is 0); else null (NaN). */
  private static BigDecimal jsNumber(Object value) {
    if (type(value) == Type.NUMBER) {
      return number(value);
    }
    if (value instanceof Boolean b) {
      return b ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    if (value instanceof String s) {
      String text = s.strip();
      if (text.isEmpty()) {
        return BigDecimal.ZERO;
      }
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static Boolean bool(Object value) {
    return value instanceof Boolean b ? b : null;
  }
}
