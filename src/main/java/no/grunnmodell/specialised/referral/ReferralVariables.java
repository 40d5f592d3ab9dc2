package no.grunnmodell.specialised.referral;

import java.util.List;
import no.grunnmodell.platform.RecordedOnly;

/** The process variables of a referral; form field keys are the same names. */
final class ReferralVariables {

  @RecordedOnly

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
  /** Could the problems lead to a placement outside the home (Bufetat's criterion)? YES, UNCERTAIN or NO. */
  static final String PLACEMENT_RISK = "placementRisk";
  static final String PLACEMENT_RISK_REASON = "placementRiskReason";
  /** The family's consent to the referral and to sharing information with Bufetat: GIVEN, REFUSED, NOT_ASKED. */
  static final String CONSENT = "referralConsent";
  static final String SHARING_CONSENT = "bufetatSharingConsent";
  static final String CONSENT_DATE = "referralConsentDate";
  /** The grounds and the consents as the leder reads them in «Godkjenn henvisning». */
  static final String GROUNDS_TEXT = "referralGroundsText";
  static final String DEVIATION_REASON = "referralDeviationReason";
  static final String ACTION = "referralAction";
  static final String NOT_SENT_REASON = "referralNotSentReason";
  static final String APPROVAL = "referralApproval";
  static final String APPROVAL_COMMENT = "referralApprovalComment";
  @RecordedOnly
  static final String APPROVED_BY = "referralApprovedBy";
  static final String ANSWER_REMINDER = "bufetatAnswerReminder";
  static final String SENT_TEXT = "referralSentText";
  static final String DECISION = "bufetatDecision";
  static final String DECISION_DATE = "bufetatDecisionDate";
  static final String DECISION_REASON = "bufetatDecisionReason";
  @RecordedOnly
  static final String DECISION_SOURCE = "bufetatDecisionSource";
  @RecordedOnly
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
   * The specialised measure as a line of the plan («MST – multisystemisk terapi fra 01.02.2027, innvilget av Bufetat
   * 15.01.2027»), which the plan and evaluation forms show: set when Bufetat grants it, rewritten when it ends.
   */
  static final String MEASURE_IN_PLAN = "specialisedMeasureInPlan";

  /**
   * What one referral enters. A course may refer more than once, and the call activity passes all the course's
   * variables in, so a new referral starts with these cleared rather than pre-filled from the last one.
   */
  static final List<String> PER_REFERRAL = List.of(MEASURE, MEASURE_NAME, FIT_TEXT, TRIED, REASON, DEVIATION_REASON,
      PLACEMENT_RISK, PLACEMENT_RISK_REASON, CONSENT, SHARING_CONSENT, CONSENT_DATE, GROUNDS_TEXT, ACTION,
      NOT_SENT_REASON, APPROVAL, APPROVAL_COMMENT, APPROVED_BY, SENT_TEXT, DECISION, DECISION_DATE, DECISION_REASON,
      DECISION_SOURCE, DECISION_RECORDED_BY, MEASURE_START, MEASURE_END, MEASURE_END_REASON, CHASED_ON, CHASE_NOTE, EGENANDEL_TEXT,
      EGENANDEL_TOTAL);

  /** Bufetat's answer, delivered to the waiting referral. */
  static final String DECISION_MESSAGE = "BufetatDecision";

  private ReferralVariables() {
  }
}
