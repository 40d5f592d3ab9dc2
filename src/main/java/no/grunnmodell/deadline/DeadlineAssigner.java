package no.grunnmodell.deadline;

import no.grunnmodell.course.EvaluationSettings;
import no.grunnmodell.platform.Days;
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

  /**
   * Placeholder in a basis for the evaluation interval of {@code grunnmodell.evaluation.interval}, so that the
   * text the caseworker reads follows the setting instead of repeating it.
   */
  public static final String EVALUATION_INTERVAL = "{evaluationInterval}";

  private final DeadlineRules rules;
  private final EvaluationSettings evaluation;

  public DeadlineAssigner(DeadlineRules rules, EvaluationSettings evaluation) {
    this.rules = rules;
    this.evaluation = evaluation;
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
    String text = "Frist " + Days.text(deadline.dueDay()) + ": " + describe(rule) + ". "
        + rule.basis().replace(EVALUATION_INTERVAL, evaluation.intervalText());
    task.setDescription(text);
    task.setVariableLocal(DeadlineVariables.DEADLINE_TEXT, text);
  }

  static String describe(DeadlineRules.Rule rule) {
    String period = Days.words(rule.duePeriod());
    return switch (rule.from()) {
      case CREATED -> period + " etter at steget ble opprettet";
      case DECISION_DATE -> period + " etter vedtaksdatoen";
      case PLAN_AGREED -> period + " etter at tiltaksplanen ble vedtatt";
      case EVALUATION_DATE -> period + " etter evalueringsdatoen i planen";
      case PLANNED_END -> period + " etter at tiltakene etter planen skal være avsluttet";
      case BIRTH_DATE -> period + " etter fødselsdatoen";
      case FOLLOW_UP_AFTER_NO -> period + " etter datoen for å spørre den unge på nytt";
    };
  }

}
