package no.grunnmodell.migration;

import java.util.HashSet;
import java.util.Set;
import no.grunnmodell.deployment.ExpressionVariables;
import no.grunnmodell.deployment.XmlText;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The process variables a version of a diagram reads in its expressions, the ones it writes itself (input and output
 * parameters, call activities' out mappings, result and element variables), and the forms its steps show. What the
 * application's delegates set is not in the diagram, and so not among the written ones.
 *
 * <p>A start form's fields are not counted as written: a course that is already running has passed its start, so a
 * field the new start form asks for is a variable a moved course would lack.
 */
record DiagramVariables(Set<String> read, Set<String> written, Set<String> forms) {

  private static final Set<String> DELEGATE_ATTRIBUTES = Set.of("delegateExpression",
      "variableMappingDelegateExpression");
  private static final Set<String> WRITING_ATTRIBUTES = Set.of("resultVariable", "elementVariable");
  private static final Set<String> PARAMETERS = Set.of("inputParameter", "outputParameter");

  static DiagramVariables of(BpmnModelInstance model) {
    DiagramVariables variables = new DiagramVariables(new HashSet<>(), new HashSet<>(), new HashSet<>());
    Document document = (Document) model.getDocument().getDomSource().getNode();
    variables.walk(document.getDocumentElement());
    return new DiagramVariables(Set.copyOf(variables.read), Set.copyOf(variables.written),
        Set.copyOf(variables.forms));
  }

  private void walk(Element element) {
    String name = localName(element);
    if (name.equals("property")) {
      // Extension properties are read by our delegates as plain text, never evaluated.
      return;
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      attribute(element, (Attr) attributes.item(i));
    }
    if (PARAMETERS.contains(name) && element.hasAttribute("name")) {
      written.add(element.getAttribute("name"));
    }
    if (name.equals("out") && element.hasAttribute("target")) {
      written.add(element.getAttribute("target"));
    }
    if (isEvaluated(element)) {
      read.addAll(ExpressionVariables.in(ownText(element)));
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        walk(childElement);
      }
    }
  }

  private void attribute(Element owner, Attr attribute) {
    String name = localName(attribute);
    if (attribute.getName().startsWith("xmlns") || DELEGATE_ATTRIBUTES.contains(name)) {
      return;
    }
    if (name.equals("formRef")) {
      if (!isProcessStart(owner)) {
        forms.add(attribute.getValue());
      }
      return;
    }
    if (WRITING_ATTRIBUTES.contains(name)) {
      written.add(attribute.getValue());
    }
    read.addAll(ExpressionVariables.in(attribute.getValue()));
  }

  private static boolean isProcessStart(Element element) {
    return localName(element).equals("startEvent") && element.getParentNode() instanceof Element parent
        && localName(parent).equals("process");
  }

  /** As the engine: documentation is text for people, except a user task's, which becomes its description. */
  private static boolean isEvaluated(Element element) {
    if (!localName(element).equals("documentation")) {
      return true;
    }
    return element.getParentNode() instanceof Element owner && localName(owner).equals("userTask");
  }

  private static String ownText(Element element) {
    return XmlText.ownText(element);
  }

  private static String localName(Node node) {
    return XmlText.localName(node);
  }
}
