package no.grunnmodell.tasklist;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.grunnmodell.platform.AsApplication;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Caseworkers' names instead of their user ids in the forms: every step gets, as task variables, the full name of
 * the course's kontaktperson ({@value #KONTAKTPERSON_NAME}) and, on the leder's follow-up of an overdue step, of the
 * person who held that step ({@value #OVERDUE_ASSIGNEE_NAME}). These are staff names from the user directory, no
 * case data; the course keeps the user id. Steps created before this existed get theirs once at start-up.
 */
@Component
public class StaffNames {

  public static final String KONTAKTPERSON_NAME = "kontaktpersonName";
  public static final String OVERDUE_ASSIGNEE_NAME = "overdueAssigneeName";
  private static final Logger LOG = LoggerFactory.getLogger(StaffNames.class);
  private static final int PAGE = 500;

  private final IdentityService identityService;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final AsApplication asApplication;

  public StaffNames(IdentityService identityService, TaskService taskService, RuntimeService runtimeService,
                    AsApplication asApplication) {
    this.identityService = identityService;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.asApplication = asApplication;
  }

  /** First and last name of the user, else the user id (a user without a name, or no longer in the directory). */
  public String fullName(String userId) {
    if (userId == null || userId.isBlank()) {
      return userId;
    }
    // The directory is readable to staff, but a step may be created while someone else, or nobody, is signed in.
    User user = asApplication.call(() -> identityService.createUserQuery().userId(userId).singleResult());
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? userId : name;
  }

  @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
  public void onCreate(DelegateTask task) {
    name(task.getVariable("kontaktperson"), KONTAKTPERSON_NAME, task);
    Object overdueAssignee = task.getVariable("overdueAssignee");
    if (overdueAssignee != null) {
      // MissedDeadlines writes «ingen» for a step nobody held
      task.setVariableLocal(OVERDUE_ASSIGNEE_NAME, "ingen".equals(overdueAssignee) ? overdueAssignee
          : fullName(overdueAssignee.toString()));
    }
  }

  private void name(Object userId, String variable, DelegateTask task) {
    if (userId != null) {
      task.setVariableLocal(variable, fullName(userId.toString()));
    }
  }

  /** Open steps from before the names existed: given theirs once (a step that has its name is left alone). */
  @EventListener(ApplicationReadyEvent.class)
  public void nameOpenSteps() {
    Set<String> named = new HashSet<>();
    for (int first = 0; ; first += PAGE) {
      List<VariableInstance> page = runtimeService.createVariableInstanceQuery()
          .variableNameIn(KONTAKTPERSON_NAME, OVERDUE_ASSIGNEE_NAME)
          .disableBinaryFetching().listPage(first, PAGE);
      page.forEach(v -> named.add(v.getTaskId()));
      if (page.size() < PAGE) {
        break;
      }
    }
    int count = 0;
    for (int first = 0; ; first += PAGE) {
      List<Task> tasks = taskService.createTaskQuery().orderByTaskId().asc().listPage(first, PAGE);
      for (Task task : tasks) {
        if (!named.contains(task.getId()) && name(task)) {
          count++;
        }
      }
      if (tasks.size() < PAGE) {
        break;
      }
    }
    if (count > 0) {
      LOG.info("Gave {} open steps the names of their caseworkers", count);
    }
  }

  private boolean name(Task task) {
    Object kontaktperson = taskService.getVariable(task.getId(), "kontaktperson");
    Object overdueAssignee = taskService.getVariable(task.getId(), "overdueAssignee");
    if (kontaktperson != null) {
      taskService.setVariableLocal(task.getId(), KONTAKTPERSON_NAME, fullName(kontaktperson.toString()));
    }
    if (overdueAssignee != null) {
      taskService.setVariableLocal(task.getId(), OVERDUE_ASSIGNEE_NAME, "ingen".equals(overdueAssignee)
          ? overdueAssignee : fullName(overdueAssignee.toString()));
    }
    return kontaktperson != null || overdueAssignee != null;
  }
}
