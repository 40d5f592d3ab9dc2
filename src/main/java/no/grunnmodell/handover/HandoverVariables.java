package no.grunnmodell.handover;

import no.grunnmodell.course.CourseVariables;
import no.grunnmodell.platform.RecordedOnly;

/** The process variables and the message of a handover; form field keys are the same names. */
public final class HandoverVariables {

  // From the closure form of the sending course
  /** The family's consent to sending the summary: GIVEN or REFUSED. */
  public static final String CONSENT = "handoverConsent";
  /** The receiving service's id, or {@link #OUTSIDE} for a municipality that does not use Grunnmodell. */
  public static final String SERVICE = "handoverServiceId";
  public static final String OUTSIDE = "OUTSIDE";
  /** The municipality's name when it does not use Grunnmodell. */
  public static final String MUNICIPALITY = "handoverMunicipality";
  /** The closure form's list of services to hand over to: every other service, and {@link #OUTSIDE}. */
  public static final String SERVICE_OPTIONS = "handoverServiceOptions";

  // The handover itself, in both diagrams
  @RecordedOnly
  public static final String HANDOVER_ID = CourseVariables.HANDOVER_ID;
  /** Where it goes: NO_CONSENT, IN_SYSTEM or OUTSIDE. */
  public static final String ROUTE = "handoverRoute";
  /** The receiving service's or municipality's name, as people read it. */
  public static final String DESTINATION_NAME = "handoverDestinationName";
  /** The summary as Norwegian text (Markdown) for the forms. */
  public static final String SUMMARY = "handoverSummary";
  /** How it ended, for the sending course: NO_CONSENT, ACCEPTED, DECLINED, SUMMARY_SENT or SUMMARY_NOT_SENT. */
  public static final String OUTCOME = "handoverOutcome";
  public static final String DECLINE_REASON = "handoverDeclineReason";

  // The receiving diagram
  public static final String FROM_SERVICE_NAME = "handoverFromServiceName";
  /** The sending CourseHandover instance, which waits for the answer. */
  @RecordedOnly
  public static final String SENDING_INSTANCE = "handoverSendingInstanceId";
  /** ACCEPT or DECLINE, the receiving leder's answer. */
  public static final String DECISION = "handoverDecision";
  /** The receiving service's kontaktpersons, for the leder's choice. */
  public static final String KONTAKTPERSON_OPTIONS = "kontaktpersonOptions";

  // The summary form of the sending kontaktperson
  public static final String SUMMARY_SENT = "summarySent";
  public static final String SUMMARY_SENT_ON = "summarySentOn";
  public static final String SUMMARY_CHANNEL = "summarySentHow";

  /** The message the receiving side answers with. */
  public static final String ANSWERED_MESSAGE = "CourseHandoverAnswered";

  @RecordedOnly

  public static final String NEW_COURSE_ID = "newCourseId";

  private HandoverVariables() {
  }
}
