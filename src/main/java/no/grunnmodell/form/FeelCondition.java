package no.grunnmodell.form;

import java.util.function.Function;

/**
 * A FEEL expression from a form (conditional.hide, readonly, validate.*) in the small subset the server evaluates
 * exactly as the Tasklist does. The Tasklist runs form-js 1.8.7, whose FEEL engine is feelin 3.x; where that engine
 * departs from the FEEL standard, this class follows the engine, because the server must agree with what the
 * caseworker saw.
 *
 * <p>The subset: an optional leading {@code =}; {@code and}, {@code or}, {@code not(...)}, parentheses; {@code =},
 * {@code !=}, {@code <}, {@code <=}, {@code >}, {@code >=}; names ({@code a}, {@code a.b}); string literals with
 * {@code \"} and {@code \\} escapes; numbers; {@code true}, {@code false}, {@code null}; {@code list contains(list,
 * value)} and {@code count(list)}. Anything else is refused by {@link #parse}.
 *
 * <p>Values: absent names are null; numbers compare by value whatever their Java type; {@code =} is false between
 * null and a value and null between values of different types, {@code !=} is true unless {@code =} is true; ordering
 * with null, or between different types, is null; {@code and}/{@code or}/{@code not} use three-valued logic with
 * anything but a boolean counting as null. A condition holds ({@link #test}) only when the result is exactly true.
 */
public final class FeelCondition {

  private final String expression;
  private final FeelNode root;

  private FeelCondition(String expression, FeelNode root) {
    this.expression = expression;
    this.root = root;
  }

  /** Parses an expression in the subset; an {@link IllegalArgumentException} says, in English, what is not. */
  public static FeelCondition parse(String expression) {
    if (expression == null) {
      throw new IllegalArgumentException("A FEEL expression is missing.");
    }
    return new FeelCondition(expression, new FeelParser(expression).parse());
  }

  /** True only when the expression evaluates to true with these variables (absent ones give null). */
  public boolean test(Function<String, Object> variables) {
    return Boolean.TRUE.equals(evaluate(variables));
  }

  /** The value: Boolean, String, BigDecimal (every number), List, Map, another variable's value, or null. */
  public Object evaluate(Function<String, Object> variables) {
    return root.evaluate(variables);
  }

  /** The expression as written in the form. */
  public String expression() {
    return expression;
  }

  @Override
  public String toString() {
    return expression;
  }
}
