package no.grunnmodell.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The expression rules on their own: what a diagram's ${...} may and may not do. No Spring context. */
class ExpressionRulesTest {

  static final ExpressionRules RULES = new ExpressionRules(TestBeans.of(
      Set.of("runtimeService", "historyService", "dataSource", "environment", "processEngineConfiguration"),
      Set.of("courseMilestone", "registerCourse")));

  @ParameterizedTest
  @ValueSource(strings = {
      "${serviceId}",
      "leder-${serviceId}",
      "${kontaktperson}",
      "${x == 'GIVEN'}",
      "${consentDecision eq \"GIVEN\" and not empty kontaktperson}",
      "#{execution.processBusinessKey}",
      "${execution.processInstanceId}-${execution.businessKey}-${execution.tenantId}",
      "${task.id}",
      "${a && !b || c != 'x'}",
      "${count + 1 >= 3 || -count < 0 || count le 2 || count gt 7}",
      "${empty list ? 'none' : \"some\"}",
      "${(a || b) && c}",
      "${evaluationDue}",
      "${now()}",
      "${dateTime().plusDays(14).toDate()}",
      "${dateTime().withTimeAtStartOfDay().minusMonths(months + 1).plusYears(1).toDate()}",
      "${'}' == x}",
      "${\"a \\\" b\" == x}",
      "${1.5e3 > .5}",
      "${null == x ? true : false}",
      "R/PT15M",
      "no expression at all"})
  void allowsVariablesLiteralsOperatorsTheFiveEnginePropertiesAndDates(String text) {
    assertThat(RULES.check(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      ${"".getClass().forName("java.lang.Runtime")}        | getClass
      ${''.class}                                           | getClass
      ${class}                                              | class
      ${runtimeService}                                     | "runtimeService" is one of the application's beans
      ${historyService.createHistoricProcessInstanceQuery().list()} | "historyService" is one of the application's beans
      ${environment}                                        | "environment" is one of the application's beans
      ${courseMilestone}                                    | "courseMilestone" is one of the application's beans
      ${execution}                                          | the engine's own object
      ${execution.getProcessEngineServices()}               | "execution.getProcessEngineServices" is not allowed
      ${execution.processEngine}                            | "execution.processEngine" is not allowed
      ${execution.processBusinessKey.bytes}                 | reading the property execution.processBusinessKey.bytes
      ${execution.processBusinessKey.getClass()}            | getClass
      ${task.execution}                                     | "task.execution" is not allowed
      ${processEngine}                                      | the engine's own object
      ${processEngineServices}                              | the engine's own object
      ${variableContext}                                    | the engine's own object
      ${authenticatedUserId}                                | the engine's own object
      ${a.b}                                                | reading the property a.b
      ${a['b']}                                             | indexing a[...]
      ${(a).b}                                              | reading the property (...).b
      ${x.toString()}                                       | calling the method x.toString()
      ${x instanceof y}                                     | instanceof
      ${currentUser()}                                      | calling currentUser()
      ${S(json).prop('a')}                                  | calling S()
      ${fn:now()}                                           | the function fn:now()
      ${now().time}                                         | ".time" after now()
      ${now().getTime()}                                    | ".getTime" after now()
      ${dateTime().plusDays}                                | ".plusDays" after dateTime()
      ${dateTime().plusDays(runtimeService)}                | "runtimeService" is one of the application's beans
      ${now(1)}                                             | now() takes no arguments
      ${a ? b : dataSource}                                 | "dataSource" is one of the application's beans
      ${a * 2}                                              | the operator * is not allowed
      ${a div 2}                                            | the operator div is not allowed
      ${a = 2}                                              | not a valid expression
      ${a                                                   | no closing }
      ${'unterminated}                                      | not closed
      ${a; b}                                               | not a valid expression
      ${}                                                   | ends too early
      """)
  void refusesBeansEngineObjectsPropertiesIndexesCallsAndUnknownSyntax(String text, String reason) {
    List<ExpressionRules.Violation> violations = RULES.check(text);
    assertThat(violations).hasSize(1);
    assertThat(violations.get(0).english()).contains(reason);
    assertThat(violations.get(0).norwegian()).isNotBlank();
  }

  @ParameterizedTest
  @ValueSource(strings = {"leder-${serviceId}-${dataSource}", "${'}'}${runtimeService}", "#{a} ${a.b}",
      "\\${execution.processEngine}"})
  void checksEveryExpressionOfACompositeText(String text) {
    assertThat(RULES.check(text)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"${\"\".getClass()}", "#{runtimeService}"})
  void namesTheWholeExpression(String text) {
    assertThat(RULES.check("prefix " + text + " suffix")).singleElement()
        .extracting(ExpressionRules.Violation::expression).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"${courseMilestone}", "${registerCourse}"})
  void aDelegateExpressionMayNameOurDelegates(String value) {
    assertThat(RULES.checkDelegateExpression(value)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"${runtimeService}", "${someVariable}", "${courseMilestone.execute(execution)}",
      " ${courseMilestone}", "#{courseMilestone}", "${courseMilestone}${registerCourse}", "courseMilestone",
      "${execution}", "${dateTime()}"})
  void aDelegateExpressionMayNameNothingElse(String value) {
    assertThat(RULES.checkDelegateExpression(value)).isPresent();
  }
}
