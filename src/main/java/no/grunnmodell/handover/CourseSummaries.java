package no.grunnmodell.handover;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.grunnmodell.audit.AuditTrail;
import no.grunnmodell.course.CourseRegistry;
import no.grunnmodell.course.CourseService;
import no.grunnmodell.course.CourseVariables;
import no.grunnmodell.form.FormInput;
import no.grunnmodell.platform.AsApplication;
import no.grunnmodell.platform.Days;
import no.grunnmodell.platform.Text;
import no.grunnmodell.security.ServiceDirectory;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.springframework.stereotype.Service;

/**
 * A course's summary ({@link CourseSummary}), read from the course's history and the audit trail, so it can be made
 * for a running course (when the family moves) and for one that has ended. The plan is the latest one; each
 * evaluation is what was entered when that evaluation was completed; consents are the audit trail's.
 */
@Service
public class CourseSummaries {

  /** The audit trail's consent events, in the order a reader meets them. */
  static final Set<String> CONSENT_EVENTS = Set.of("CONSENT", "INFORMATION_SHARING_CONSENT", "REFERRAL_CONSENT",
      "BUFETAT_SHARING_CONSENT", "CONSENT_WITHDRAWN", "HANDOVER_CONSENT");
  private static final List<String> LATEST = List.of(CourseVariables.BIRTH_DATE, "childFirstName", "goals",
      "measureTracks", "measureDescription", "specialisedMeasureInPlan", CourseVariables.EVALUATION_DUE);

  private final CourseRegistry registry;
  private final CourseService courses;
  private final HistoryService history;
  private final AuditTrail auditTrail;
  private final ServiceDirectory services;
  private final AsApplication asApplication;

  public CourseSummaries(CourseRegistry registry, CourseService courses, HistoryService history,
                         AuditTrail auditTrail, ServiceDirectory services, AsApplication asApplication) {
    this.registry = registry;
    this.courses = courses;
    this.history = history;
    this.auditTrail = auditTrail;
    this.services = services;
    this.asApplication = asApplication;
  }

  /** For the API: the caller reads the course's summary as they may read the course (404 and 403 alike). */
  public CourseSummary forCaller(String courseId) {
    CourseRegistry.CourseRecord course = courses.readable(courseId);
    return asApplication.call(() -> of(course));
  }

  public CourseSummary of(String courseId) {
    return of(registry.byId(courseId).orElseThrow(() -> new IllegalStateException("No course " + courseId)));
  }

  CourseSummary of(CourseRegistry.CourseRecord course) {
    String instance = course.processInstanceId();
    Map<String, Object> latest = latest(instance);
    Object birthDate = latest.get(CourseVariables.BIRTH_DATE);
    Object due = latest.get(CourseVariables.EVALUATION_DUE);
    CourseSummary.Plan plan = new CourseSummary.Plan(goals(latest.get("goals")),
        FormInput.strings(latest.get("measureTracks")), Text.orNull(latest.get("measureDescription")),
        Text.orNull(latest.get("specialisedMeasureInPlan")), due == null ? null : FormInput.date(due, "Evalueringsdato"));
    return new CourseSummary(course.id(), course.serviceId(),
        services.find(course.serviceId()).map(ServiceDirectory.Service::name).orElse(course.serviceId()),
        course.targetGroup(),
        new CourseSummary.Child(Text.orNull(latest.get("childFirstName")),
            birthDate == null ? null : FormInput.date(birthDate, "Fødselsdato")),
        plan, evaluations(instance), consents(course.id()));
  }

  /** The variables' current values in the course itself (not in a phase it called, whose values it took over). */
  private Map<String, Object> latest(String instance) {
    Map<String, Object> values = new HashMap<>();
    Map<String, Boolean> ownScope = new HashMap<>();
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableNameIn(LATEST.toArray(String[]::new)).list()) {
      boolean own = instance.equals(v.getExecutionId());
      if (!values.containsKey(v.getName()) || own && !ownScope.get(v.getName())) {
        values.put(v.getName(), v.getValue());
        ownScope.put(v.getName(), own);
      }
    }
    return values;
  }

  /**
   * One entry per completed evaluation: the outcome it gave, and the goals' attainment entered in the same step.
   * An evaluation step writes both in one go, so they share the step's activity instance.
   */
  private List<CourseSummary.Evaluation> evaluations(String instance) {
    List<CourseSummary.Evaluation> evaluations = new ArrayList<>();
    for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(instance).variableUpdates()
        .variableNameLike("evaluationOutcome").orderByTime().asc().list()) {
      Object outcome = ((HistoricVariableUpdate) detail).getValue();
      if (outcome == null || detail.getActivityInstanceId() == null) {
        continue;
      }
      List<CourseSummary.GoalAttainment> goals = new ArrayList<>();
      history.createHistoricDetailQuery().processInstanceId(instance).variableUpdates()
          .activityInstanceId(detail.getActivityInstanceId()).variableNameLike("goals").list().stream()
          .max(Comparator.comparing(HistoricDetail::getTime))
          .ifPresent(update -> FormInput.rows(((HistoricVariableUpdate) update).getValue()).forEach(row ->
              goals.add(new CourseSummary.GoalAttainment(Text.orNull(row.get("goal")), Text.orNull(row.get("attainment"))))));
      evaluations.add(new CourseSummary.Evaluation(day(detail), outcome.toString(), goals));
    }
    return evaluations;
  }

  private List<CourseSummary.Consent> consents(String courseId) {
    return auditTrail.forCourse(courseId).stream().filter(e -> CONSENT_EVENTS.contains(e.eventType()))
        .map(e -> new CourseSummary.Consent(e.eventType(), e.decision(),
            e.occurredAt().toInstant().atZone(Days.OSLO).toLocalDate()))
        .toList();
  }

  private static List<CourseSummary.Goal> goals(Object value) {
    return FormInput.rows(value).stream().filter(row -> Text.orNull(row.get("goal")) != null)
        .map(row -> new CourseSummary.Goal(Text.orNull(row.get("lifeArea")), Text.orNull(row.get("goal")),
            Text.orNull(row.get("indicator")))).toList();
  }

  private static LocalDate day(HistoricDetail detail) {
    return detail.getTime().toInstant().atZone(Days.OSLO).toLocalDate();
  }
}
