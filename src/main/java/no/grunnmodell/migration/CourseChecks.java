package no.grunnmodell.migration;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import no.grunnmodell.form.FormDefinition;
import no.grunnmodell.form.FormProblem;
import no.grunnmodell.form.HeldValues;
import no.grunnmodell.platform.EngineClock;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Our own checks of a move, beside the engine's, which judges the steps a course waits in but not its data:
 * <ul>
 *   <li>the variable contract: a variable the new version reads, the old one did not, and nothing in the new
 *       version writes (a new required start field, an assignee or condition naming a new variable) must already
 *       be held by the course, or it would fail when it gets there;</li>
 *   <li>the forms: a step the course waits in that shows another form in the new version must take what the course
 *       holds ({@link HeldValues}).</li>
 * </ul>
 * The reasons name variables, fields and steps, never the values the course holds.
 */
@Component
class CourseChecks {

  private static final ZoneId OSLO = EngineClock.OSLO;

  /** What the new version asks of every course coming from the old one, found once per move. */
  record Contract(Set<String> newVariables, Map<String, String> changedForms) {
  }

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final LatestForms forms;

  CourseChecks(RuntimeService runtimeService, TaskService taskService, LatestForms forms) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.forms = forms;
  }

  Contract contract(PlannedMove move) {
    DiagramVariables source = DiagramVariables.of(move.sourceModel());
    DiagramVariables target = DiagramVariables.of(move.targetModel());
    Set<String> written = new HashSet<>(target.written());
    for (String form : target.forms()) {
      forms.latest(form).ifPresent(definition -> written.addAll(HeldValues.keys(definition)));
    }
    Set<String> newVariables = new TreeSet<>(target.read());
    newVariables.removeAll(source.read());
    newVariables.removeAll(written);

    Map<String, String> changedForms = new HashMap<>();
    for (UserTask step : move.targetModel().getModelElementsByType(UserTask.class)) {
      String targetForm = step.getCamundaFormRef();
      UserTask before = move.sourceModel().getModelElementById(step.getId());
      String sourceForm = before == null ? null : before.getCamundaFormRef();
      if (targetForm != null && !targetForm.equals(sourceForm)) {
        changedForms.put(step.getId(), targetForm);
      }
    }
    return new Contract(Set.copyOf(newVariables), Map.copyOf(changedForms));
  }

  List<Reason> check(Contract contract, String processInstanceId) {
    List<Reason> reasons = new ArrayList<>();
    Set<String> held = runtimeService.getVariables(processInstanceId).keySet();
    for (String variable : contract.newVariables()) {
      if (!held.contains(variable)) {
        reasons.add(Reason.ofCourse("The new version reads the process variable «" + variable + "», which this "
            + "course does not hold and which no step of the new version fills in.", "Den nye versjonen bruker "
            + "prosessvariabelen «" + variable + "», som forløpet ikke har, og som ingen steg i den nye versjonen "
            + "fyller ut.", null));
      }
    }
    for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId).list()) {
      String formId = contract.changedForms().get(task.getTaskDefinitionKey());
      if (formId != null) {
        reasons.addAll(formReasons(task, formId));
      }
    }
    return reasons;
  }

  private List<Reason> formReasons(Task task, String formId) {
    String step = task.getName() == null ? task.getTaskDefinitionKey() : task.getName();
    String english = "The step «" + step + "» shows the form «" + formId + "» in the new version";
    String norwegian = "Steget «" + step + "» viser skjemaet «" + formId + "» i den nye versjonen";
    Optional<FormDefinition> form = forms.latest(formId);
    if (form.isEmpty()) {
      return List.of(new Reason(task.getTaskDefinitionKey(), step, english + ", and no such form is deployed.",
          norwegian + ", men det skjemaet er ikke deployert.", null));
    }
    List<Reason> reasons = new ArrayList<>();
    LocalDate today = EngineClock.today();
    for (FormProblem problem : HeldValues.problems(form.get(), taskService.getVariables(task.getId()), today)) {
      // The English problem quotes the refused value, which is case data: only the field is named here.
      reasons.add(new Reason(task.getTaskDefinitionKey(), step, english + ", which does not take what the course "
          + "holds in the field «" + problem.field() + "».", norwegian + ", og det godtar ikke det forløpet har "
          + "registrert: " + problem.norwegian(), null));
    }
    return reasons;
  }
}
