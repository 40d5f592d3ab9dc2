package no.grunnmodell.tasklist;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.grunnmodell.course.CourseVariables;
import no.grunnmodell.deadline.DeadlineVariables;
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
 * What every step says about its case and its people, as task variables set when the step is created:
 * <ul>
 *   <li>the case number and the child's (or young person's) first name, copied from the course under names of
 *       their own ({@link #CASE_VARIABLES}: {@value #TASK_CASE_REFERENCE}, {@value #TASK_CHILD_FIRST_NAME}): the
 *       Tasklist's filters show them in the list, and someone the step is only offered to (a tiltaksarbeider, who
 *       may not read the course) sees there only what the step carries. The same two values the course holds,
 *       nothing more of the case. Own names, so that they never shadow the course's variables, nor double a row
 *       where a report or a test looks a course's variable up by its name;</li>
 *   <li>caseworkers' names instead of user ids: the course's kontaktperson ({@value #KONTAKTPERSON_NAME}) and, on
 *       the leder's follow-up of an overdue step, whoever held that step ({@value #OVERDUE_ASSIGNEE_NAME}). Staff
 *       names from the user directory; the course keeps the user id.</li>
 * </ul>
 * Steps created before this existed get theirs once at start-up.
 */
@Component
public class TaskLabels {

  public static final String KONTAKTPERSON_NAME = "kontaktpersonName";
  public static final String OVERDUE_ASSIGNEE_NAME = "overdueAssigneeName";
  /** Shown on every task of a course in the Tasklist's list (see TasklistFilters). */
  public static final String TASK_CASE_REFERENCE = "taskCaseReference";
  public static final String TASK_CHILD_FIRST_NAME = "taskChildFirstName";
  /** The course's variable, and the step's copy of it. */
  public static final Map<String, String> CASE_VARIABLES = Map.of(
      "caseReference", TASK_CASE_REFERENCE,
      "childFirstName", TASK_CHILD_FIRST_NAME);
  private static final Logger LOG = LoggerFactory.getLogger(TaskLabels.class);
  private static final int PAGE = 500;

  private final IdentityService identityService;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final AsApplication asApplication;

  public TaskLabels(IdentityService identityService, TaskService taskService, RuntimeService runtimeService,
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
    CASE_VARIABLES.forEach((course, step) -> {
      Object value = task.getVariable(course);
      if (value != null) {
        task.setVariableLocal(step, value);
      }
    });
    name(task.getVariable(CourseVariables.KONTAKTPERSON), KONTAKTPERSON_NAME, task);
    Object overdueAssignee = task.getVariable(DeadlineVariables.OVERDUE_ASSIGNEE);
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
          .variableNameIn(KONTAKTPERSON_NAME, OVERDUE_ASSIGNEE_NAME, TASK_CASE_REFERENCE)
          .disableBinaryFetching().listPage(first, PAGE);
      page.stream().filter(v -> v.getTaskId() != null).forEach(v -> named.add(v.getTaskId()));
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
      LOG.info("Gave {} open steps their case number, first name and caseworkers' names", count);
    }
  }

  private boolean name(Task task) {
    boolean labelled = false;
    for (Map.Entry<String, String> variable : CASE_VARIABLES.entrySet()) {
      Object value = taskService.getVariable(task.getId(), variable.getKey());
      if (value != null) {
        taskService.setVariableLocal(task.getId(), variable.getValue(), value);
        labelled = true;
      }
    }
    Object kontaktperson = taskService.getVariable(task.getId(), CourseVariables.KONTAKTPERSON);
    Object overdueAssignee = taskService.getVariable(task.getId(), DeadlineVariables.OVERDUE_ASSIGNEE);
    if (kontaktperson != null) {
      taskService.setVariableLocal(task.getId(), KONTAKTPERSON_NAME, fullName(kontaktperson.toString()));
    }
    if (overdueAssignee != null) {
      taskService.setVariableLocal(task.getId(), OVERDUE_ASSIGNEE_NAME, "ingen".equals(overdueAssignee)
          ? overdueAssignee : fullName(overdueAssignee.toString()));
    }
    return labelled || kontaktperson != null || overdueAssignee != null;
  }
}
