package no.grunnmodell.specialised;

import java.util.List;

/** The process variables of a referral; form field keys are the same names. */
final class ReferralVariables {

  static final String REFERRAL_ID = "referralId";
  static final String PROPOSALS_TEXT = "proposalsText";
  static final String PROPOSALS_SUMMARY = "proposalsSummary";
  static final String MEASURE_OPTIONS = "measureOptions";
  static final String CHILD_AGE_TEXT = "childAgeText";
  static final String MEASURE = "referralMeasure";
  static final String MEASURE_NAME = "referralMeasureName";
  static final String FIT_TEXT = "referralFitText";
  static final String TRIED = "triedMeasures";
  static final String REASON = "referralReason";
  static final String DEVIATION_REASON = "referralDeviationReason";
  static final String ACTION = "referralAction";
  static final String NOT_SENT_REASON = "referralNotSentReason";
  static final String APPROVAL = "referralApproval";
  static final String APPROVAL_COMMENT = "referralApprovalComment";
  static final String APPROVED_BY = "referralApprovedBy";
  static final String ANSWER_REMINDER = "bufetatAnswerReminder";
  static final String SENT_TEXT = "referralSentText";
  static final String DECISION = "bufetatDecision";
  static final String DECISION_DATE = "bufetatDecisionDate";
  static final String DECISION_REASON = "bufetatDecisionReason";
  static final String DECISION_SOURCE = "bufetatDecisionSource";
  static final String DECISION_RECORDED_BY = "bufetatDecisionRecordedBy";
  static final String MEASURE_START = "specialisedMeasureStart";
  static final String MEASURE_END = "specialisedMeasureEnd";
  static final String MEASURE_END_REASON = "specialisedMeasureEndReason";
  static final String CHASED_ON = "bufetatChasedOn";
  static final String CHASE_NOTE = "bufetatChaseNote";
  /** Shown when the plan is revised after a referral that did not lead to a measure. */
  static final String OUTCOME_NOTE = "referralOutcomeNote";
  static final String EGENANDEL_TEXT = "egenandelText";
  static final String EGENANDEL_TOTAL = "egenandelTotalNok";

  /**
   * What one referral enters. A course may refer more than once, and the call activity passes all the course's
   * variables in, so a new referral starts with these cleared rather than pre-filled from the last one.
   */
  static final List<String> PER_REFERRAL = List.of(MEASURE, MEASURE_NAME, FIT_TEXT, TRIED, REASON, DEVIATION_REASON, ACTION,
      NOT_SENT_REASON, APPROVAL, APPROVAL_COMMENT, APPROVED_BY, SENT_TEXT, DECISION, DECISION_DATE, DECISION_REASON,
      DECISION_SOURCE, DECISION_RECORDED_BY, MEASURE_START, MEASURE_END, MEASURE_END_REASON, CHASED_ON, CHASE_NOTE, EGENANDEL_TEXT,
      EGENANDEL_TOTAL);

  private ReferralVariables() {
  }
}
