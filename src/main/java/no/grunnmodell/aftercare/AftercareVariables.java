package no.grunnmodell.aftercare;

import no.grunnmodell.course.CourseVariables;
import no.grunnmodell.platform.RecordedOnly;

/**
 * The process variables of the aftercare course that more than one class, a diagram and a form share; the form
 * field keys are the same names. The course's own (caseReference, kontaktperson, …) are in CourseVariables.
 */
public final class AftercareVariables {

  /** The last day of aftercare (the day before the 25th birthday), as a date and as text for the forms. */
  public static final String AGE_LIMIT_DUE = "ageLimitDue";
  public static final String AGE_LIMIT_DATE_TEXT = "ageLimitDateText";

  /** «Samtale om ettervern»: the young person's answer (GIVEN, REFUSED, LATER) and the day of the conversation. */
  public static final String CONSENT_DECISION = CourseVariables.CONSENT_DECISION;
  public static final String CONVERSATION_DATE = "conversationDate";

  /** After a no: the day to ask again, as a date (the deadline's base) and as text, and the period in words. */
  @RecordedOnly
  public static final String FOLLOW_UP_AFTER_NO_DUE = "followUpAfterNoDue";
  public static final String FOLLOW_UP_AFTER_NO_DATE_TEXT = "followUpAfterNoDateText";
  public static final String FOLLOW_UP_AFTER_NO_TEXT = "followUpAfterNoText";

  /** «Spør den unge på nytt om ettervern»: CHANGED_MIND or STILL_NO, and when the young person was asked. */
  public static final String ASKED_AGAIN_ANSWER = "askedAgainAnswer";
  public static final String ASKED_AGAIN_DATE = "askedAgainDate";

  /** The vedtak steps' form: the decision, its reasons, the young person's view, the klage information, the day. */
  public static final String DECISION = "aftercareDecision";
  public static final String DECISION_REASONS = "aftercareDecisionReasons";
  public static final String DECISION_YOUNG_PERSON_VIEW = "aftercareDecisionYoungPersonView";
  public static final String COMPLAINT_RIGHTS_INFORMED = "complaintRightsInformed";
  public static final String DECISION_DATE = "aftercareDecisionDate";
  /** Set when a vedtak is made: who made it, the day as text, and whether aftercare is now granted. */
  @RecordedOnly
  public static final String DECIDED_BY = "aftercareDecidedBy";
  @RecordedOnly
  public static final String DECISION_DATE_TEXT = "aftercareDecisionDateText";
  public static final String GRANTED = "aftercareGranted";

  /** The plan: how long the measures are meant to last, and whether a revision changes them. */
  public static final String MEASURE_TRACKS = CourseVariables.MEASURE_TRACKS;
  public static final String MEASURES_INTENDED_UNTIL = "measuresIntendedUntil";
  public static final String REVISION_CHANGES_MEASURES = "revisionChangesMeasures";
  /** The measure tracks of the plan as last agreed, to tell whether a revision changed them. */
  public static final String AGREED_MEASURE_TRACKS = "agreedMeasureTracks";

  public static final String YOUNG_PERSON_VIEW = "youngPersonView";
  public static final String NEXT_CONVERSATION_DUE = "nextConversationDue";
  public static final String NEXT_CONVERSATION_DATE = "nextConversationDate";
  @RecordedOnly
  public static final String NEXT_CONVERSATION_DATE_TEXT = "nextConversationDateText";
  @RecordedOnly
  public static final String CONVERSATION_COUNT = "conversationCount";
  @RecordedOnly
  public static final String PHASE_AT_AGE_LIMIT = "phaseAtAgeLimit";
  public static final String CONVERSATION_DUE = "conversationDue";
  public static final String CONVERSATION_DATE_TEXT = "conversationDateText";
  public static final String CONVERSATION_AGE_REACHED = "conversationAgeReached";
  public static final String AGE_LIMIT_REMINDER_DUE = "ageLimitReminderDue";
  public static final String MEASURES_INTENDED_UNTIL_TEXT = "measuresIntendedUntilText";

  private AftercareVariables() {
  }
}
