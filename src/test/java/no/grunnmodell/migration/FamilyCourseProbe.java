package no.grunnmodell.migration;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Consumer;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Copies of processes/family-course.bpmn under a process id of their own, as a process owner would change the
 * diagram: the tests share one engine, and a new version of FamilyCourse itself would become every other test's
 * latest. Each copy is deployed like any other diagram (the deployment gate vets it).
 */
public final class FamilyCourseProbe {

  private FamilyCourseProbe() {
  }

  /** A fresh process id for one test's copies. */
  public static String newKey() {
    return "FamilyCourseMigrationProbe" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  }

  /** The family course under {@code key}, not startable from the Tasklist, with the process owner's change. */
  public static String diagram(String key, Consumer<BpmnModelInstance> change) {
    String xml;
    try {
      xml = Files.readString(Path.of("processes", "family-course.bpmn"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    xml = xml.replace("\"FamilyCourse\"", "\"" + key + "\"")
        .replace("camunda:isStartableInTasklist=\"true\"", "camunda:isStartableInTasklist=\"false\"");
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    change.accept(model);
    return Bpmn.convertToString(model);
  }

  public static Consumer<BpmnModelInstance> unchanged() {
    return model -> { };
  }

  /** A harmless change: «Innhent samtykke» renamed, and a step added just before the course ends. */
  public static Consumer<BpmnModelInstance> renamedConsentAndClosureConfirmed() {
    return model -> {
      model.<UserTask>getModelElementById("Task_ObtainConsent").setName("Innhent samtykke fra foreldrene");
      addStepBefore(model, "EndEvent_CourseClosed", "Flow_CourseClosed", "Task_ConfirmClosure",
          "Bekreft at forløpet er avsluttet");
    };
  }

  /** A new user task, offered like the course's others, on the flow into {@code beforeId}. */
  public static void addStepBefore(BpmnModelInstance model, String beforeId, String flowId, String stepId,
                                   String name) {
    FlowNode before = model.getModelElementById(beforeId);
    SequenceFlow flow = model.getModelElementById(flowId);
    UserTask step = model.newInstance(UserTask.class);
    step.setId(stepId);
    step.setName(name);
    step.setCamundaCandidateGroups("kontaktperson-${serviceId}");
    step.setCamundaAssignee("${kontaktperson}");
    before.getParentElement().addChildElement(step);
    SequenceFlow onward = model.newInstance(SequenceFlow.class);
    onward.setId(stepId + "_Done");
    before.getParentElement().addChildElement(onward);
    flow.setTarget(step);
    before.getIncoming().remove(flow);
    step.getIncoming().add(flow);
    onward.setSource(step);
    onward.setTarget(before);
    step.getOutgoing().add(onward);
    before.getIncoming().add(onward);
  }

  /** Removes a step with one flow in and one out; the flow into it leads where it led. */
  public static void removeStep(BpmnModelInstance model, String stepId) {
    FlowNode step = model.getModelElementById(stepId);
    SequenceFlow in = step.getIncoming().iterator().next();
    SequenceFlow out = step.getOutgoing().iterator().next();
    FlowNode next = out.getTarget();
    next.getIncoming().remove(out);
    next.getIncoming().add(in);
    in.setTarget(next);
    removeWithDiagram(model, out);
    removeWithDiagram(model, step);
  }

  private static void removeWithDiagram(BpmnModelInstance model, FlowElement element) {
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      if (shape.getBpmnElement() == element) {
        shape.getParentElement().removeChildElement(shape);
      }
    }
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      if (edge.getBpmnElement() == element) {
        edge.getParentElement().removeChildElement(edge);
      }
    }
    ModelElementInstance parent = element.getParentElement();
    parent.removeChildElement(element);
  }
}
