package no.grunnmodell.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Artifact;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;

/**
 * What breaks silently at run time or in Camunda Modeler, checked before anything is deployed: Camunda does not check
 * at deploy time that a form or a called process exists, that every element is drawn, or that a form is used.
 * These are the project's own static model checks (README, «Changing a diagram or a form»).
 */
class ModelReferencesTest {

  @Test
  void formIdsAreUniqueAndEveryFormIsUsedByAStepOrAStart() throws IOException {
    Set<String> used = new HashSet<>();
    for (BpmnModelInstance model : diagrams()) {
      model.getModelElementsByType(UserTask.class).forEach(t -> used.add(t.getCamundaFormRef()));
      model.getModelElementsByType(StartEvent.class).forEach(e -> used.add(e.getCamundaFormRef()));
    }
    List<String> ids = new ArrayList<>();
    for (Resource r : ModelDeployer.modelResources()) {
      if (r.getFilename().endsWith(".form")) {
        try (InputStream in = r.getInputStream()) {
          String id = new ObjectMapper().readTree(in).path("id").asText();
          assertThat(ids).as("form id %s of %s is also another form's", id, r.getFilename()).doesNotContain(id);
          ids.add(id);
          assertThat(used).as("form %s (%s) is used by a user task or start event", id, r.getFilename()).contains(id);
        }
      }
    }
  }

  @Test
  void everyElementIsDrawnSoModelerShowsIt() throws IOException {
    for (BpmnModelInstance model : diagrams()) {
      Set<String> drawn = new HashSet<>();
      model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
      model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));
      // flow elements, and text annotations, associations and groups (artifacts) too
      List<BaseElement> elements = new ArrayList<>(model.getModelElementsByType(FlowElement.class));
      elements.addAll(model.getModelElementsByType(Artifact.class));
      for (BaseElement element : elements) {
        assertThat(drawn).as("%s %s is drawn in the diagram", element.getElementType().getTypeName(),
            element.getId()).contains(element.getId());
      }
    }
  }

  @Test
  void everyUserTaskIsNamedAndEveryTimerSaysWhen() throws IOException {
    for (BpmnModelInstance model : diagrams()) {
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        assertThat(task.getName()).as("name of user task %s", task.getId()).isNotBlank();
      }
      for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
        assertThat(timer.getTimeDate() != null || timer.getTimeDuration() != null || timer.getTimeCycle() != null)
            .as("timer %s has a date, duration or cycle", ((BaseElement) timer.getParentElement()).getId())
            .isTrue();
      }
    }
  }

  @Test
  void everyFormRefNamesAFormInForms() throws IOException {
    Set<String> formIds = new HashSet<>();
    List<String> missing = new ArrayList<>();
    for (Resource r : ModelDeployer.modelResources()) {
      if (r.getFilename().endsWith(".form")) {
        try (InputStream in = r.getInputStream()) {
          formIds.add(new ObjectMapper().readTree(in).path("id").asText());
        }
      }
    }
    for (BpmnModelInstance model : diagrams()) {
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        check(task.getId(), task.getCamundaFormRef(), formIds, missing);
        assertThat(task.getCamundaFormKey()).as("%s uses formRef, not formKey", task.getId()).isNull();
        assertThat(task.getCamundaFormRef()).as("%s has a form", task.getId()).isNotBlank();
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        check(start.getId(), start.getCamundaFormRef(), formIds, missing);
      }
    }
    assertThat(missing).as("formRefs naming no form in forms/").isEmpty();
  }

  @Test
  void everyCallActivityCallsADiagramInProcesses() throws IOException {
    Set<String> processIds = new HashSet<>();
    List<BpmnModelInstance> models = diagrams();
    models.forEach(m -> m.getModelElementsByType(Process.class).forEach(p -> processIds.add(p.getId())));
    for (BpmnModelInstance model : models) {
      for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
        assertThat(processIds).as("called by %s", call.getId()).contains(call.getCalledElement());
      }
    }
  }

  @Test
  void everyExecutableProcessHasAHistoryTimeToLive() throws IOException {
    for (BpmnModelInstance model : diagrams()) {
      for (Process process : model.getModelElementsByType(Process.class)) {
        if (process.isExecutable()) {
          assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
        }
      }
    }
  }

  private static void check(String element, String formRef, Set<String> formIds, List<String> missing) {
    if (formRef != null && !formRef.contains("${") && !formIds.contains(formRef)) {
      missing.add(element + " -> " + formRef);
    }
  }

  /**
   * The lanes tell a process owner who does a step (README, «How the diagrams are drawn»); they are only drawing, so
   * nothing else notices when a step sits in the wrong one. Every user task is drawn inside exactly one lane of its
   * diagram (the main one or its sub-process's own), and the lane names the roles of its candidate groups
   * («Kontaktperson eller tiltaksarbeider» for a step either may do; the escalation group is the leder by default).
   * Judged by where they are drawn, as a reader and Camunda Modeler see it: the Modeler keeps a lane's list of steps
   * only for steps directly in the pool.
   */
  @Test
  void everyUserTaskIsDrawnInTheLaneOfItsCandidateGroups() throws IOException {
    for (BpmnModelInstance model : diagrams()) {
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        BpmnShape shape = model.getModelElementsByType(BpmnShape.class).stream()
            .filter(s -> s.getBpmnElement() == task).findFirst().orElseThrow();
        double x = shape.getBounds().getX() + shape.getBounds().getWidth() / 2;
        double y = shape.getBounds().getY() + shape.getBounds().getHeight() / 2;
        List<Lane> lanes = model.getModelElementsByType(BpmnShape.class).stream()
            .filter(s -> s.getParentElement() == shape.getParentElement() && s.getBpmnElement() instanceof Lane)
            .filter(s -> x >= s.getBounds().getX() && x <= s.getBounds().getX() + s.getBounds().getWidth()
                && y >= s.getBounds().getY() && y <= s.getBounds().getY() + s.getBounds().getHeight())
            .map(s -> (Lane) s.getBpmnElement()).toList();
        assertThat(lanes).as("lanes user task %s is drawn in", task.getId()).hasSize(1);
        Set<String> laneRoles = new TreeSet<>(Arrays.asList(lanes.get(0).getName().toLowerCase().split(" eller ")));
        Set<String> groupRoles = new TreeSet<>();
        for (String group : task.getCamundaCandidateGroups().split(",")) {
          groupRoles.add(group.trim().equals("${escalationGroup}") ? "leder" : group.trim().replaceAll("-.*", ""));
        }
        assertThat(laneRoles).as("roles of the lane «%s» of user task %s", lanes.get(0).getName(), task.getId())
            .isEqualTo(groupRoles);
      }
    }
  }

  private static List<BpmnModelInstance> diagrams() throws IOException {
    List<BpmnModelInstance> models = new ArrayList<>();
    for (Resource r : ModelDeployer.modelResources()) {
      if (r.getFilename().endsWith(".bpmn")) {
        try (InputStream in = r.getInputStream()) {
          models.add(Bpmn.readModelFromStream(in));
        }
      }
    }
    assertThat(models).as("diagrams in processes/").isNotEmpty();
    return models;
  }
}
