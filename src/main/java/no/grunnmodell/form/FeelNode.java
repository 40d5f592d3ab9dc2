package no.grunnmodell.form;

import java.util.List;
import java.util.function.Function;

/** A parsed FEEL expression of the supported subset; semantics in {@link FeelSemantics}. */
sealed interface FeelNode {

  Object evaluate(Function<String, Object> variables);

  record Literal(Object value) implements FeelNode {
    public Object evaluate(Function<String, Object> variables) {
      return value;
    }
  }

  /** {@code a} or {@code a.b.c}. */
  record Name(List<String> path) implements FeelNode {
    public Object evaluate(Function<String, Object> variables) {
      Object value = variables.apply(path.get(0));
      for (String property : path.subList(1, path.size())) {
        value = FeelSemantics.property(value, property);
      }
      return value;
    }
  }

  record Not(FeelNode operand) implements FeelNode {
    public Object evaluate(Function<String, Object> variables) {
      return FeelSemantics.not(operand.evaluate(variables));
    }
  }

  record And(FeelNode left, FeelNode right) implements FeelNode {
    public Object evaluate(Function<String, Object> variables) {
      return FeelSemantics.and(left.evaluate(variables), right.evaluate(variables));
    }
  }

  record Or(FeelNode left, FeelNode right) implements FeelNode {
    public Object evaluate(Function<String, Object> variables) {
      return FeelSemantics.or(left.evaluate(variables), right.evaluate(variables));
    }
  }

  record Comparison(String operator, FeelNode left, FeelNode right) implements FeelNode {
    public Object evaluate(Function<String, Object> variables) {
      return FeelSemantics.compare(operator, left.evaluate(variables), right.evaluate(variables));
    }
  }

  record ListContains(FeelNode list, FeelNode element) implements FeelNode {
    public Object evaluate(Function<String, Object> variables) {
      return FeelSemantics.listContains(list.evaluate(variables), element.evaluate(variables));
    }
  }

  record Count(FeelNode list) implements FeelNode {
    public Object evaluate(Function<String, Object> variables) {
      return FeelSemantics.count(list.evaluate(variables));
    }
  }
}
