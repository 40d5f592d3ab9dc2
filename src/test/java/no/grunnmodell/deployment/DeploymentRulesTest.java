package no.grunnmodell.deployment;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.grunnmodell.platform.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.StringUtils;

/** What a deployment may hold, and how a refusal reads. */
class DeploymentRulesTest {

  static final DeploymentRules RULES = new DeploymentRules(DiagramRulesTest.BEANS);
  static final byte[] GOOD_DIAGRAM = DiagramRulesTest.diagram("<bpmn:startEvent id=\"Start\"/>").getBytes(UTF_8);
  static final byte[] GOOD_FORM = "{\"id\":\"test-form\",\"components\":[]}".getBytes(UTF_8);

  @Test
  void diagramsAndFormsWithoutATenantPass() {
    assertThat(RULES.problems(null, Map.of("processes/a.bpmn", GOOD_DIAGRAM, "forms/a.form", GOOD_FORM))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"decision.dmn", "case.cmmn", "script.js", "script.groovy", "form.html", "old.bpmn20.xml",
      "diagram.png", "processes/a.BPMN", "decision.dmn11.xml"})
  void everyOtherKindOfFileIsRefusedByName(String name) {
    assertThat(RULES.problems(null, Map.of(name, GOOD_DIAGRAM))).singleElement().satisfies(p -> {
      assertThat(p.resource()).isEqualTo(name);
      assertThat(p.english()).startsWith(name + ": ");
      assertThat(p.instead()).isEqualTo(DeploymentRules.RESOURCE_TYPES);
    });
  }

  @Test
  void aTenantIdIsRefused() {
    assertThat(RULES.problems("lorenskog", Map.of("processes/a.bpmn", GOOD_DIAGRAM))).singleElement()
        .satisfies(p -> assertThat(p.english()).contains("\"lorenskog\""));
  }

  @Test
  void formsAreCheckedByTheFormRules() {
    assertThat(RULES.problems(null, Map.of("forms/a.form", "{}".getBytes(UTF_8)))).isNotEmpty()
        .allSatisfy(p -> assertThat(p.english()).contains("forms/a.form"));
  }

  @Test
  void aRefusalListsEveryProblemThenWhatIsAllowedInsteadOnceInBothLanguages() {
    Map<String, byte[]> resources = new LinkedHashMap<>();
    resources.put("processes/a.bpmn", DiagramRulesTest.diagram(
        "<bpmn:serviceTask id=\"Task_A\" camunda:expression=\"${a.b}\"/>"
            + "<bpmn:serviceTask id=\"Task_B\" camunda:expression=\"${c.d}\"/>").getBytes(UTF_8));
    resources.put("decision.dmn", new byte[0]);
    List<Problem> problems = RULES.problems(null, resources);

    Refusal refusal = DeploymentRules.refusal(problems);

    assertThat(refusal.status()).isEqualTo(400);
    assertThat(refusal.field()).isEqualTo("processes/a.bpmn");
    assertThat(refusal.english()).startsWith("The deployment was refused and nothing was deployed:\n- ")
        .contains("processes/a.bpmn, element Task_A (bpmn:serviceTask), camunda:expression=\"${a.b}\": reading "
            + "the property a.b is not allowed.")
        .contains("element Task_B").contains("decision.dmn: this kind of file may not be deployed.")
        .contains("\nInstead: " + ExpressionRules.ALLOWED_ENGLISH)
        .contains("\nInstead: " + DeploymentRules.RESOURCE_TYPES.english());
    assertThat(StringUtils.countOccurrencesOf(refusal.english(), ExpressionRules.ALLOWED_ENGLISH)).isOne();
    assertThat(refusal.norwegian()).startsWith("Deployeringen ble avvist, og ingenting ble deployert:")
        .contains("oppslaget a.b er ikke tillatt").contains("\nI stedet: " + ExpressionRules.ALLOWED_NORWEGIAN);
  }
}
