package no.grunnmodell.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The FEEL subset: what the forms use today, and the Tasklist engine's answers where FEEL is subtle. */
class FeelConditionTest {

  private static boolean test(String expression, Object... nameValuePairs) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      variables.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
    }
    return FeelCondition.parse(expression).test(variables::get);
  }

  private static Object evaluate(String expression, Object... nameValuePairs) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      variables.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
    }
    return FeelCondition.parse(expression).evaluate(variables::get);
  }

  @Test
  void notEqualToAStringIsTrueWhenTheVariableIsAbsent() {
    assertThat(test("=consentDecision != \"GIVEN\"")).isTrue();
    assertThat(test("=consentDecision != \"GIVEN\"", "consentDecision", "GIVEN")).isFalse();
    assertThat(test("=consentDecision != \"GIVEN\"", "consentDecision", "REFUSED")).isTrue();
  }

  @Test
  void notEqualToTrueHoldsForFalseAndForAbsentCheckboxes() {
    assertThat(test("=interpreterNeeded != true")).isTrue();
    assertThat(test("=interpreterNeeded != true", "interpreterNeeded", false)).isTrue();
    assertThat(test("=interpreterNeeded != true", "interpreterNeeded", true)).isFalse();
  }

  @Test
  void andNeedsBothSides() {
    String expression = "=bufetatDecision != \"REFUSED\" and bufetatDecision != \"WITHDRAWN\"";
    assertThat(test(expression, "bufetatDecision", "GRANTED")).isTrue();
    assertThat(test(expression, "bufetatDecision", "REFUSED")).isFalse();
    assertThat(test(expression, "bufetatDecision", "WITHDRAWN")).isFalse();
  }

  @Test
  void equalsNullHoldsForAbsentAndNullButNotForAValue() {
    assertThat(test("=previousCourseId = null")).isTrue();
    assertThat(test("=previousCourseId = null", "previousCourseId", null)).isTrue();
    assertThat(test("=previousCourseId = null", "previousCourseId", "c-1")).isFalse();
  }

  @Test
  void orHoldsWhenEitherSideHolds() {
    String expression = "=referralDeviationReason = null or referralDeviationReason = \"\"";
    assertThat(test(expression)).isTrue();
    assertThat(test(expression, "referralDeviationReason", "")).isTrue();
    assertThat(test(expression, "referralDeviationReason", "passer likevel")).isFalse();
  }

  @Test
  void equalsAStringLiteral() {
    assertThat(test("=closureReason = \"AGE_LIMIT\"", "closureReason", "AGE_LIMIT")).isTrue();
    assertThat(test("=closureReason = \"AGE_LIMIT\"", "closureReason", "GOALS_REACHED")).isFalse();
  }

  @Test
  void numbersCompareByValueWhateverTheirJavaType() {
    assertThat(test("=x = 2", "x", 2.0d)).isTrue();
    assertThat(test("=x = 2.0", "x", 2L)).isTrue();
    assertThat(test("=x >= 2", "x", new BigDecimal("2.00"))).isTrue();
    assertThat(test("=x < -1.5", "x", -2)).isTrue();
  }

  @Test
  void orderingWithNullIsNeverTrue() {
    assertThat(test("=x < 3")).isFalse();
    assertThat(test("=x > 3")).isFalse();
    assertThat(test("=not(x < 3)")).isFalse();
  }

  @Test
  void orderingCoercesNumericTextAsTheTasklistDoes() {
    assertThat(test("=age < 18", "age", "17")).isTrue();
    assertThat(test("=age < 18", "age", "sytten")).isFalse();
  }

  @Test
  void valuesOfDifferentTypesAreNeitherEqualNorComparable() {
    assertThat(test("=x = 1", "x", "1")).isFalse();
    assertThat(test("=x != 1", "x", "1")).isTrue();
    assertThat(evaluate("=x = 1", "x", "1")).isNull();
    assertThat(test("=not(x = 1)", "x", "1")).isFalse();
  }

  @Test
  void andOrAndNotUseThreeValuedLogicWithNonBooleansAsNull() {
    assertThat(evaluate("=x and true", "x", "yes")).isNull();
    assertThat(evaluate("=x and false", "x", "yes")).isEqualTo(false);
    assertThat(evaluate("=x or true")).isEqualTo(true);
    assertThat(evaluate("=x or false")).isNull();
    assertThat(evaluate("=not(x)")).isNull();
    assertThat(evaluate("=not(x)", "x", false)).isEqualTo(true);
  }

  @Test
  void parenthesesGroupConditions() {
    assertThat(test("=(a = 1 or b = 1) and c = 1", "a", 1, "c", 1)).isTrue();
    assertThat(test("=a = 1 or b = 1 and c = 1", "a", 1)).isTrue();
    assertThat(test("=(a = 1 or b = 1) and c = 1", "a", 1)).isFalse();
  }

  @Test
  void dottedNamesReadIntoMaps() {
    Map<String, Object> referral = Map.of("status", "SENT", "measure", Map.of("code", "MST"));
    assertThat(test("=referral.status = \"SENT\"", "referral", referral)).isTrue();
    assertThat(test("=referral.measure.code = \"MST\"", "referral", referral)).isTrue();
    assertThat(test("=referral.missing = null", "referral", referral)).isTrue();
    assertThat(test("=nothing.status = null")).isTrue();
  }

  @Test
  void listContainsAndCountWorkOnLists() {
    List<String> carers = List.of("mor", "far");
    assertThat(test("=list contains(dailyCarers, \"far\")", "dailyCarers", carers)).isTrue();
    assertThat(test("=list contains(dailyCarers, \"annen\")", "dailyCarers", carers)).isFalse();
    assertThat(test("=count(dailyCarers) = 2", "dailyCarers", carers)).isTrue();
    assertThat(test("=count(dailyCarers) > 0")).isFalse();
    assertThat(evaluate("=list contains(dailyCarers, \"far\")")).isNull();
  }

  @Test
  void aListOfOneEqualsItsElementAsInTheTasklist() {
    assertThat(test("=x = \"mor\"", "x", List.of("mor"))).isTrue();
    assertThat(test("=x = null", "x", List.of())).isFalse();
    assertThat(test("=x = y", "x", List.of("a", "b"), "y", Arrays.asList("a", "b"))).isTrue();
  }

  @Test
  void stringLiteralsUnescapeQuotesAndBackslashes() {
    assertThat(test("=x = \"si \\\"ja\\\" \\\\ nei\"", "x", "si \"ja\" \\ nei")).isTrue();
  }

  @Test
  void theLeadingEqualsSignIsOptional() {
    assertThat(test("x = 1", "x", 1)).isTrue();
    assertThat(FeelCondition.parse("=x = 1").expression()).isEqualTo("=x = 1");
  }

  @Test
  void aBareNameOrLiteralIsAnExpressionToo() {
    assertThat(evaluate("=maxLength", "maxLength", 64)).isEqualTo(64);
    assertThat(evaluate("=200")).isEqualTo(new BigDecimal("200"));
    assertThat(test("=true")).isTrue();
  }

  @Test
  void unsupportedFunctionsAreRefusedByName() {
    assertThatThrownBy(() -> FeelCondition.parse("=some(x, y)"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("function 'some' is not supported");
    assertThatThrownBy(() -> FeelCondition.parse("=string length(x) > 3"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names with spaces");
    assertThatThrownBy(() -> FeelCondition.parse("=upper case(x) = \"A\""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void isDefinedIsRefusedBecauseTheTasklistEngineLacksIt() {
    assertThatThrownBy(() -> FeelCondition.parse("=is defined(previousCourseId)"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is defined() is not supported");
  }

  @Test
  void otherFeelConstructsAreRefusedWithTheReason() {
    assertThat(refusal("=x + 1 > 2")).contains("arithmetic ('+')");
    assertThat(refusal("=x in (1, 2)")).contains("'in' is not supported");
    assertThat(refusal("=if x then true else false")).contains("'if' is not supported");
    assertThat(refusal("=some x in y satisfies x > 1")).contains("'some' is not supported");
    assertThat(refusal("=x[1] = 2")).contains("filters");
    assertThat(refusal("={a: 1}.a = 1")).contains("contexts");
    assertThat(refusal("=x = @\"2026-01-01\"")).contains("temporal");
    assertThat(refusal("=x = 'a'")).contains("double quotes");
    assertThat(refusal("=1 < x < 3")).contains("cannot be chained");
    assertThat(refusal("=x = \"a\\nb\"")).contains("escape");
    assertThat(refusal("=førsteKontakt = null")).contains("character 'ø'");
  }

  @Test
  void brokenExpressionsAreRefused() {
    assertThat(refusal("=")).contains("empty");
    assertThat(refusal("=(x = 1")).contains("expected ')'");
    assertThat(refusal("=x =")).contains("ends too early");
    assertThat(refusal("=x = \"open")).contains("not closed");
    assertThat(refusal("=x and")).contains("ends too early");
    assertThat(refusal("=not x")).contains("not(...)");
    assertThat(refusal("=x.")).contains("a name must follow '.'");
  }

  @Test
  void aRefusalNamesTheExpressionAndPosition() {
    assertThat(refusal("=a = 1 + 2")).startsWith("FEEL \"=a = 1 + 2\" at position 8: ");
  }

  private static String refusal(String expression) {
    try {
      FeelCondition.parse(expression);
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    throw new AssertionError("accepted: " + expression);
  }
}
