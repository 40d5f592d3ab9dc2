package no.grunnmodell.deadline;

import no.grunnmodell.platform.RecordedOnly;

/**
 * Names of the process variables and messages of deadlines and their escalation (overdue-escalation.bpmn and the
 * steps' own deadline text); form field keys are the same names. Checked against the diagrams and forms by
 * {@code CatalogueTest}.
 */
public final class DeadlineVariables {

  /** On a step: its deadline in words, for its form. */
  public static final String DEADLINE_TEXT = "deadlineText";

  // The escalation of an overdue step
  @RecordedOnly
  public static final String OVERDUE_TASK_ID = "overdueTaskId";
  public static final String OVERDUE_STEP_NAME = "overdueStepName";
  @RecordedOnly
  public static final String OVERDUE_STEP = "overdueStep";
  @RecordedOnly
  public static final String OVERDUE_ASSIGNEE = "overdueAssignee";
  public static final String OVERDUE_DUE_TEXT = "overdueDueText";
  @RecordedOnly
  public static final String OVERDUE_DAYS_AT_ESCALATION = "overdueDaysAtEscalation";
  public static final String DEADLINE_BASIS = "deadlineBasis";
  public static final String ESCALATION_GROUP = "escalationGroup";
  public static final String SECOND_ESCALATION_AT = "secondEscalationAt";
  /** «Fristkontroll» (deadline-watch.bpmn): whether a round left overdue steps for the next one. */
  public static final String MORE_OVERDUE_STEPS = "moreOverdueSteps";
  /** The escalation ends when the overdue step is done. */
  public static final String STEP_DONE_MESSAGE = "OverdueStepDone";

  private DeadlineVariables() {
  }
}
