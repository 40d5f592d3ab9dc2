package no.grunnmodell.tasklist;

import static no.grunnmodell.security.TasklistFilterNames.*;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The Tasklist's filters, created at start-up and kept as written here (matched by name, so restarting never
 * duplicates them). Each works for every role: "involving me" means assigned to me or offered to one of my groups,
 * and the engine's tenant check keeps every list inside the user's own service.
 *
 * <p>Every filter shows, on each task of a course, the case number and the child's (or young person's) first name:
 * the two values a caseworker tells families apart by, and nothing more of the case. Every step carries them as its
 * own variables ({@code taskCaseReference}, {@code taskChildFirstName}, see {@link TaskLabels}), so that
 * also someone who may see the step but not the course (a tiltaksarbeider) sees them, and steps of sub-processes
 * (call activities) show them too.
 *
 * <p>The Tasklist opens the filter with the lowest priority the user may see. {@code OFFERED_TO_ME} comes first
 * and is granted to the tiltaksarbeider groups only ({@code AccessPolicy}): a tiltaksarbeider's steps are offered to
 * the role, so they start on what they hold and what they may take, instead of an empty «Mine oppgaver».
 */
@Component
public class TasklistFilters implements InitializingBean {


  /** The task variables each filter shows in the list: variable name and its label. */
  static final Map<String, String> CASE_VARIABLES = caseVariables();

  private static final String END_OF_TODAY = "${dateTime().withTimeAtStartOfDay().plusDays(1).toDate()}";

  private final FilterService filterService;
  private final TaskService taskService;

  public TasklistFilters(FilterService filterService, TaskService taskService) {
    this.filterService = filterService;
    this.taskService = taskService;
  }

  @Override
  public void afterPropertiesSet() {
    save(OFFERED_TO_ME, -30, "Steg du har tatt, og steg som er tilbudt rollen din og venter på at noen tar dem",
        "#0f766e", involvingMe().orderByDueDate().asc());
    save(MINE, -20, "Oppgaver du er ansvarlig for", "#2f6f9f",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    save(OVERDUE, -15, "Dine og rollens oppgaver som har passert fristen", "#b00020",
        involvingMe().dueBeforeExpression("${now()}").orderByDueDate().asc());
    save(DUE_SOON, -10, "Dine og rollens oppgaver med frist de neste 7 dagene", "#e08a00",
        involvingMe().dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(7).toDate()}")
            .orderByDueDate().asc());
    save(FOLLOW_UP_TODAY, -5, "Dine og rollens oppgaver som skal følges opp i dag", "#6a5acd",
        involvingMe().followUpBeforeExpression(END_OF_TODAY).orderByFollowUpDate().asc());
    save(TEAM, 0, "Oppgaver som er tilbudt rollen din og ikke tatt av noen", "#4d7c0f",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").orderByDueDate().asc());
    save(SERVICE_OVERDUE, 10, "For leder: alle steg i tjenesten som har passert fristen", "#7f1d1d",
        taskService.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc());
  }

  private static Map<String, String> caseVariables() {
    Map<String, String> variables = new LinkedHashMap<>();
    // the step's own copies (TaskLabels): also shown to someone who may see the step but not the course
    variables.put(TaskLabels.TASK_CASE_REFERENCE, "Saksnummer");
    variables.put(TaskLabels.TASK_CHILD_FIRST_NAME, "Fornavn");
    return variables;
  }

  private TaskQuery involvingMe() {
    return taskService.createTaskQuery().or()
        .taskAssigneeExpression("${currentUser()}")
        .taskCandidateGroupInExpression("${currentUserGroups()}")
        .endOr();
  }

  private void save(String name, int priority, String description, String color, TaskQuery query) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("color", color);
    properties.put("refresh", true);
    properties.put("variables", CASE_VARIABLES.entrySet().stream()
        .map(variable -> Map.of("name", variable.getKey(), "label", variable.getValue())).toList());
    filter.setQuery(query);
    filter.setProperties(properties);
    filterService.saveFilter(filter);
  }
}
