package no.grunnmodell.deployment;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** How the diagram checks read a BPMN element, as Camunda's parser does. */
public final class XmlText {

  private XmlText() {
  }

  /**
   * The element's own text, all its text and CDATA pieces joined: Camunda's parser joins them too, so an
   * expression split by a comment or a CDATA section is still one expression.
   */
  public static String ownText(Element element) {
    StringBuilder text = new StringBuilder();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      }
    }
    return text.toString();
  }

  /** The node's name without its namespace prefix. */
  public static String localName(Node node) {
    return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
  }
}
