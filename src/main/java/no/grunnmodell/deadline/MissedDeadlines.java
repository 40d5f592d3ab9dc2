package no.grunnmodell.deadline;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.grunnmodell.course.CourseVariables;
import no.grunnmodell.platform.Days;
import no.grunnmodell.platform.EngineClock;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Escalates steps that passed their due date, and clears the escalation when the step is done.
 *
 * <p>An overdue step gets a custom incident of type {@value #INCIDENT_TYPE} at its activity, so Cockpit shows it on
 * the diagram where the course is stuck, and a «Følg opp forsinket steg» course of its own
 * (deadline-escalation.bpmn) for the service's leder. Run by the «Fristkontroll» diagram (deadline-watch.bpmn),
 * whose timer decides how often.
 *
 * <p>Each escalation first writes its step's row in GM_ESCALATED_STEP (keyed by the task id) in the same
 * transaction, so two rounds at once (two nodes, a round run again after its job's lock ran out, a manual run)
 * never escalate one step twice: the later insert waits for the earlier transaction and fails on the key, and that
 * round skips the step. The row goes when the step is done; a task id is never used again.
 */
@Component("escalateOverdueSteps")
public class MissedDeadlines implements JavaDelegate {

  public static final String INCIDENT_TYPE = "fristOverskredet";
  static final String ESCALATION_PROCESS = "DeadlineEscalation";
  private static final int PAGE = 500;
  private static final Logger LOG = LoggerFactory.getLogger(MissedDeadlines.class);

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final DeadlineRules rules;
  private final int stepsPerRun;
  private final JdbcTemplate jdbc;
  /** The round: its escalations and their guard rows commit together. */
  private final TransactionTemplate round;
  /** One guard row inside the round, behind a savepoint: a failed insert must not spoil the round's transaction. */
  private final TransactionTemplate claim;

  public MissedDeadlines(TaskService taskService, RuntimeService runtimeService, DeadlineRules rules,
                         @Value("${grunnmodell.deadline-watch.steps-per-run:200}") int stepsPerRun,
                         JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.rules = rules;
    this.stepsPerRun = stepsPerRun;
    this.jdbc = jdbc;
    this.round = new TransactionTemplate(transactionManager);
    this.claim = new TransactionTemplate(transactionManager);
    this.claim.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * One round of the watch, in its own transaction (the step is asynchronous): at most {@code stepsPerRun}
   * escalations, and whether the diagram should come back for more. Ten thousand escalations in one transaction
   * would hold every new row in memory until the commit and start over from nothing if any one of them failed.
   */
  @Override
  public void execute(DelegateExecution execution) {
    int escalated = escalateOverdueSteps(stepsPerRun);
    execution.setVariable(DeadlineVariables.MORE_OVERDUE_STEPS, escalated >= stepsPerRun);
  }

  /** @return how many steps were escalated now */
  public int escalateOverdueSteps() {
    return escalateOverdueSteps(Integer.MAX_VALUE);
  }

  /** Escalates at most {@code limit} overdue steps, the longest overdue first; @return how many. */
  public int escalateOverdueSteps(int limit) {
    // Within the job's transaction when the watch runs it; a call from outside gets one of its own
    Integer escalated = round.execute(status -> escalateInRound(limit));
    return escalated == null ? 0 : escalated;
  }

  private int escalateInRound(int limit) {
    Set<String> escalated = new HashSet<>(jdbc.queryForList("select TASK_ID from GM_ESCALATED_STEP", String.class));
    for (Incident incident : runtimeService.createIncidentQuery().incidentType(INCIDENT_TYPE).list()) {
      escalated.add(incident.getConfiguration());
    }
    Date now = EngineClock.date();
    int count = 0;
    for (int first = 0; ; first += PAGE) {
      List<Task> overdue = taskService.createTaskQuery().dueBefore(now).active().orderByDueDate().asc()
          .listPage(first, PAGE);
      for (Task task : overdue) {
        if (count < limit && !escalated.contains(task.getId()) && !isEscalationStep(task)
            && task.getExecutionId() != null && claim(task.getId(), now)) {
          escalate(task, now);
          count++;
        }
      }
      if (overdue.size() < PAGE || count >= limit) {
        break;
      }
    }
    if (count > 0) {
      LOG.info("Escalated {} overdue steps", count);
    }
    return count;
  }

  /** Writes the step's guard row; false if another round escalated the step since this round looked. */
  private boolean claim(String taskId, Date now) {
    try {
      claim.executeWithoutResult(status -> jdbc.update(
          "insert into GM_ESCALATED_STEP (TASK_ID, ESCALATED_AT) values (?, ?)", taskId, new Timestamp(now.getTime())));
      return true;
    } catch (DuplicateKeyException e) {
      LOG.info("Overdue step {} was escalated by another round at the same time; skipped", taskId);
      return false;
    }
  }

  private void escalate(Task task, Date now) {
    DeadlineRules.Rule rule = rules.forStep(task.getTaskDefinitionKey());
    LocalDate dueDay = task.getDueDate().toInstant().atZone(Days.OSLO).toLocalDate();
    long daysOverdue = Math.max(1, Duration.between(task.getDueDate().toInstant(), now.toInstant()).toDays() + 1);
    runtimeService.createIncident(INCIDENT_TYPE, task.getExecutionId(), task.getId(),
        "Fristen for «" + task.getName() + "» gikk ut " + Days.text(dueDay) + ". " + rule.basis());

    String serviceId = task.getTenantId();
    Map<String, Object> vars = new HashMap<>();
    vars.put(CourseVariables.SERVICE_ID, serviceId);
    vars.put(DeadlineVariables.OVERDUE_TASK_ID, task.getId());
    vars.put(DeadlineVariables.OVERDUE_STEP_NAME, task.getName());
    vars.put(DeadlineVariables.OVERDUE_STEP, task.getTaskDefinitionKey());
    vars.put(DeadlineVariables.OVERDUE_ASSIGNEE, task.getAssignee() == null ? "ingen" : task.getAssignee());
    vars.put(DeadlineVariables.OVERDUE_DUE_TEXT, Days.text(dueDay));
    vars.put(DeadlineVariables.OVERDUE_DAYS_AT_ESCALATION, daysOverdue);
    vars.put(DeadlineVariables.DEADLINE_BASIS, rule.basis());
    vars.put(CourseVariables.CASE_REFERENCE, caseReference(task));
    // The leder tells the case by its number and the child's first name, as in the Tasklist's list
    Object firstName = courseVariable(task, CourseVariables.CHILD_FIRST_NAME);
    if (firstName != null) {
      vars.put(CourseVariables.CHILD_FIRST_NAME, firstName);
    }
    vars.put(DeadlineVariables.ESCALATION_GROUP, rule.escalateTo().groupOf(serviceId));
    Date second = rule.secondEscalationPeriod()
        .map(p -> Days.toDate(dueDay.plus(p)))
        .orElse(null);
    vars.put(DeadlineVariables.SECOND_ESCALATION_AT, second);
    runtimeService.startProcessInstanceByKey(ESCALATION_PROCESS, task.getId(), vars);
  }

  /** The step is done (completed, or gone because its course ended): the escalation is over. */
  @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "' or #task.eventName == '"
      + TaskListener.EVENTNAME_DELETE + "'")
  public void onStepDone(DelegateTask task) {
    // Also when the marker was resolved by hand: the step can never be overdue again
    jdbc.update("delete from GM_ESCALATED_STEP where TASK_ID = ?", task.getId());
    List<Incident> incidents = runtimeService.createIncidentQuery().incidentType(INCIDENT_TYPE)
        .configuration(task.getId()).list();
    if (incidents.isEmpty()) {
      return;
    }
    // A deleted step (its course moved on through an interrupting event, or ended) is no longer overdue either.
    incidents.forEach(i -> runtimeService.resolveIncident(i.getId()));
    runtimeService.createMessageCorrelation(DeadlineVariables.STEP_DONE_MESSAGE)
        .processInstanceBusinessKey(task.getId())
        .correlateAll();
  }

  private String caseReference(Task task) {
    Object ref = courseVariable(task, CourseVariables.CASE_REFERENCE);
    return ref == null ? "" : ref.toString();
  }

  private Object courseVariable(Task task, String name) {
    return task.getProcessInstanceId() == null ? null : runtimeService.getVariable(task.getProcessInstanceId(), name);
  }

  private static boolean isEscalationStep(Task task) {
    return task.getProcessDefinitionId() != null && task.getProcessDefinitionId().startsWith(ESCALATION_PROCESS + ":");
  }
}
