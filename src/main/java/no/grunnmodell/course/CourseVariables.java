package no.grunnmodell.course;

import no.grunnmodell.platform.RecordedOnly;
import no.grunnmodell.platform.ServiceTenantProvider;

/**
 * Names of the process variables and messages of a course (family and aftercare alike); the form field keys are the
 * same names. Java uses these constants, never the names as text; {@code CatalogueTest} checks them against the
 * diagrams and forms.
 */
public final class CourseVariables {

  public static final String CASE_REFERENCE = "caseReference";
  /** The course's service, which is also its tenant ({@link ServiceTenantProvider}). */
  public static final String SERVICE_ID = ServiceTenantProvider.SERVICE_VARIABLE;
  public static final String SERVICE_NAME = "serviceName";
  public static final String TARGET_GROUP = "targetGroup";
  public static final String BIRTH_DATE = "birthDate";
  public static final String DECISION_DATE = "decisionDate";
  public static final String KONTAKTPERSON = "kontaktperson";
  /** The user who started the course (the caller of the course API, or who pressed «Start forløp»). */
  @RecordedOnly
  public static final String STARTED_BY = "startedBy";
  @RecordedOnly
  public static final String COURSE_ID = "courseId";
  public static final String PHASE = "phase";
  public static final String OUTCOME = "outcome";
  public static final String WITHIN_TARGET_GROUP = "withinTargetGroup";
  public static final String EVALUATION_DUE = "evaluationDue";
  public static final String REFERRAL_OUTCOME = "referralOutcome";
  /** At the start of a course that takes over another service's course: the handover it answers. */
  @RecordedOnly
  public static final String HANDOVER_ID = "handoverId";

  public static final String CLOSURE_REASON = "closureReason";
  public static final String CHILD_FIRST_NAME = "childFirstName";
  public static final String PREVIOUS_COURSE_ID = "previousCourseId";
  @RecordedOnly
  public static final String PREVIOUS_PROCESS_INSTANCE_ID = "previousProcessInstanceId";
  public static final String DECISION_DATE_TEXT = "decisionDateText";
  public static final String TARGET_GROUP_NOTE = "targetGroupNote";
  @RecordedOnly
  public static final String AGE_AT_DECISION = "ageAtDecision";
  public static final String INTERPRETER_NEEDED = "interpreterNeeded";
  public static final String INTERPRETER_LANGUAGE = "interpreterLanguage";
  public static final String CONSENT_DECISION = "consentDecision";
  public static final String GOALS = "goals";
  public static final String MEASURE_TRACKS = "measureTracks";
  @RecordedOnly
  public static final String PLAN_VERSION = "planVersion";
  @RecordedOnly
  public static final String PLAN_AGREED_AT = "planAgreedAt";
  public static final String MEASURES_PLANNED_UNTIL = "measuresPlannedUntil";
  public static final String MEASURES_PLANNED_UNTIL_TEXT = "measuresPlannedUntilText";
  public static final String EVALUATION_DATE = "evaluationDate";
  public static final String EVALUATION_DATE_TEXT = "evaluationDateText";
  @RecordedOnly
  public static final String EVALUATION_REQUESTED_AT = "evaluationRequestedAt";
  public static final String PROPOSED_EVALUATION_DATE = "proposedEvaluationDate";
  public static final String PROPOSED_EVALUATION_DATE_TEXT = "proposedEvaluationDateText";
  public static final String EVALUATION_INTERVAL_TEXT = "evaluationIntervalText";
  @RecordedOnly
  public static final String EVALUATION_COUNT = "evaluationCount";
  public static final String NEXT_EVALUATION_DATE = "nextEvaluationDate";
  public static final String EVALUATION_OUTCOME = "evaluationOutcome";
  @RecordedOnly
  public static final String ENDED_AT = "endedAt";
  public static final String CONSENT_WITHDRAWN_MESSAGE = "ConsentWithdrawn";
  /** An early evaluation asked for (the course API, «Be om evaluering»). */
  public static final String EVALUATION_REQUESTED_MESSAGE = "EvaluationRequested";

  private CourseVariables() {
  }
}
