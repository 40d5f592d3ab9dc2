package no.grunnmodell.deployment;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The diagram walker: every construct that could run code or is not used here is refused, wherever it is. */
class DiagramRulesTest {

  static final BeanNames BEANS = TestBeans.of(TestBeans.PLATFORM_BEANS, Set.of("courseMilestone", "registerCourse"));
  static final DiagramRules RULES = new DiagramRules(BEANS);
  static final String FILE = "processes/test.bpmn";

  /** A diagram with this inside its process. */
  static String diagram(String processContent) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:activiti="http://activiti.org/bpmn"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_Test"
            targetNamespace="http://grunnmodell.no/bpmn">
          <bpmn:process id="Process_Test" isExecutable="true" camunda:historyTimeToLive="P30D">
            %s
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(processContent);
  }

  static List<Problem> problems(String processContent) {
    return RULES.problems(FILE, diagram(processContent).getBytes(UTF_8));
  }

  static Stream<Arguments> forbidden() {
    return Stream.of(
        // body, where, what, why
        Arguments.of("<bpmn:serviceTask id=\"Task_Evil\" camunda:expression=\"${&quot;&quot;.getClass()"
                + ".forName('java.lang.Runtime')}\"/>", "element Task_Evil (bpmn:serviceTask)",
            "camunda:expression=\"${\"\".getClass().forName('java.lang.Runtime')}\"", "getClass"),
        Arguments.of("<bpmn:scriptTask id=\"Task_Script\"><bpmn:script>1</bpmn:script></bpmn:scriptTask>",
            "element Task_Script (bpmn:scriptTask)", "", "scripts are not allowed"),
        Arguments.of("<bpmn:userTask id=\"Task_Io\"><bpmn:extensionElements><camunda:inputOutput>"
                + "<camunda:inputParameter name=\"x\"><camunda:script scriptFormat=\"groovy\">1</camunda:script>"
                + "</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:userTask>",
            "camunda:script in element Task_Io", "", "scripts are not allowed"),
        Arguments.of("<bpmn:serviceTask id=\"Task_Http\"><bpmn:extensionElements><camunda:connector>"
                + "<camunda:connectorId>http-connector</camunda:connectorId></camunda:connector>"
                + "</bpmn:extensionElements></bpmn:serviceTask>",
            "camunda:connector in element Task_Http", "", "connectors are not allowed"),
        Arguments.of("<bpmn:serviceTask id=\"Task_Class\" camunda:class=\"org.example.Evil\"/>",
            "element Task_Class (bpmn:serviceTask)", "camunda:class=\"org.example.Evil\"", "Java class"),
        Arguments.of("<bpmn:startEvent id=\"Start\"><bpmn:extensionElements><camunda:executionListener "
                + "class=\"org.example.Evil\" event=\"start\"/></bpmn:extensionElements></bpmn:startEvent>",
            "camunda:executionListener in element Start", "class=\"org.example.Evil\"", "Java class"),
        Arguments.of("<bpmn:callActivity id=\"Call\" calledElement=\"FamilyCourse\" "
                + "camunda:variableMappingClass=\"org.example.Evil\"/>",
            "element Call (bpmn:callActivity)", "camunda:variableMappingClass=\"org.example.Evil\"", "Java class"),
        Arguments.of("<bpmn:userTask id=\"Task_Handler\" camunda:formHandlerClass=\"org.example.Evil\"/>",
            "element Task_Handler (bpmn:userTask)", "camunda:formHandlerClass", "Java class"),
        Arguments.of("<bpmn:serviceTask id=\"Task_External\" camunda:type=\"external\" camunda:topic=\"x\"/>",
            "element Task_External (bpmn:serviceTask)", "camunda:type=\"external\"", "external tasks"),
        Arguments.of("<bpmn:serviceTask id=\"Task_Shell\" camunda:type=\"shell\"/>",
            "element Task_Shell (bpmn:serviceTask)", "camunda:type=\"shell\"", "shell"),
        Arguments.of("<bpmn:endEvent id=\"End\"><bpmn:messageEventDefinition id=\"Msg\" "
                + "camunda:class=\"org.example.Evil\"/></bpmn:endEvent>",
            "element Msg (bpmn:messageEventDefinition)", "camunda:class", "Java class"),
        Arguments.of("<bpmn:userTask id=\"Task_Html\" camunda:formKey=\"embedded:app:forms/x.html\"/>",
            "element Task_Html (bpmn:userTask)", "camunda:formKey=\"embedded:app:forms/x.html\"", "formKey"),
        Arguments.of("<bpmn:userTask id=\"Task_Generated\"><bpmn:extensionElements><camunda:formData>"
                + "<camunda:formField id=\"f\" type=\"string\"/></camunda:formData></bpmn:extensionElements>"
                + "</bpmn:userTask>", "camunda:formData in element Task_Generated", "", "generated task forms"),
        Arguments.of("<bpmn:sequenceFlow id=\"Flow_Script\" sourceRef=\"a\" targetRef=\"b\"><bpmn:conditionExpression "
                + "xsi:type=\"bpmn:tFormalExpression\" language=\"groovy\">true</bpmn:conditionExpression>"
                + "</bpmn:sequenceFlow>", "bpmn:conditionExpression in element Flow_Script", "language=\"groovy\"",
            "script language"),
        Arguments.of("<bpmn:sequenceFlow id=\"Flow_Resource\" sourceRef=\"a\" targetRef=\"b\">"
                + "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\" "
                + "camunda:resource=\"deployment://x.groovy\"/></bpmn:sequenceFlow>",
            "bpmn:conditionExpression in element Flow_Resource", "camunda:resource=\"deployment://x.groovy\"",
            "from a resource"),
        Arguments.of("<bpmn:callActivity id=\"Call_Tenant\" calledElement=\"FamilyCourse\" "
                + "camunda:calledElementTenantId=\"grorud\"/>", "element Call_Tenant (bpmn:callActivity)",
            "camunda:calledElementTenantId=\"grorud\"", "tenant"),
        Arguments.of("<bpmn:callActivity id=\"Call_Case\" camunda:caseRef=\"someCase\" "
                + "camunda:caseTenantId=\"grorud\"/>", "element Call_Case (bpmn:callActivity)",
            "camunda:caseRef=\"someCase\"", "CMMN case"),
        Arguments.of("<bpmn:userTask id=\"Task_Users\" camunda:candidateUsers=\"lorenskog-leder\"/>",
            "element Task_Users (bpmn:userTask)", "camunda:candidateUsers=\"lorenskog-leder\"", "candidate users"),
        Arguments.of("<bpmn:userTask id=\"Task_Owner\"><bpmn:potentialOwner><bpmn:resourceAssignmentExpression>"
                + "<bpmn:formalExpression>user(lorenskog-leder)</bpmn:formalExpression>"
                + "</bpmn:resourceAssignmentExpression></bpmn:potentialOwner></bpmn:userTask>",
            "bpmn:potentialOwner in element Task_Owner", "", "potential owners"),
        Arguments.of("<bpmn:businessRuleTask id=\"Task_Rule\" camunda:decisionRef=\"d\"/>",
            "element Task_Rule (bpmn:businessRuleTask)", "", "business rule tasks"),
        Arguments.of("<bpmn:serviceTask id=\"Task_Bean\" camunda:delegateExpression=\"${runtimeService}\"/>",
            "element Task_Bean (bpmn:serviceTask)", "camunda:delegateExpression=\"${runtimeService}\"",
            "\"runtimeService\" is not one of the application's delegates"),
        Arguments.of("<bpmn:startEvent id=\"Start_Call\"><bpmn:extensionElements><camunda:executionListener "
                + "delegateExpression=\"${courseMilestone.notify(execution)}\" event=\"start\"/>"
                + "</bpmn:extensionElements></bpmn:startEvent>", "camunda:executionListener in element Start_Call",
            "delegateExpression=\"${courseMilestone.notify(execution)}\"", "exactly ${name}"),
        Arguments.of("<bpmn:callActivity id=\"Call_Mapping\" calledElement=\"FamilyCourse\" "
                + "camunda:variableMappingDelegateExpression=\"${dataSource}\"/>",
            "element Call_Mapping (bpmn:callActivity)", "camunda:variableMappingDelegateExpression", "delegates"),
        Arguments.of("<bpmn:serviceTask id=\"Task_Expr\" camunda:expression=\"${courseMilestone}\"/>",
            "element Task_Expr (bpmn:serviceTask)", "camunda:expression=\"${courseMilestone}\"",
            "one of the application's beans"),
        // Camunda joins an element's text around comments and CDATA: so must the check
        Arguments.of("<bpmn:sequenceFlow id=\"Flow_Split\" sourceRef=\"a\" targetRef=\"b\"><bpmn:conditionExpression "
                + "xsi:type=\"bpmn:tFormalExpression\">$<!-- split -->{execution.processEngine}"
                + "</bpmn:conditionExpression></bpmn:sequenceFlow>", "bpmn:conditionExpression in element Flow_Split",
            "expression ${execution.processEngine}", "the engine's own object"),
        Arguments.of("<bpmn:sequenceFlow id=\"Flow_Cdata\" sourceRef=\"a\" targetRef=\"b\"><bpmn:conditionExpression "
                + "xsi:type=\"bpmn:tFormalExpression\"><![CDATA[$]]>{runtimeService}</bpmn:conditionExpression>"
                + "</bpmn:sequenceFlow>", "bpmn:conditionExpression in element Flow_Cdata",
            "expression ${runtimeService}", "one of the application's beans"),
        Arguments.of("<bpmn:userTask id=\"Task_Ref\" camunda:assignee=\"&#36;{dataSource}\"/>",
            "element Task_Ref (bpmn:userTask)", "camunda:assignee=\"${dataSource}\"", "one of the application's beans"),
        Arguments.of("<bpmn:userTask id=\"Task_Doc\"><bpmn:documentation>${historyService}</bpmn:documentation>"
                + "</bpmn:userTask>", "bpmn:documentation in element Task_Doc", "expression ${historyService}",
            "one of the application's beans"),
        Arguments.of("<bpmn:userTask id=\"Task_Form\" camunda:formRef=\"${runtimeService}\"/>",
            "element Task_Form (bpmn:userTask)", "camunda:formRef=\"${runtimeService}\"",
            "one of the application's beans"),
        Arguments.of("<bpmn:userTask id=\"Task_Group\" camunda:candidateGroups=\"leder-${environment}\"/>",
            "element Task_Group (bpmn:userTask)", "camunda:candidateGroups=\"leder-${environment}\", expression "
                + "${environment}", "one of the application's beans"),
        Arguments.of("<bpmn:intermediateCatchEvent id=\"Timer\"><bpmn:timerEventDefinition id=\"TimerDef\">"
                + "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${now().getTime()}</bpmn:timeDate>"
                + "</bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>", "bpmn:timeDate in element TimerDef",
            "expression ${now().getTime()}", ".getTime"),
        Arguments.of("<bpmn:serviceTask id=\"Task_Field\" camunda:delegateExpression=\"${courseMilestone}\">"
                + "<bpmn:extensionElements><camunda:field name=\"x\"><camunda:expression>${processEngine}"
                + "</camunda:expression></camunda:field></bpmn:extensionElements></bpmn:serviceTask>",
            "camunda:expression in element Task_Field", "expression ${processEngine}", "the engine's own object"),
        Arguments.of("<bpmn:serviceTask id=\"Task_Inject\" camunda:delegateExpression=\"${courseMilestone}\">"
                + "<bpmn:extensionElements><camunda:field name=\"phase\" stringValue=\"X\"/>"
                + "</bpmn:extensionElements></bpmn:serviceTask>", "camunda:field in element Task_Inject", "",
            "field injection"),
        Arguments.of("<bpmn:callActivity id=\"Call_In\" calledElement=\"FamilyCourse\"><bpmn:extensionElements>"
                + "<camunda:in sourceExpression=\"${execution.processEngineServices}\" target=\"x\"/>"
                + "</bpmn:extensionElements></bpmn:callActivity>", "camunda:in in element Call_In",
            "sourceExpression=\"${execution.processEngineServices}\"", "execution.processEngineServices"),
        Arguments.of("<bpmn:userTask id=\"Task_Many\"><bpmn:multiInstanceLoopCharacteristics "
                + "camunda:collection=\"${a[0]}\" camunda:elementVariable=\"x\"/></bpmn:userTask>",
            "bpmn:multiInstanceLoopCharacteristics in element Task_Many", "camunda:collection=\"${a[0]}\"",
            "indexing a[...]"),
        Arguments.of("<bpmn:serviceTask id=\"Task_Old\" activiti:class=\"org.example.Evil\"/>",
            "element Task_Old (bpmn:serviceTask)", "activiti:class", "activiti namespace"),
        Arguments.of("<bpmn:userTask id=\"Task_Foreign\"><bpmn:extensionElements><foo:bar xmlns:foo=\"urn:x\">"
                + "${runtimeService}</foo:bar></bpmn:extensionElements></bpmn:userTask>",
            "foo:bar in element Task_Foreign", "expression ${runtimeService}", "one of the application's beans"));
  }

  @ParameterizedTest
  @MethodSource("forbidden")
  void refusesWithTheFileTheElementAndTheAttributeOrExpression(String body, String where, String what, String why) {
    List<Problem> problems = problems(body);
    assertThat(problems).as("problems of %s", body).isNotEmpty();
    assertThat(problems).anySatisfy(p -> {
      assertThat(p.resource()).isEqualTo(FILE);
      assertThat(p.english()).startsWith(FILE + ", " + where).contains(what).contains(why);
      assertThat(p.norwegian()).startsWith(FILE + ", ").isNotEqualTo(p.english());
      assertThat(p.instead()).isNotNull();
    });
  }

  @Test
  void aSmallDiagramLikeOursPasses() {
    assertThat(problems("""
        <bpmn:startEvent id="Start"><bpmn:extensionElements>
          <camunda:executionListener delegateExpression="${registerCourse}" event="start"/>
        </bpmn:extensionElements></bpmn:startEvent>
        <bpmn:userTask id="Task_Intake" name="Registrer mottak" camunda:formRef="mottak"
            camunda:formRefBinding="latest" camunda:assignee="${kontaktperson}"
            camunda:candidateGroups="leder-${serviceId}">
          <bpmn:documentation>Registrer mottaket.</bpmn:documentation>
          <bpmn:extensionElements>
            <camunda:taskListener delegateExpression="${courseMilestone}" event="complete"/>
            <camunda:properties><camunda:property name="phase" value="MOTTAK"/></camunda:properties>
          </bpmn:extensionElements>
        </bpmn:userTask>
        <bpmn:sequenceFlow id="Flow_Yes" sourceRef="Start" targetRef="Task_Intake">
          <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${x == 'GIVEN'}</bpmn:conditionExpression>
        </bpmn:sequenceFlow>
        <bpmn:callActivity id="Call" calledElement="StartupPhase" camunda:calledElementBinding="latest">
          <bpmn:extensionElements>
            <camunda:in businessKey="#{execution.processBusinessKey}"/>
            <camunda:in variables="all"/>
          </bpmn:extensionElements>
        </bpmn:callActivity>
        <bpmn:intermediateCatchEvent id="Timer"><bpmn:timerEventDefinition>
          <bpmn:timeDate xsi:type="bpmn:tFormalExpression">${evaluationDue}</bpmn:timeDate>
        </bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
        <bpmn:serviceTask id="Task_Register" camunda:delegateExpression="${registerCourse}"/>
        """)).isEmpty();
  }

  @Test
  void documentationIsTextForPeopleExceptOnAUserTaskWhereItIsTheTasksDescription() {
    assertThat(problems("<bpmn:intermediateCatchEvent id=\"Timer\"><bpmn:documentation>Computed by "
        + "${courseMilestone}.</bpmn:documentation></bpmn:intermediateCatchEvent>")).isEmpty();
    assertThat(problems("<bpmn:userTask id=\"Task_Doc\"><bpmn:documentation>Computed by ${courseMilestone}."
        + "</bpmn:documentation></bpmn:userTask>")).singleElement()
        .satisfies(p -> assertThat(p.english()).contains("bpmn:documentation in element Task_Doc"));
  }

  @Test
  void everyDiagramInProcessesPassesUnchanged() throws IOException {
    DiagramRules rules = new DiagramRules(TestBeans.ofThisApplication());
    List<Path> diagrams;
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      diagrams = files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
    }
    assertThat(diagrams).hasSizeGreaterThanOrEqualTo(8);
    for (Path diagram : diagrams) {
      assertThat(rules.problems("processes/" + diagram.getFileName(), Files.readAllBytes(diagram)))
          .as("problems of %s", diagram).isEmpty();
    }
  }

  @Test
  void importsAreRefused() {
    String withImport = diagram("").replace("<bpmn:process", "<bpmn:import importType=\"http://schemas.xmlsoap.org/"
        + "wsdl/\" location=\"http://example.org/x.wsdl\" namespace=\"urn:x\"/>\n<bpmn:process");
    assertThat(RULES.problems(FILE, withImport.getBytes(UTF_8))).singleElement()
        .satisfies(p -> assertThat(p.english()).contains("bpmn:import in element Definitions_Test")
            .contains("imports are not allowed"));
  }

  @Test
  void aDoctypeIsRefusedBeforeAnythingIsRead() {
    String withDoctype = diagram("").replace("<bpmn:definitions",
        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<bpmn:definitions");
    assertThat(RULES.problems(FILE, withDoctype.getBytes(UTF_8))).singleElement()
        .satisfies(p -> assertThat(p.english()).startsWith(FILE + ": ").contains("DOCTYPE"));
  }

  @Test
  void aFileThatIsNotABpmnDiagramIsRefused() {
    assertThat(RULES.problems(FILE, "not xml".getBytes(UTF_8))).singleElement()
        .satisfies(p -> assertThat(p.english()).startsWith(FILE + ": ").contains("line 1"));
    assertThat(RULES.problems(FILE, "<html><script>alert(1)</script></html>".getBytes(UTF_8)))
        .anySatisfy(p -> assertThat(p.english()).contains("not a BPMN diagram"));
  }
}
