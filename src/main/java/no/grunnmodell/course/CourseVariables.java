package no.grunnmodell.course;

/** Names of the process variables a course carries; the form field keys are the same names. */
public final class CourseVariables {

  public static final String CASE_REFERENCE = "caseReference";
  public static final String SERVICE_ID = "serviceId";
  public static final String SERVICE_NAME = "serviceName";
  public static final String TARGET_GROUP = "targetGroup";
  public static final String BIRTH_DATE = "birthDate";
  public static final String DECISION_DATE = "decisionDate";
  public static final String KONTAKTPERSON = "kontaktperson";
  /** The user who started the course (the caller of the course API, or who pressed «Start forløp»). */
  public static final String STARTED_BY = "startedBy";
  public static final String COURSE_ID = "courseId";
  public static final String PHASE = "phase";
  public static final String OUTCOME = "outcome";
  public static final String WITHIN_TARGET_GROUP = "withinTargetGroup";
  public static final String EVALUATION_DUE = "evaluationDue";
  public static final String REFERRAL_OUTCOME = "referralOutcome";

  private CourseVariables() {
  }
}
