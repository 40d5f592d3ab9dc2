package no.grunnmodell.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.junit.jupiter.api.Test;

/**
 * Our expression rules against the engine's own reading. Camunda's JUEL parser is used here only as an oracle (the
 * rules themselves do not depend on it): for many generated expressions, whenever our rules accept one, the tree
 * JUEL builds from it must hold nothing that could reach a bean, an engine object, a property, an index or a method,
 * outside the five engine properties and the date chains. A difference in where the two cut tokens or nest
 * operators would show up here as an accepted expression with a dangerous tree.
 */
class ExpressionOracleTest {

  static final BeanNames BEANS = TestBeans.of(TestBeans.PLATFORM_BEANS, java.util.Set.of("courseMilestone"));
  static final ExpressionRules RULES = new ExpressionRules(BEANS);
  static final Builder JUEL = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

  /** Pieces that make up expressions, dangerous and harmless, with and without spaces around them. */
  static final String[] PIECES = {"a", "b", "x1", "$v", "runtimeService", "courseMilestone", "execution", "task",
      "processEngine", "processBusinessKey", "businessKey", "tenantId", "id", "getClass", "class", "forName", "now",
      "dateTime", "plusDays", "toDate", "minusYears", "S", "ns", "currentUser", "empty", "not", "and", "or", "eq",
      "instanceof", "div", "true", "null", ".", ".", ".", "[", "]", "(", "(", ")", ")", "?", ":", ",", "==", "!=",
      "&&", "||", "!", "-", "+", "*", "<", ">=", "'s'", "\"s\"", "'}'", "'\\''", "\"\\\"\"", "1", "1.5", ".5", "2e3",
      "1.", " ", " ", "\t", "}", "${", "#{", "\\"};

  @Test
  void whateverOurRulesAcceptJuelReadsAsHarmless() {
    Random random = new Random(20261130L);
    int accepted = 0;
    int parsed = 0;
    List<String> dangerous = new ArrayList<>();
    for (int i = 0; i < 300_000; i++) {
      StringBuilder text = new StringBuilder(random.nextInt(4) == 0 ? "pre-${" : "${");
      int length = 1 + random.nextInt(9);
      for (int j = 0; j < length; j++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
        if (random.nextBoolean()) {
          text.append(' ');
        }
      }
      text.append('}');
      if (!RULES.check(text.toString()).isEmpty()) {
        continue;
      }
      accepted++;
      Node root;
      try {
        root = JUEL.build(text.toString()).getRoot();
      } catch (TreeBuilderException e) {
        continue;
      }
      parsed++;
      String problem = judge(root);
      if (problem != null) {
        dangerous.add(text + " -> " + problem);
      }
    }
    assertThat(dangerous).isEmpty();
    // Enough accepted and parsed expressions for the comparison to mean something
    assertThat(parsed).isGreaterThan(2_000);
    assertThat(accepted).isGreaterThanOrEqualTo(parsed);
  }

  @Test
  void theHandWrittenExamplesAgreeWithJuel() {
    for (String allowed : List.of("${dateTime().withTimeAtStartOfDay().minusMonths(m + 1).toDate()}",
        "#{execution.processBusinessKey}", "${task.id}", "${a ? now() : b}", "leder-${serviceId}")) {
      assertThat(RULES.check(allowed)).as(allowed).isEmpty();
      assertThat(judge(JUEL.build(allowed).getRoot())).as(allowed).isNull();
    }
    for (String refused : List.of("${\"\".getClass()}", "${execution.processEngine}", "${a[0]}", "${ns:now()}",
        "${runtimeService}", "${now().time}")) {
      assertThat(RULES.check(refused)).as(refused).isNotEmpty();
      assertThat(judge(JUEL.build(refused).getRoot())).as(refused).isNotNull();
    }
  }

  /** What is dangerous in JUEL's tree, or null: the same policy, judged on the engine's own parse. */
  static String judge(Node node) {
    String kind = node.getClass().getSimpleName();
    switch (kind) {
      case "AstIdentifier" -> {
        String name = node.toString();
        if (BEANS.isBean(name) || ExpressionRules.ENGINE_NAMES.contains(name) || name.equals("class")
            || name.equals("getClass")) {
          return "identifier " + name;
        }
        return null;
      }
      case "AstDot" -> {
        Node prefix = node.getChild(0);
        String property = property(node);
        if (prefix instanceof AstIdentifier identifier
            && ExpressionRules.ENGINE_PROPERTIES.getOrDefault(identifier.toString(), java.util.Set.of())
            .contains(property)) {
          return null;
        }
        return "property " + property;
      }
      case "AstBracket" -> {
        return "index";
      }
      case "AstFunction" -> {
        AstFunction function = (AstFunction) node;
        return ExpressionRules.DATE_FUNCTIONS.contains(function.getName()) && function.getParamCount() == 0 ? null
            : "function " + function.getName();
      }
      case "AstMethod" -> {
        Node dot = node.getChild(0);
        if (!dot.getClass().getSimpleName().equals("AstDot")
            || !ExpressionRules.DATE_METHODS.contains(property(dot)) || !isDateChain(dot.getChild(0))) {
          return "method " + dot;
        }
        return judge(node.getChild(1));
      }
      default -> {
        for (int i = 0; i < node.getCardinality(); i++) {
          String problem = judge(node.getChild(i));
          if (problem != null) {
            return problem;
          }
        }
        return null;
      }
    }
  }

  private static boolean isDateChain(Node node) {
    if (node instanceof AstFunction) {
      return judge(node) == null;
    }
    return node.getClass().getSimpleName().equals("AstMethod") && judge(node) == null;
  }

  private static String property(Node dot) {
    return dot.toString().replaceFirst("^\\.\\s*", "");
  }
}
