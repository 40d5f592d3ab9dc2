package no.grunnmodell.form;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A repeated step whose form must start empty each time (a guidance log, the young person's consent to share)
 * declares its fields as input parameters without a value: untyped nulls, local to the step. The Tasklist sends a
 * list or object field (a checklist, a dynamic list) with the type of the variable it loaded for it, so it sent the
 * ticked boxes as type Null, and the engine refused the whole form («Cannot convert value '["foreldre"]' of type
 * 'Null'»). When such a step is created, its empty inputs for such fields become the JSON text {@code null} instead: still no value, the form still
 * empty, but of a type the Tasklist can send a list as. A text, date or yes/no is sent without a type and replaces
 * the null as it did before.
 */
@Component
public class EmptyFormInputs {

  private final FormOptionLabels forms;

  public EmptyFormInputs(FormOptionLabels forms) {
    this.forms = forms;
  }

  @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
  public void onCreate(DelegateTask task) {
    DelegateExecution step = task.getExecution();
    UserTask element = task.getBpmnModelElementInstance();
    if (step == null || element == null || element.getExtensionElements() == null) {
      return;
    }
    element.getExtensionElements().getElementsQuery().filterByType(CamundaInputOutput.class).list().stream()
        .flatMap(io -> io.getCamundaInputParameters().stream())
        .filter(EmptyFormInputs::withoutValue)
        .map(CamundaInputParameter::getCamundaName)
        .filter(name -> forms.takesList(element.getCamundaFormRef(), name))
        .filter(name -> isUntypedNull(step.getVariableLocalTyped(name)))
        .forEach(name -> step.setVariableLocal(name, SpinValues.jsonValue("null").create()));
  }

  /** {@code <camunda:inputParameter name="x" />}: neither text nor a list, map or script. */
  private static boolean withoutValue(CamundaInputParameter parameter) {
    return parameter.getValue() == null
        && (parameter.getTextContent() == null || parameter.getTextContent().isBlank());
  }

  private static boolean isUntypedNull(TypedValue value) {
    return value != null && ValueType.NULL.equals(value.getType());
  }
}
