package no.grunnmodell.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The process variables an expression reads: names that are neither properties, nor calls, nor the engine's. */
class ExpressionVariablesTest {

  @Test
  void aConditionReadsItsVariables() {
    assertThat(ExpressionVariables.in("${guidanceStatus == 'PLANNED' and not empty evaluationDue}"))
        .containsExactly("guidanceStatus", "evaluationDue");
  }

  @Test
  void expressionsInsideTextAreRead() {
    assertThat(ExpressionVariables.in("leder-${serviceId}, #{kontaktperson}")).containsExactly("serviceId",
        "kontaktperson");
  }

  @Test
  void theEnginesObjectsDateFunctionsKeywordsAndTextAreNoVariables() {
    assertThat(ExpressionVariables.in("${execution.processBusinessKey}")).isEmpty();
    assertThat(ExpressionVariables.in("${dateTime().plusDays(14).toDate()}")).isEmpty();
    assertThat(ExpressionVariables.in("${true or null == 'guidanceStatus'}")).isEmpty();
    assertThat(ExpressionVariables.in("no expression here")).isEmpty();
  }
}
