package no.grunnmodell.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import no.grunnmodell.deployment.Problem.Instead;
import no.grunnmodell.deployment.Problem.Place;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * What a BPMN diagram may contain. Walks every element and every attribute of the file, not only the places where
 * Camunda usually puts code, because the engine finds much of it by local name wherever it is: a construct is
 * refused wherever it appears. Every attribute value and every element text that JUEL would evaluate must pass the
 * {@link ExpressionRules}; a delegate expression must name one of our delegates. The one text the engine never
 * evaluates, documentation of anything but a user task, is left as written.
 *
 * <p>The element rules match local names in any namespace, since Camunda's parser looks some elements up by local
 * name only. Attribute rules apply to camunda: attributes and to unprefixed ones (on Camunda's own elements such as
 * camunda:executionListener the attributes are unprefixed). The old activiti: namespace, which Camunda still reads
 * as camunda:, is refused outright.
 */
final class DiagramRules {

  static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  static final String ACTIVITI_NS = "http://activiti.org/bpmn";

  static final Instead EXPRESSIONS = new Instead(ExpressionRules.ALLOWED_ENGLISH, ExpressionRules.ALLOWED_NORWEGIAN);
  static final Instead FORMS = new Instead("Use a Camunda Form: camunda:formRef with the form's id and "
      + "camunda:formRefBinding=\"latest\", the form kept in forms/.", "Bruk et Camunda-skjema: camunda:formRef med "
      + "skjemaets id og camunda:formRefBinding=\"latest\", med skjemaet i forms/.");
  static final Instead CONDITIONS = new Instead("Write a condition as an expression, without a language or a "
      + "resource, e.g. ${consentDecision == 'GIVEN'}.", "Skriv en betingelse som et uttrykk, uten språk eller "
      + "ressurs, for eksempel ${consentDecision == 'GIVEN'}.");
  static final Instead GROUPS = new Instead("Offer a task to a group with camunda:candidateGroups (e.g. "
      + "leder-${serviceId}), or to one person with camunda:assignee (e.g. ${kontaktperson}).", "Tilby en oppgave "
      + "til en gruppe med camunda:candidateGroups (for eksempel leder-${serviceId}), eller til én person med "
      + "camunda:assignee (for eksempel ${kontaktperson}).");
  static final Instead NO_CALLED_TENANT = new Instead("Leave the tenant out: a called process belongs to the service "
      + "of the course that calls it.", "Utelat tenant: en kalt prosess hører til tjenesten til forløpet som kaller "
      + "den.");
  static final Instead PROCESSES = new Instead("Call a process (calledElement with the process id); CMMN cases and "
      + "DMN decisions are not used here: decide with a gateway and conditions.", "Kall en prosess (calledElement "
      + "med prosessens id); CMMN-saker og DMN-beslutninger brukes ikke her: avgjør med en gateway og betingelser.");
  static final Instead CAMUNDA_NAMESPACE = new Instead("Use the camunda namespace (http://camunda.org/schema/1.0/"
      + "bpmn), as Camunda Modeler writes it.", "Bruk camunda-navnerommet (http://camunda.org/schema/1.0/bpmn), slik "
      + "Camunda Modeler skriver det.");
  static final Instead PROPERTIES = new Instead("Give a delegate what it needs with extension properties "
      + "(camunda:properties) on the element; the delegate reads them.", "Gi en delegat det den trenger med "
      + "utvidelsesegenskaper (camunda:properties) på elementet; delegaten leser dem.");
  static final Instead ONE_FILE = new Instead("Keep the whole diagram in its own file, without imports.",
      "Hold hele diagrammet i sin egen fil, uten import.");
  static final Instead WELL_FORMED = new Instead("Save the diagram with Camunda Modeler: a BPMN 2.0 XML file with "
      + "bpmn:definitions at the top and no DOCTYPE.", "Lagre diagrammet med Camunda Modeler: en BPMN 2.0 XML-fil "
      + "med bpmn:definitions øverst og uten DOCTYPE.");

  /** Elements that run code the engine does not vet, or are not used here; matched by local name. */
  private record ElementRule(Set<String> localNames, String english, String norwegian, boolean delegate,
                             Instead instead) {
  }

  private static final List<ElementRule> ELEMENT_RULES = List.of(
      new ElementRule(Set.of("scriptTask", "script"), "scripts are not allowed", "skript er ikke tillatt", true,
          null),
      new ElementRule(Set.of("connector", "connectorId"), "connectors are not allowed", "konnektorer er ikke tillatt",
          true, null),
      new ElementRule(Set.of("businessRuleTask"), "business rule tasks (DMN) are not allowed",
          "forretningsregeloppgaver (DMN) er ikke tillatt", false, PROCESSES),
      // Generated forms name Java types and validator classes; only Camunda Forms are used
      new ElementRule(Set.of("formData", "formProperty"), "generated task forms are not allowed",
          "genererte oppgaveskjemaer er ikke tillatt", false, FORMS),
      // Field injection sets fields of our singleton delegates from the diagram, for every course at once
      new ElementRule(Set.of("field"), "field injection (camunda:field) is not allowed",
          "feltinjeksjon (camunda:field) er ikke tillatt", false, PROPERTIES),
      // A WSDL import makes the engine fetch and load what the location names
      new ElementRule(Set.of("import"), "imports are not allowed", "import er ikke tillatt", false, ONE_FILE),
      // The BPMN standard's spelling of candidate users and assignees
      new ElementRule(Set.of("potentialOwner", "humanPerformer"), "potential owners and human performers are not "
          + "allowed", "potentialOwner og humanPerformer er ikke tillatt", false, GROUPS));

  /** Unprefixed or camunda: attributes that are refused whatever their value. */
  private record AttributeRule(Set<String> localNames, boolean camundaPrefixOnly, String english, String norwegian,
                               boolean delegate, Instead instead) {
  }

  private static final List<AttributeRule> ATTRIBUTE_RULES = List.of(
      new AttributeRule(Set.of("type"), true, "external tasks, mail and shell tasks (camunda:type) are not allowed",
          "eksterne oppgaver, e-post- og skalloppgaver (camunda:type) er ikke tillatt", true, null),
      new AttributeRule(Set.of("formKey"), false, "embedded and external forms (camunda:formKey) are not allowed",
          "innebygde og eksterne skjemaer (camunda:formKey) er ikke tillatt", false, FORMS),
      new AttributeRule(Set.of("language", "scriptFormat"), false, "a script language on a condition or script is not "
          + "allowed", "et skriptspråk på en betingelse eller et skript er ikke tillatt", false, CONDITIONS),
      new AttributeRule(Set.of("resource"), false, "a condition or script from a resource is not allowed",
          "en betingelse eller et skript fra en ressurs er ikke tillatt", false, CONDITIONS),
      new AttributeRule(Set.of("calledElementTenantId", "caseTenantId", "decisionRefTenantId"), false,
          "naming a tenant is not allowed", "å angi en tenant er ikke tillatt", false, NO_CALLED_TENANT),
      new AttributeRule(Set.of("candidateUsers"), false, "candidate users are not allowed",
          "kandidatbrukere er ikke tillatt", false, GROUPS),
      new AttributeRule(Set.of("caseRef", "caseBinding", "caseVersion", "decisionRef"), false,
          "calling a CMMN case or a DMN decision is not allowed",
          "å kalle en CMMN-sak eller en DMN-beslutning er ikke tillatt", false, PROCESSES));

  private static final Set<String> DELEGATE_EXPRESSION_ATTRIBUTES =
      Set.of("delegateExpression", "variableMappingDelegateExpression");

  private final ExpressionRules expressions;
  private final Instead delegates;

  DiagramRules(BeanNames beans) {
    this.expressions = new ExpressionRules(beans);
    String names = String.join(", ", beans.delegates().stream().map(n -> "${" + n + "}").toList());
    this.delegates = new Instead("Call the application's Java through camunda:delegateExpression naming one of its "
        + "delegates, exactly ${name}: " + names + ".", "Kall applikasjonens Java med camunda:delegateExpression "
        + "som nevner en av delegatene, nøyaktig ${navn}: " + names + ".");
  }

  /** Every problem of one diagram file; empty when it may be deployed. */
  List<Problem> problems(String resource, byte[] xml) {
    Document document;
    try {
      document = parse(xml);
    } catch (SAXParseException e) {
      return List.of(notWellFormed(resource, "line " + e.getLineNumber() + ": " + e.getMessage(),
          "linje " + e.getLineNumber() + ": " + e.getMessage()));
    } catch (SAXException | IOException e) {
      return List.of(notWellFormed(resource, e.getMessage(), e.getMessage()));
    }
    Element root = document.getDocumentElement();
    List<Problem> problems = new ArrayList<>();
    if (!BPMN_NS.equals(root.getNamespaceURI()) || !"definitions".equals(root.getLocalName())) {
      problems.add(notWellFormed(resource, "the file is not a BPMN diagram (its top element is " + root.getTagName()
          + ")", "filen er ikke et BPMN-diagram (toppelementet er " + root.getTagName() + ")"));
    }
    walk(resource, root, null, problems);
    return problems;
  }

  private void walk(String resource, Element element, String enclosingId, List<Problem> problems) {
    String id = element.getAttribute("id");
    Place place = place(element, id.isBlank() ? null : id, enclosingId);
    String nextEnclosingId = id.isBlank() ? enclosingId : id;

    if (ACTIVITI_NS.equals(element.getNamespaceURI())) {
      problems.add(Problem.inDiagram(resource, place, null, "the activiti namespace is not allowed",
          "activiti-navnerommet er ikke tillatt", CAMUNDA_NAMESPACE));
    }
    for (ElementRule rule : ELEMENT_RULES) {
      if (rule.localNames().contains(localName(element))) {
        problems.add(Problem.inDiagram(resource, place, null, rule.english(), rule.norwegian(),
            rule.delegate() ? delegates : rule.instead()));
      }
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      attribute(resource, place, (Attr) attributes.item(i), problems);
    }
    String text = ownText(element);
    if (ExpressionRules.hasExpression(text) && isEvaluated(element)) {
      for (ExpressionRules.Violation v : expressions.check(text)) {
        problems.add(Problem.inDiagram(resource, place, "expression " + v.expression(), "uttrykket " + v.expression(),
            v.english(), v.norwegian(), EXPRESSIONS));
      }
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        walk(resource, childElement, nextEnclosingId, problems);
      }
    }
  }

  private void attribute(String resource, Place place, Attr attribute, List<Problem> problems) {
    String namespace = attribute.getNamespaceURI();
    if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(namespace)) {
      return;
    }
    String subject = attribute.getName() + "=\"" + attribute.getValue() + "\"";
    if (ACTIVITI_NS.equals(namespace)) {
      problems.add(Problem.inDiagram(resource, place, subject, "the activiti namespace is not allowed",
          "activiti-navnerommet er ikke tillatt", CAMUNDA_NAMESPACE));
      return;
    }
    boolean camunda = CAMUNDA_NS.equals(namespace);
    if (camunda || namespace == null) {
      String name = localName(attribute);
      if (name.equals("class") || name.endsWith("Class")) {
        problems.add(Problem.inDiagram(resource, place, subject, "naming a Java class is not allowed",
            "å angi en Java-klasse er ikke tillatt", delegates));
        return;
      }
      if (DELEGATE_EXPRESSION_ATTRIBUTES.contains(name)) {
        expressions.checkDelegateExpression(attribute.getValue()).ifPresent(v -> problems.add(
            Problem.inDiagram(resource, place, subject, v.english(), v.norwegian(), delegates)));
        return;
      }
      for (AttributeRule rule : ATTRIBUTE_RULES) {
        if (rule.localNames().contains(name) && (camunda || !rule.camundaPrefixOnly())) {
          problems.add(Problem.inDiagram(resource, place, subject, rule.english(), rule.norwegian(),
              rule.delegate() ? delegates : rule.instead()));
          return;
        }
      }
    }
    if (ExpressionRules.hasExpression(attribute.getValue())) {
      for (ExpressionRules.Violation v : expressions.check(attribute.getValue())) {
        boolean whole = v.expression().equals(attribute.getValue());
        problems.add(Problem.inDiagram(resource, place, whole ? subject : subject + ", expression " + v.expression(),
            whole ? subject : subject + ", uttrykket " + v.expression(), v.english(), v.norwegian(), EXPRESSIONS));
      }
    }
  }

  /**
   * Whether the engine evaluates the element's text. All text is, except documentation: it is text for people,
   * kept as it is, unless it belongs to a user task, whose documentation becomes the task's description expression.
   * Our diagrams mention beans in documentation ("computed by ${checkAftercareAge}"), which must stay possible.
   */
  private static boolean isEvaluated(Element element) {
    if (!"documentation".equals(localName(element))) {
      return true;
    }
    Node parent = element.getParentNode();
    return parent instanceof Element owner && "userTask".equals(localName(owner));
  }

  private static Problem notWellFormed(String resource, String english, String norwegian) {
    return new Problem(resource, resource + ": not a diagram the engine may read, " + english + ".",
        resource + ": ikke et diagram motoren kan lese, " + norwegian + ".", WELL_FORMED);
  }

  /** {@code element Task_A (bpmn:serviceTask)}, or {@code camunda:inputParameter in element Task_A}. */
  private static Place place(Element element, String id, String enclosingId) {
    if (id != null) {
      return new Place("element " + id + " (" + element.getTagName() + ")",
          "element " + id + " (" + element.getTagName() + ")");
    }
    if (enclosingId != null) {
      return new Place(element.getTagName() + " in element " + enclosingId,
          element.getTagName() + " i element " + enclosingId);
    }
    return new Place(element.getTagName() + " (no element id)", element.getTagName() + " (uten element-id)");
  }

  private static String ownText(Element element) {
    return XmlText.ownText(element);
  }

  private static String localName(Node node) {
    return XmlText.localName(node);
  }

  /** The JDK's own DOM parser, namespace-aware, with no DOCTYPE, no external entities and no XInclude. */
  static Document parse(byte[] xml) throws SAXException, IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      });
      return builder.parse(new ByteArrayInputStream(xml));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The JDK's XML parser cannot be hardened", e);
    }
  }
}
