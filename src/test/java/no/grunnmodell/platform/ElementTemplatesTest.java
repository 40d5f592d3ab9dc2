package no.grunnmodell.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaField;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.xml.type.ModelElementType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Camunda Modeler element templates (.camunda/element-templates/, where the Modeler finds them for every diagram
 * in the repository) against the diagrams and the Java code, without a Spring context:
 * <ul>
 *   <li>every bean a diagram calls by {@code ${name}} (service task implementation, execution listener, task
 *   listener) has a template that binds it the same way, for that kind of element;</li>
 *   <li>every bean a template binds exists in the main code and is of the right kind;</li>
 *   <li>every element with behaviour (a bean call, extension properties, listeners) has its template applied
 *   ({@code camunda:modelerTemplate}, {@code camunda:modelerTemplateVersion}), and applying that template again in
 *   the Modeler would change nothing: what the template fixes is on the element, a dropdown's value is one of its
 *   choices, and the element has nothing of a kind the template binds that the template would remove (the Modeler
 *   replaces extension properties, execution listeners, input/output parameters and fields with the template's).
 *   So a step needing two behaviours (a phase and an audit mark, say) has one template that carries both.</li>
 * </ul>
 * Camunda 7 templates cannot bind task listeners (the Modeler has no such binding), so a template declares the
 * task listeners its element needs in {@code metadata.taskListeners}; the process owner adds them by hand and
 * this test checks that they are there on every element that uses the template. {@link AuditMarksTest} checks
 * that consent and decision steps carry their audit marks.
 */
class ElementTemplatesTest {

  static final Path TEMPLATES = Path.of(".camunda", "element-templates");
  static final Path DIAGRAMS = Path.of("processes");
  static final String BASE_PACKAGE = "no.grunnmodell";

  /** Binding types of Camunda 7 element templates (schema https://unpkg.com/@camunda/element-templates-json-schema). */
  static final Set<String> BINDING_TYPES = Set.of("property", "camunda:property", "camunda:inputParameter",
      "camunda:outputParameter", "camunda:in", "camunda:out", "camunda:in:businessKey", "camunda:executionListener",
      "camunda:field", "camunda:errorEventDefinition");

  /** Names an expression may start with that are the engine's, not Spring beans. */
  static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "externalTask", "authenticatedUserId", "S",
      "XML", "JSON");

  private static final Pattern BEAN = Pattern.compile("^\\s*[$#]\\{\\s*([A-Za-z_$][\\w$]*)");

  enum Kind {
    IMPLEMENTATION("implementation"), EXECUTION_LISTENER("execution listener"), TASK_LISTENER("task listener");

    final String text;

    Kind(String text) {
      this.text = text;
    }
  }

  /** One way a template or a diagram element calls a bean: kind, expression attribute, event. */
  record Call(Kind kind, String attribute, String expression, String event) {

    String bean() {
      Matcher m = BEAN.matcher(expression);
      return m.find() ? m.group(1) : null;
    }

    boolean sameAs(Call other) {
      return kind == other.kind && attribute.equals(other.attribute) && expression.trim().equals(other.expression.trim())
          && Objects.equals(event, other.event);
    }

    @Override
    public String toString() {
      return kind.text + " " + attribute + "=\"" + expression + "\"" + (event == null ? "" : " on " + event);
    }
  }

  record Template(String file, JsonNode json) {

    String id() {
      return json.path("id").asText();
    }

    String label() {
      return file + " (" + id() + ")";
    }

    List<String> appliesTo() {
      return texts(json.path("appliesTo"));
    }

    List<JsonNode> properties() {
      return list(json.path("properties"));
    }

    List<Call> calls() {
      List<Call> calls = new ArrayList<>();
      for (JsonNode p : properties()) {
        JsonNode b = p.path("binding");
        String value = p.path("value").asText(null);
        if (value == null) {
          continue;
        }
        String type = b.path("type").asText();
        String name = b.path("name").asText();
        if (type.equals("property") && (name.equals("camunda:delegateExpression") || name.equals("camunda:expression"))) {
          calls.add(new Call(Kind.IMPLEMENTATION, name.substring("camunda:".length()), value, null));
        } else if (type.equals("camunda:executionListener")) {
          String impl = b.path("implementationType").asText();
          if (impl.equals("delegateExpression") || impl.equals("expression")) {
            calls.add(new Call(Kind.EXECUTION_LISTENER, impl, value, b.path("event").asText(null)));
          }
        }
      }
      for (JsonNode l : list(json.path("metadata").path("taskListeners"))) {
        for (String attribute : List.of("delegateExpression", "expression")) {
          if (l.hasNonNull(attribute)) {
            calls.add(new Call(Kind.TASK_LISTENER, attribute, l.get(attribute).asText(), l.path("event").asText(null)));
          }
        }
      }
      return calls;
    }
  }

  /** A bean call found on a diagram element. */
  record Use(String diagram, BaseElement element, Call call) {

    String where() {
      return diagram + " " + element.getId() + " (" + bpmnType(element) + ")";
    }
  }

  static List<Template> templates;
  static List<Use> uses;
  static Map<String, List<BaseElement>> templatedElements;
  static Map<String, Class<?>> beans;

  @BeforeAll
  static void load() throws IOException {
    templates = readTemplates();
    uses = new ArrayList<>();
    templatedElements = new LinkedHashMap<>();
    for (Path file : diagramFiles()) {
      readDiagram(file);
    }
    assertThat(uses).as("bean calls in %s", DIAGRAMS).isNotEmpty();
    beans = mainBeans();
  }

  @Test
  void templatesAreWellFormed() {
    assertThat(templates).as("templates in %s", TEMPLATES).isNotEmpty();
    List<String> problems = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (Template t : templates) {
      for (String key : List.of("$schema", "id", "name", "version")) {
        if (t.json().path(key).asText().isBlank()) {
          problems.add(t.label() + ": \"" + key + "\" is missing");
        }
      }
      if (t.appliesTo().isEmpty() || !t.appliesTo().stream().allMatch(a -> a.startsWith("bpmn:"))) {
        problems.add(t.label() + ": \"appliesTo\" must list BPMN types such as bpmn:UserTask");
      }
      String key = t.id() + "@" + t.json().path("version").asText();
      String other = seen.put(key, t.file());
      if (other != null) {
        problems.add(t.label() + ": the same id and version as " + other + "; raise \"version\" instead");
      }
      for (JsonNode p : t.properties()) {
        String type = p.path("binding").path("type").asText();
        if (!BINDING_TYPES.contains(type)) {
          problems.add(t.label() + ": binding type \"" + type + "\" does not exist in Camunda 7 templates"
              + (type.equals("camunda:taskListener") ? "; declare task listeners in metadata.taskListeners" : ""));
        }
        if (type.equals("camunda:executionListener") && !p.path("type").asText().equals("Hidden")) {
          problems.add(t.label() + ": an execution listener property must be of type Hidden");
        }
      }
      for (Call call : t.calls()) {
        if (call.bean() == null) {
          problems.add(t.label() + ": " + call + " does not start with a bean name, as in ${beanName}");
        }
      }
    }
    assertThat(problems).as("problems in %s", TEMPLATES).isEmpty();
  }

  @Test
  void everyBeanADiagramCallsHasATemplateThatBindsIt() {
    List<String> missing = new ArrayList<>();
    for (Use use : uses) {
      boolean bound = templates.stream()
          .anyMatch(t -> appliesTo(t, use.element()) && t.calls().stream().anyMatch(c -> c.sameAs(use.call())));
      if (!bound) {
        missing.add(use.where() + ": " + use.call() + " — add a template to " + TEMPLATES + " that binds it for "
            + bpmnType(use.element()) + " (see README, \"Element templates for process owners\")");
      }
    }
    assertThat(missing).as("bean calls in diagrams without a template").isEmpty();
  }

  @Test
  void everyBeanATemplateBindsExistsInTheMainCode() {
    List<String> problems = new ArrayList<>();
    for (Template t : templates) {
      for (Call call : t.calls()) {
        String bean = call.bean();
        if (bean == null) {
          continue;
        }
        Class<?> type = beans.get(bean);
        if (type == null) {
          problems.add(t.label() + ": " + call + " — no Spring bean \"" + bean + "\" under " + BASE_PACKAGE
              + " (@Component/@Service/@Repository/@Configuration, or a @Bean method)");
        } else if (call.attribute().equals("delegateExpression") && !isOfKind(type, call.kind())) {
          problems.add(t.label() + ": " + call + " — bean \"" + bean + "\" (" + type.getName() + ") does not implement "
              + switch (call.kind()) {
                case IMPLEMENTATION -> "JavaDelegate";
                case EXECUTION_LISTENER -> "ExecutionListener";
                case TASK_LISTENER -> "TaskListener";
              });
        }
      }
    }
    assertThat(problems).as("template bindings without a matching bean").isEmpty();
  }

  @Test
  void diagramElementsAgreeWithTheirTemplates() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path file : diagramFiles()) {
      problems.addAll(templateProblems(file.toString(), Bpmn.readModelFromFile(file.toFile()), templates));
    }
    assertThat(problems).as("diagram elements that differ from their templates").isEmpty();
  }

  @Test
  void everyTemplateIsAppliedInADiagram() {
    Set<String> applied = new HashSet<>();
    templatedElements.values().forEach(elements -> elements.forEach(
        e -> applied.add(e.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "modelerTemplate"))));
    assertThat(templates.stream().filter(t -> !applied.contains(t.id())).map(Template::label).toList())
        .as("templates no diagram element applies (remove them, or apply them where they belong)").isEmpty();
  }

  @Test
  void everyTemplateIsListedInTheReadme() throws IOException {
    String readme = Files.readString(Path.of("README.md")).replaceAll("\\s+", " ");
    assertThat(templates.stream().map(t -> "«" + t.json().path("name").asText() + "»")
        .filter(name -> !readme.contains(name)).toList())
        .as("templates README.md («Element templates for process owners») does not name").isEmpty();
  }

  @Test
  void anElementThatDiffersFromItsAppliedTemplateIsRejectedWithFileAndElement() throws IOException {
    Path file = DIAGRAMS.resolve("family-course.bpmn");
    BpmnModelInstance copy = Bpmn.readModelFromFile(file.toFile());
    BaseElement consent = copy.getModelElementById("Task_ObtainConsent");
    // Someone sets the phase by hand on a step whose template fixes it.
    property(consent, "phase").setCamundaValue("INTAKE");
    assertThat(templateProblems(file.toString(), copy, templates)).singleElement().asString()
        .startsWith(file + " Task_ObtainConsent: ")
        .contains("extension property phase is \"INTAKE\", the template sets \"CONSENT\"");

    // An extra extension property that applying the template again would silently remove.
    CamundaProperty extra = copy.newInstance(CamundaProperty.class);
    extra.setCamundaName("note");
    extra.setCamundaValue("x");
    property(consent, "phase").setCamundaValue("CONSENT");
    property(consent, "auditEvent").getParentElement().addChildElement(extra);
    assertThat(templateProblems(file.toString(), copy, templates)).singleElement().asString()
        .startsWith(file + " Task_ObtainConsent: ")
        .contains("extension property note=\"x\" is not in template no.grunnmodell.consent");
  }

  // --- applied templates ------------------------------------------------------------------------------------

  /**
   * Every element with behaviour (a bean call, extension properties, listeners) has a template applied, in its
   * current version, and is exactly what applying that template again in Camunda Modeler would leave: what the
   * template fixes is there, and nothing the template would remove (bpmn-js-element-templates replaces the
   * element's extension properties, execution listeners, input/output parameters, fields and ins/outs with the
   * template's, if it binds any of that kind).
   */
  static List<String> templateProblems(String diagram, BpmnModelInstance model, List<Template> templates) {
    List<String> problems = new ArrayList<>();
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      String id = element.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "modelerTemplate");
      String where = diagram + " " + element.getId();
      if (id == null) {
        if (hasBehaviour(element)) {
          List<String> fitting = templates.stream()
              .filter(t -> appliesTo(t, element) && misfits(t, element).isEmpty())
              .map(t -> "«" + t.json().path("name").asText() + "» (" + t.id() + ")").toList();
          problems.add(where + " (" + bpmnType(element) + ") has no template applied: choose it under Template in"
              + " Camunda Modeler" + (fitting.isEmpty() ? "; no template in " + TEMPLATES + " fits it, add one"
              : ", " + String.join(" or ", fitting) + " fits"));
        }
        continue;
      }
      String version = element.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "modelerTemplateVersion");
      Optional<Template> template = templates.stream().filter(t -> t.id().equals(id)).findFirst();
      if (template.isEmpty()) {
        problems.add(where + ": uses template " + id + ", which is not in " + TEMPLATES);
        continue;
      }
      String current = template.get().json().path("version").asText();
      if (!current.equals(version)) {
        problems.add(where + ": applies version " + version + " of template " + id + ", " + TEMPLATES + " has version "
            + current + " (update it in Camunda Modeler, or set camunda:modelerTemplateVersion)");
      }
      if (!appliesTo(template.get(), element)) {
        problems.add(where + ": template " + id + " does not apply to " + bpmnType(element));
        continue;
      }
      misfits(template.get(), element).forEach(m -> problems.add(where + ": " + m));
    }
    return problems;
  }

  /** A bean call, extension properties or listeners: what a template describes. */
  static boolean hasBehaviour(BaseElement element) {
    for (String attribute : List.of("delegateExpression", "expression", "class")) {
      if (element.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, attribute) != null) {
        return true;
      }
    }
    return !children(element, CamundaProperties.class).isEmpty()
        || !children(element, CamundaExecutionListener.class).isEmpty()
        || !children(element, CamundaTaskListener.class).isEmpty();
  }

  static CamundaProperty property(BaseElement element, String name) {
    return children(element, CamundaProperties.class).stream().flatMap(p -> p.getCamundaProperties().stream())
        .filter(p -> name.equals(p.getCamundaName())).findFirst().orElseThrow();
  }

  // --- templates --------------------------------------------------------------------------------------------

  static List<Template> readTemplates() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Template> result = new ArrayList<>();
    try (Stream<Path> files = Files.list(TEMPLATES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        JsonNode json = mapper.readTree(file.toFile());
        for (JsonNode t : json.isArray() ? list(json) : List.of(json)) {
          result.add(new Template(file.getFileName().toString(), t));
        }
      }
    }
    return result;
  }

  /** Why the element differs from what applying the template again would leave; empty if it fits. */
  static List<String> misfits(Template template, BaseElement element) {
    List<String> misfits = new ArrayList<>();
    Set<String> boundProperties = new HashSet<>();
    Set<String> boundInputs = new HashSet<>();
    Set<String> boundOutputs = new HashSet<>();
    Set<String> boundFields = new HashSet<>();
    List<String> listeners = new ArrayList<>();
    for (JsonNode p : template.properties()) {
      JsonNode b = p.path("binding");
      String type = p.path("type").asText("String");
      String name = b.path("name").asText();
      String value = p.path("value").asText(null);
      switch (b.path("type").asText()) {
        case "property" -> checkValue("attribute " + name, attribute(element, name), type, value, p, misfits);
        case "camunda:property" -> {
          boundProperties.add(name);
          checkValue("extension property " + name, ownProperty(element, name), type, value, p, misfits);
        }
        case "camunda:executionListener" -> listeners.add(b.path("implementationType").asText() + "=\"" + value
            + "\" on " + b.path("event").asText());
        case "camunda:inputParameter" -> {
          boundInputs.add(name);
          checkValue("input parameter " + name, parameters(element, CamundaInputParameter.class).get(name), type,
              value, p, misfits);
        }
        case "camunda:outputParameter" -> {
          // the binding's source is the parameter's value; the property's value is its name
          String source = b.path("source").asText();
          String actual = parameters(element, CamundaOutputParameter.class).entrySet().stream()
              .filter(e -> source.equals(e.getValue())).map(Map.Entry::getKey).findFirst().orElse(null);
          boundOutputs.add(actual == null ? "" : actual);
          checkValue("output parameter with value " + source, actual, type, value, p, misfits);
        }
        case "camunda:field" -> {
          boundFields.add(name);
          String actual = children(element, CamundaField.class).stream().filter(f -> name.equals(f.getCamundaName()))
              .map(CamundaField::getCamundaStringValue).findFirst().orElse(null);
          checkValue("field " + name, actual, type, value, p, misfits);
        }
        default -> misfits.add("binding " + b.path("type").asText() + " of template " + template.id()
            + " is not compared by this test: extend ElementTemplatesTest.misfits");
      }
    }
    // What the library would remove: everything of a kind the template binds that it does not bind.
    if (!boundProperties.isEmpty()) {
      children(element, CamundaProperties.class).stream().flatMap(p -> p.getCamundaProperties().stream())
          .filter(p -> !boundProperties.contains(p.getCamundaName()))
          .forEach(p -> misfits.add("extension property " + p.getCamundaName() + "=" + quote(p.getCamundaValue())
              + " is not in template " + template.id() + ": applying the template removes it, so add it to the"
              + " template (or use a template that has it)"));
    }
    if (!listeners.isEmpty()) {
      List<String> actual = children(element, CamundaExecutionListener.class).stream()
          .map(l -> (l.getCamundaDelegateExpression() != null ? "delegateExpression=\"" + l.getCamundaDelegateExpression()
              : l.getCamundaExpression() != null ? "expression=\"" + l.getCamundaExpression()
              : "class=\"" + l.getCamundaClass()) + "\" on " + l.getCamundaEvent())
          .toList();
      if (!actual.equals(listeners)) {
        misfits.add("execution listeners are " + actual + ", template " + template.id() + " sets " + listeners
            + " and applying it replaces them");
      }
    }
    if (!boundInputs.isEmpty()) {
      parameters(element, CamundaInputParameter.class).keySet().stream().filter(n -> !boundInputs.contains(n))
          .forEach(n -> misfits.add("input parameter " + n + " is not in template " + template.id()
              + ": applying the template removes it"));
    }
    if (!boundOutputs.isEmpty()) {
      parameters(element, CamundaOutputParameter.class).keySet().stream().filter(n -> !boundOutputs.contains(n))
          .forEach(n -> misfits.add("output parameter " + n + " is not in template " + template.id()
              + ": applying the template removes it"));
    }
    if (!boundFields.isEmpty()) {
      children(element, CamundaField.class).stream().filter(f -> !boundFields.contains(f.getCamundaName()))
          .forEach(f -> misfits.add("field " + f.getCamundaName() + " is not in template " + template.id()
              + ": applying the template removes it"));
    }
    for (Call call : template.calls()) {
      if (call.kind() == Kind.TASK_LISTENER) {
        boolean present = children(element, CamundaTaskListener.class).stream()
            .anyMatch(l -> Objects.equals(call.event(), l.getCamundaEvent())
                && call.expression().equals(implementation(l, call.attribute())));
        if (!present) {
          misfits.add("task listener " + call.attribute() + "=\"" + call.expression() + "\" on " + call.event()
              + " is missing: add it under Task listeners (templates cannot set it)");
        }
      }
    }
    return misfits;
  }

  /**
   * What Camunda Modeler (bpmn-js-element-templates) does when a process owner applies a template to an element
   * that has none yet: attributes, extension properties and execution listeners become the template's, with the
   * template's default values; extension properties the template does not bind are removed.
   */
  static void applyFresh(Template template, BaseElement element) {
    BpmnModelInstance model = (BpmnModelInstance) element.getModelInstance();
    element.setAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "modelerTemplate", template.id());
    element.setAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "modelerTemplateVersion",
        template.json().path("version").asText());
    ExtensionElements ext = element.getExtensionElements();
    if (ext == null) {
      ext = model.newInstance(ExtensionElements.class);
      element.setExtensionElements(ext);
    }
    List<JsonNode> props = template.properties().stream()
        .filter(p -> p.path("binding").path("type").asText().equals("camunda:property")).toList();
    if (!props.isEmpty()) {
      CamundaProperties properties = children(element, CamundaProperties.class).stream().findFirst().orElse(null);
      if (properties == null) {
        properties = model.newInstance(CamundaProperties.class);
        ext.addChildElement(properties);
      }
      for (CamundaProperty old : List.copyOf(properties.getCamundaProperties())) {
        properties.removeChildElement(old);
      }
      for (JsonNode p : props) {
        CamundaProperty property = model.newInstance(CamundaProperty.class);
        property.setCamundaName(p.path("binding").path("name").asText());
        property.setCamundaValue(p.path("value").asText(null));
        properties.addChildElement(property);
      }
    }
    List<JsonNode> listeners = template.properties().stream()
        .filter(p -> p.path("binding").path("type").asText().equals("camunda:executionListener")).toList();
    if (!listeners.isEmpty()) {
      for (CamundaExecutionListener old : children(element, CamundaExecutionListener.class)) {
        ext.removeChildElement(old);
      }
      for (JsonNode p : listeners) {
        CamundaExecutionListener listener = model.newInstance(CamundaExecutionListener.class);
        listener.setCamundaEvent(p.path("binding").path("event").asText());
        if (p.path("binding").path("implementationType").asText().equals("expression")) {
          listener.setCamundaExpression(p.path("value").asText());
        } else {
          listener.setCamundaDelegateExpression(p.path("value").asText());
        }
        ext.addChildElement(listener);
      }
    }
    for (JsonNode p : template.properties()) {
      if (p.path("binding").path("type").asText().equals("property") && p.hasNonNull("value")) {
        String name = p.path("binding").path("name").asText();
        if (name.startsWith("camunda:")) {
          element.setAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, name.substring("camunda:".length()),
              p.path("value").asText());
        } else {
          element.setAttributeValue(name, p.path("value").asText());
        }
      }
    }
  }

  /** The element's camunda:inputParameter or camunda:outputParameter names and (text) values. */
  static Map<String, String> parameters(BaseElement element,
                                        Class<? extends ModelElementInstance> type) {
    Map<String, String> result = new LinkedHashMap<>();
    for (CamundaInputOutput io : children(element, CamundaInputOutput.class)) {
      if (type == CamundaInputParameter.class) {
        io.getCamundaInputParameters().forEach(p -> result.put(p.getCamundaName(), blankToNull(p.getTextContent())));
      } else {
        io.getCamundaOutputParameters().forEach(p -> result.put(p.getCamundaName(), blankToNull(p.getTextContent())));
      }
    }
    return result;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  static void checkValue(String what, String actual, String type, String value, JsonNode property,
                         List<String> misfits) {
    switch (type) {
      case "Hidden" -> {
        if (value != null && !value.equals(actual)) {
          misfits.add(what + " is " + quote(actual) + ", the template sets " + quote(value));
        }
      }
      case "Dropdown" -> {
        List<String> choices = list(property.path("choices")).stream().map(c -> c.path("value").asText()).toList();
        if (!choices.contains(actual)) {
          misfits.add(what + " is " + quote(actual) + ", not one of the template's choices " + choices
              + " — add it to the choices or fix the diagram");
        }
      }
      default -> {
        if (property.path("constraints").path("notEmpty").asBoolean() && (actual == null || actual.isBlank())) {
          misfits.add(what + " is empty, the template requires it");
        }
      }
    }
  }

  static boolean appliesTo(Template template, BaseElement element) {
    Set<String> types = new HashSet<>();
    for (ModelElementType t = element.getElementType(); t != null; t = t.getBaseType()) {
      if (BpmnModelConstants.BPMN20_NS.equals(t.getTypeNamespace())) {
        types.add("bpmn:" + Character.toUpperCase(t.getTypeName().charAt(0)) + t.getTypeName().substring(1));
      }
    }
    return template.appliesTo().stream().anyMatch(types::contains);
  }

  static List<Path> diagramFiles() throws IOException {
    try (Stream<Path> files = Files.list(DIAGRAMS)) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
  }

  // --- diagrams ---------------------------------------------------------------------------------------------

  static void readDiagram(Path file) {
    String diagram = file.toString();
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      BaseElement owner = element instanceof EventDefinition && element.getParentElement() instanceof BaseElement parent
          ? parent : element;
      for (String attribute : List.of("delegateExpression", "expression")) {
        String expression = element.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, attribute);
        addUse(diagram, owner, new Call(Kind.IMPLEMENTATION, attribute, expression, null));
      }
      if (element.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "modelerTemplate") != null) {
        templatedElements.computeIfAbsent(diagram, d -> new ArrayList<>()).add(element);
      }
    }
    for (CamundaExecutionListener l : model.getModelElementsByType(CamundaExecutionListener.class)) {
      for (String attribute : List.of("delegateExpression", "expression")) {
        addUse(diagram, owner(l), new Call(Kind.EXECUTION_LISTENER, attribute, implementation(l, attribute),
            l.getCamundaEvent()));
      }
    }
    for (CamundaTaskListener l : model.getModelElementsByType(CamundaTaskListener.class)) {
      for (String attribute : List.of("delegateExpression", "expression")) {
        addUse(diagram, owner(l), new Call(Kind.TASK_LISTENER, attribute, implementation(l, attribute),
            l.getCamundaEvent()));
      }
    }
  }

  static void addUse(String diagram, BaseElement owner, Call call) {
    if (call.expression() == null || owner == null) {
      return;
    }
    String bean = call.bean();
    if (bean != null && !ENGINE_NAMES.contains(bean)) {
      uses.add(new Use(diagram, owner, call));
    }
  }

  /** A listener's delegateExpression or expression. */
  static String implementation(ModelElementInstance listener, String attribute) {
    boolean delegate = attribute.equals("delegateExpression");
    if (listener instanceof CamundaExecutionListener l) {
      return delegate ? l.getCamundaDelegateExpression() : l.getCamundaExpression();
    }
    if (listener instanceof CamundaTaskListener l) {
      return delegate ? l.getCamundaDelegateExpression() : l.getCamundaExpression();
    }
    return null;
  }

  /** The BPMN element whose extension elements hold the listener. */
  static BaseElement owner(ModelElementInstance listener) {
    ModelElementInstance parent = listener.getParentElement();
    return parent instanceof ExtensionElements ext && ext.getParentElement() instanceof BaseElement owner ? owner : null;
  }

  static <T extends ModelElementInstance> List<T> children(BaseElement element, Class<T> type) {
    ExtensionElements ext = element.getExtensionElements();
    return ext == null ? List.of() : ext.getElementsQuery().filterByType(type).list();
  }

  static String ownProperty(BaseElement element, String name) {
    return children(element, CamundaProperties.class).stream()
        .flatMap(p -> p.getCamundaProperties().stream())
        .filter(p -> name.equals(p.getCamundaName()))
        .map(CamundaProperty::getCamundaValue)
        .filter(Objects::nonNull)
        .findFirst().orElse(null);
  }

  static String attribute(BaseElement element, String name) {
    return name.startsWith("camunda:")
        ? element.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, name.substring("camunda:".length()))
        : element.getAttributeValue(name);
  }

  static String bpmnType(BaseElement element) {
    String name = element.getElementType().getTypeName();
    return "bpmn:" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  // --- Spring beans of the main code ------------------------------------------------------------------------

  /**
   * Bean names and types as component scanning and @Bean methods of @Configuration classes would register them,
   * from the main classes only (the test classes share the package). Conditions are evaluated as in the default
   * profile, so a bean limited to a profile such as {@code demo} does not count: diagrams need theirs in every one.
   */
  static Map<String, Class<?>> mainBeans() {
    URL testClasses = ElementTemplatesTest.class.getProtectionDomain().getCodeSource().getLocation();
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
    SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
    Map<String, Class<?>> beans = new HashMap<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents(BASE_PACKAGE)) {
      try {
        if (candidate instanceof AbstractBeanDefinition scanned && scanned.getResource() != null
            && scanned.getResource().getURL().toString().startsWith(testClasses.toString())) {
          continue;
        }
        Class<?> type = Class.forName(candidate.getBeanClassName(), false, ElementTemplatesTest.class.getClassLoader());
        beans.put(AnnotationBeanNameGenerator.INSTANCE.generateBeanName(candidate, registry), type);
        if (AnnotatedElementUtils.hasAnnotation(type, Configuration.class)) {
          for (Method m : type.getDeclaredMethods()) {
            Bean bean = AnnotatedElementUtils.findMergedAnnotation(m, Bean.class);
            if (bean != null) {
              String[] names = bean.name();
              beans.put(names.length > 0 ? names[0] : m.getName(), m.getReturnType());
            }
          }
        }
      } catch (IOException | ClassNotFoundException e) {
        throw new IllegalStateException("Cannot read " + candidate.getBeanClassName(), e);
      }
    }
    assertThat(beans).as("Spring beans under %s", BASE_PACKAGE).isNotEmpty();
    return beans;
  }

  static boolean isOfKind(Class<?> type, Kind kind) {
    return switch (kind) {
      case IMPLEMENTATION -> JavaDelegate.class.isAssignableFrom(type);
      case EXECUTION_LISTENER -> ExecutionListener.class.isAssignableFrom(type) || JavaDelegate.class.isAssignableFrom(type);
      case TASK_LISTENER -> TaskListener.class.isAssignableFrom(type);
    };
  }

  // --- JSON -------------------------------------------------------------------------------------------------

  static List<JsonNode> list(JsonNode array) {
    return array.isArray() ? StreamSupport.stream(array.spliterator(), false).toList() : List.of();
  }

  static List<String> texts(JsonNode array) {
    return list(array).stream().map(JsonNode::asText).collect(Collectors.toList());
  }

  static String quote(String s) {
    return s == null ? "(none)" : "\"" + s + "\"";
  }
}
