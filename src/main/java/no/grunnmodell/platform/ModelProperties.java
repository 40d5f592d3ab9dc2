package no.grunnmodell.platform;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Reads the extension properties (Modeler: "Extension properties") a process owner sets on a diagram element.
 * Lets one listener serve many elements without per-element Java or expressions.
 */
public final class ModelProperties {

  private ModelProperties() {
  }

  /** The property on the current element, else on the enclosing process. */
  public static Optional<String> get(DelegateExecution execution, String name) {
    ModelElementInstance element = execution.getBpmnModelElementInstance();
    while (element != null) {
      if (element instanceof BaseElement base) {
        Optional<String> value = own(base, name);
        if (value.isPresent()) {
          return value;
        }
      }
      if (element instanceof org.camunda.bpm.model.bpmn.instance.Process) {
        break;
      }
      element = element.getParentElement();
    }
    return Optional.empty();
  }

  /** The property on the current element only. */
  public static Optional<String> own(DelegateExecution execution, String name) {
    ModelElementInstance element = execution.getBpmnModelElementInstance();
    return element instanceof BaseElement base ? own(base, name) : Optional.empty();
  }

  /** The property on a task's element (user task). */
  public static Optional<String> own(org.camunda.bpm.engine.delegate.DelegateTask task, String name) {
    ModelElementInstance element = task.getBpmnModelElementInstance();
    return element instanceof BaseElement base ? own(base, name) : Optional.empty();
  }

  private static Optional<String> own(BaseElement element, String name) {
    ExtensionElements extensions = element.getExtensionElements();
    if (extensions == null) {
      return Optional.empty();
    }
    return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(p -> p.getCamundaProperties().stream())
        .filter(p -> name.equals(p.getCamundaName()))
        .map(CamundaProperty::getCamundaValue)
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }
}
