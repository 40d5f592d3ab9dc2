package no.grunnmodell.deadline;

import java.time.Period;
import no.grunnmodell.course.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives every user task, in every diagram, a due date and a follow-up date from the deadline table when it is
 * created, and says why in the task's description (and in {@code deadlineText}, which the forms show).
 * Hooked in through the Spring Boot starter's task events, so diagrams need no listener of their own.
 */
@Component
public class DeadlineAssigner {

  private final DeadlineRules rules;

  public DeadlineAssigner(DeadlineRules rules) {
    this.rules = rules;
  }

  @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
  public void onCreate(DelegateTask task) {
    DeadlineRules.Rule rule = rules.forStep(task.getTaskDefinitionKey());
    DeadlineCalculator.Deadline deadline = DeadlineCalculator.of(rule, task.getCreateTime(), task::getVariable);
    if (deadline == null) {
      rule = rules.forStep(DeadlineRules.DEFAULT_STEP);
      deadline = DeadlineCalculator.of(rule, task.getCreateTime(), task::getVariable);
    }
    task.setDueDate(deadline.due());
    task.setFollowUpDate(deadline.followUp());
    String text = "Frist " + FormValues.text(deadline.dueDay()) + ": " + describe(rule) + ". " + rule.basis();
    task.setDescription(text);
    task.setVariableLocal("deadlineText", text);
  }

  static String describe(DeadlineRules.Rule rule) {
    String period = describe(rule.duePeriod());
    return switch (rule.from()) {
      case CREATED -> period + " etter at steget ble opprettet";
      case DECISION_DATE -> period + " etter vedtaksdatoen";
      case PLAN_AGREED -> period + " etter at tiltaksplanen ble vedtatt";
      case EVALUATION_DATE -> period + " etter evalueringsdatoen i planen";
      case BIRTH_DATE -> period + " etter fødselsdatoen";
      case FOLLOW_UP_AFTER_NO -> period + " etter datoen for å spørre den unge på nytt";
    };
  }

  /** "7 dager", "3 måneder", "1 år og 6 måneder". */
  static String describe(Period p) {
    StringBuilder s = new StringBuilder();
    append(s, p.getYears(), "år", "år");
    append(s, p.getMonths(), "måned", "måneder");
    append(s, p.getDays(), "dag", "dager");
    return s.toString();
  }

  private static void append(StringBuilder s, int n, String one, String many) {
    if (n == 0) {
      return;
    }
    if (!s.isEmpty()) {
      s.append(" og ");
    }
    s.append(n).append(' ').append(n == 1 ? one : many);
  }
}
