package no.grunnmodell.form;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.grunnmodell.platform.Acting;
import no.grunnmodell.platform.AsApplication;
import no.grunnmodell.platform.EngineClock;
import no.grunnmodell.platform.OpenTasks;
import no.grunnmodell.platform.Refusal;
import no.grunnmodell.platform.TaskGuard;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every form is enforced on the server: whatever completes a user task (the Tasklist, the engine REST API, the Java
 * API), what it sends is checked against that task's deployed Camunda Form before anything changes, and a course's
 * start against its start form. A refusal is a 400 naming the field, in Norwegian for the Tasklist and in English
 * for API clients; the task stays open with nothing changed.
 */
@Component
@Order(20)
public class FormEnforcement implements TaskGuard {

  private static final ZoneId OSLO = EngineClock.OSLO;
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Parsed forms by their text: a handful of forms, each parsed once however often it is submitted. */
  private final Map<String, FormDefinition> parsed = new ConcurrentHashMap<>();

  private final TaskService taskService;
  private final FormService formService;
  private final IdentityService identityService;
  private final AsApplication asApplication;
  private final OpenTasks openTasks;

  public FormEnforcement(TaskService taskService, FormService formService, IdentityService identityService,
                         AsApplication asApplication, OpenTasks openTasks) {
    this.taskService = taskService;
    this.formService = formService;
    this.identityService = identityService;
    this.asApplication = asApplication;
    this.openTasks = openTasks;
  }

  @Override
  public void beforeComplete(String taskId, Map<String, Object> variables) {
    asApplication.run(() -> check(taskId, variables));
  }

  private void check(String taskId, Map<String, Object> variables) {
    if (openTasks.byId(taskId).isEmpty()) {
      throw Refusal.notFound("Fant ikke steget. Det kan være fullført av noen andre.",
          "No open task with id '" + taskId + "'.");
    }
    TaskFormData form = formService.getTaskFormData(taskId);
    if (form.getCamundaFormRef() == null && form.getFormKey() == null) {
      if (!variables.isEmpty()) {
        throw Refusal.invalid(variables.keySet().iterator().next(), "Dette steget har ikke noe skjema, så det "
            + "fullføres uten opplysninger.", "This task has no form: complete it without variables.");
      }
      return;
    }
    FormDefinition definition = definition(formService.getDeployedTaskForm(taskId));
    refuseProblems(FormValidator.validate(definition, plain(variables), plain(taskService.getVariables(taskId)),
        today()));
  }

  /**
   * Checks a course's start against its start form when a person starts it (Tasklist, engine REST API). Starts by
   * the application itself (the course API after its own checks, the demo) pass: they are ours.
   */
  public void checkStart(DelegateExecution execution) {
    if (!Acting.now(identityService).isPerson()) {
      return;
    }
    InputStream startForm = formService.getDeployedStartForm(execution.getProcessDefinitionId());
    refuseProblems(FormValidator.validate(definition(startForm), plain(execution.getVariables()), Map.of(),
        today()));
  }

  private static void refuseProblems(List<FormProblem> problems) {
    if (!problems.isEmpty()) {
      throw Refusal.invalid(problems.get(0).field(), FormValidator.summary(problems, true),
          FormValidator.summary(problems, false));
    }
  }

  private FormDefinition definition(InputStream form) {
    try (InputStream in = form) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return parsed.computeIfAbsent(json, FormDefinition::parse);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the task's form", e);
    }
  }

  /** The validator reads plain Java: Camunda's Json values become lists and maps, typed values their value. */
  static Map<String, Object> plain(Map<String, Object> variables) {
    Map<String, Object> plain = new HashMap<>();
    if (variables == null) {
      return plain;
    }
    for (Map.Entry<String, Object> entry : variables.entrySet()) {
      plain.put(entry.getKey(), plain(entry.getValue()));
    }
    return plain;
  }

  private static Object plain(Object value) {
    Object v = value instanceof TypedValue typed ? typed.getValue() : value;
    if (v instanceof SpinJsonNode json) {
      try {
        return JSON.readValue(json.toString(), Object.class);
      } catch (IOException e) {
        return json.toString();
      }
    }
    return v;
  }

  private static LocalDate today() {
    return EngineClock.today();
  }
}
