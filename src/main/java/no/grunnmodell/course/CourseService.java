package no.grunnmodell.course;

import no.grunnmodell.form.FormInput;
import no.grunnmodell.platform.Acting;
import static no.grunnmodell.course.CourseVariables.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.grunnmodell.platform.ApiError;
import no.grunnmodell.platform.AsApplication;
import no.grunnmodell.platform.EngineClock;
import no.grunnmodell.security.CurrentUser;
import no.grunnmodell.security.Role;
import no.grunnmodell.security.ServiceDirectory;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;

/** Starting courses for the case system and telling it where they stand. */
@Service
public class CourseService {

  public record Started(CourseStatus course, boolean created) {
  }

  private final CourseRegistry registry;
  private final ServiceDirectory services;
  private final List<StartRule> startRules;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final HistoryService historyService;
  private final IdentityService identityService;
  private final CurrentUser currentUser;
  private final AsApplication asApplication;
  private final EvaluationRequests evaluationRequests;
  private final CourseHandovers handovers;

  public CourseService(CourseRegistry registry, ServiceDirectory services, List<StartRule> startRules,
                       RuntimeService runtimeService, TaskService taskService, HistoryService historyService,
                       IdentityService identityService, CurrentUser currentUser, AsApplication asApplication,
                       EvaluationRequests evaluationRequests, CourseHandovers handovers) {
    this.registry = registry;
    this.services = services;
    this.startRules = startRules;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.historyService = historyService;
    this.identityService = identityService;
    this.currentUser = currentUser;
    this.asApplication = asApplication;
    this.evaluationRequests = evaluationRequests;
    this.handovers = handovers;
  }

  /**
   * Starts a course, or returns the one already started for this case: a retried call never starts a second
   * course, and a retry whose data differ from that course is a conflict rather than a silent success. A family
   * outside the age range still starts (the leder reviews it in the course); a young person outside the aftercare
   * age range is refused.
   *
   * <p>Checked in this order, so that nothing about the service's cases is looked up for a caller who may not
   * start courses there: the service exists (400), the caller is on its staff (403) and is a kontaktperson there
   * (403), then the body's rules (400).
   */
  public Started start(StartCourseRequest request) {
    String serviceId = request.serviceId();
    if (serviceId == null || serviceId.isBlank()) {
      throw ApiError.badField("serviceId", "serviceId is required.");
    }
    services.find(serviceId).orElseThrow(
        () -> ApiError.badField("serviceId", "Unknown service '" + serviceId + "'."));
    requireMayStartIn(serviceId);
    StartCourseRequest.Checked start = request.checked(EngineClock.today());

    Optional<CourseRegistry.CourseRecord> existing = registry.find(serviceId, start.caseReference());
    if (existing.isPresent() && !(start.targetGroup() == TargetGroup.AFTERCARE
        && RegisterCourse.mayComeBack(existing.get(), TargetGroup.AFTERCARE, historyService))) {
      return new Started(status(sameCourse(existing.get(), start)), false);
    }
    requireStartable(start);
    try {
      startAsApplication(start);
    } catch (ProcessEngineException e) {
      // A concurrent call for the same case won the race: answer as to a retry.
      Optional<CourseRegistry.CourseRecord> winner = registry.find(serviceId, start.caseReference())
          .filter(course -> existing.isEmpty() || !course.id().equals(existing.get().id()));
      if (winner.isPresent()) {
        return new Started(status(sameCourse(winner.get(), start)), false);
      }
      throw e;
    }
    return new Started(status(registry.find(serviceId, start.caseReference()).orElseThrow()), true);
  }

  public CourseStatus status(String courseId) {
    return status(readable(courseId));
  }

  /**
   * The course, if the caller may read it: another service's course (or an unknown id) is 404, and staff of the
   * service who do not read courses (the tiltaksarbeider) get 403.
   */
  public CourseRegistry.CourseRecord readable(String courseId) {
    CourseRegistry.CourseRecord course = visible(courseId);
    if (!mayRead(course.serviceId())) {
      throw ApiError.forbidden("Only the kontaktperson and the leder of service " + course.serviceId()
          + " read its courses.");
    }
    return course;
  }

  public CourseStatus find(String serviceId, String caseReference) {
    currentUser.requireMemberOf(serviceId);
    if (!mayRead(serviceId)) {
      throw ApiError.forbidden("Only the kontaktperson and the leder of service " + serviceId + " read its courses.");
    }
    String reference = CourseRegistry.caseReference(caseReference);
    if (reference == null) {
      throw ApiError.badField("caseReference", "caseReference is required.");
    }
    return registry.find(serviceId, reference).map(this::status).orElseThrow(
        () -> ApiError.notFound("No course for case " + reference + " in service " + serviceId + "."));
  }

  /** The family or the young person withdrew consent: the course ends in an orderly way (event sub-process). */
  public CourseStatus withdrawConsent(String courseId) {
    CourseRegistry.CourseRecord course = visible(courseId);
    // As in the Tasklist («Meld fra om trukket samtykke»): the engine lets no other role stop a course.
    if (!currentUser.hasRole(Role.KONTAKTPERSON, course.serviceId())) {
      throw ApiError.forbidden("Only a kontaktperson of service " + course.serviceId()
          + " can record that consent was withdrawn.");
    }
    try {
      // The caller is checked; stopping the course is the application's step, as from the Tasklist.
      asApplication.run(() -> runtimeService.createMessageCorrelation(CONSENT_WITHDRAWN_MESSAGE)
          .processInstanceId(course.processInstanceId()).correlateWithResult());
    } catch (MismatchingMessageCorrelationException e) {
      throw ApiError.conflict("The course has ended or its consent withdrawal is already being recorded.");
    }
    return status(course);
  }

  /**
   * The kontaktperson asks for the plan's evaluation now, before the evaluation date (as «Be om evaluering nå» in
   * the Tasklist). Only while the course waits for its next evaluation.
   */
  public CourseStatus requestEvaluation(String courseId) {
    CourseRegistry.CourseRecord course = visible(courseId);
    if (!currentUser.hasRole(Role.KONTAKTPERSON, course.serviceId())) {
      throw ApiError.forbidden("Only a kontaktperson of service " + course.serviceId()
          + " can ask for an early evaluation.");
    }
    if (!evaluationRequests.request(course.processInstanceId(), null, Acting.now(identityService).userId())) {
      throw ApiError.conflict("The course does not wait for an evaluation now: one is already open, the plan is not "
          + "agreed yet, or the course has ended.");
    }
    return status(course);
  }

  /**
   * The course, if the caller may see it. Another service's course is answered exactly as an id that does not
   * exist, so that ids cannot be tried to learn which courses other services have.
   */
  private CourseRegistry.CourseRecord visible(String courseId) {
    return registry.byId(courseId).filter(course -> currentUser.isMemberOf(course.serviceId()))
        .orElseThrow(() -> ApiError.notFound("No course with id " + courseId + "."));
  }

  /** The kontaktperson and the leder read the service's courses (the tiltaksarbeider sees only their steps). */
  private boolean mayRead(String serviceId) {
    return currentUser.hasRole(Role.KONTAKTPERSON, serviceId) || currentUser.hasRole(Role.LEDER, serviceId)
        || currentUser.isAdmin();
  }

  /** Only a kontaktperson starts courses (as in the Tasklist); the leder, tiltaksarbeider and process owner do not. */
  private void requireMayStartIn(String serviceId) {
    String only = "Only a kontaktperson of service " + serviceId + " can start courses there";
    if (!currentUser.isMemberOf(serviceId)) {
      throw ApiError.forbidden(only + ", and you are not a member of that service.");
    }
    if (!currentUser.hasRole(Role.KONTAKTPERSON, serviceId)) {
      throw ApiError.forbidden(only + ".");
    }
  }

  /**
   * A retry must describe the course it retries. Another target group, birth date or vedtak date means the case
   * system's data and the course have parted, and answering 200 would hide it. Dates are compared with what the
   * course was started with; when the history holding them has been cleaned up, they cannot be compared.
   */
  private CourseRegistry.CourseRecord sameCourse(CourseRegistry.CourseRecord course,
                                                 StartCourseRequest.Checked start) {
    if (course.targetGroup() != start.targetGroup()) {
      throw differs("targetGroup", course);
    }
    Map<String, Object> started = new HashMap<>();
    for (HistoricVariableInstance v : historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(course.processInstanceId()).variableNameIn(BIRTH_DATE, DECISION_DATE).listPage(0, 10)) {
      started.put(v.getName(), v.getValue());
    }
    if (started.get(BIRTH_DATE) != null
        && !FormInput.date(started.get(BIRTH_DATE), BIRTH_DATE).equals(start.birthDate())) {
      throw differs("birthDate", course);
    }
    if (started.get(DECISION_DATE) != null
        && !FormInput.date(started.get(DECISION_DATE), DECISION_DATE).equals(start.decisionDate())) {
      throw differs("decisionDate", course);
    }
    return course;
  }

  private static ApiError differs(String field, CourseRegistry.CourseRecord course) {
    return ApiError.conflict(field, "Case " + course.caseReference() + " already has a course (" + course.id()
        + ") started with another " + field + ". A retry must send the same data; a different vedtak needs a"
        + " different case reference.");
  }

  /** The rules for a new course that need the service's people and the aftercare ages. */
  private void requireStartable(StartCourseRequest.Checked start) {
    for (StartRule rule : startRules) {
      if (rule.targetGroup() == start.targetGroup()) {
        rule.refusesBirthDate(start.birthDate(), EngineClock.today()).ifPresent(english -> {
          throw ApiError.badField("birthDate", english);
        });
      }
    }
    // Asked as the application: the engine shows a caller only the users they may read, often just themselves.
    long kontaktpersons = asApplication.call(() -> identityService.createUserQuery().userId(start.kontaktperson())
        .memberOfGroup(Role.KONTAKTPERSON.groupOf(start.serviceId())).count());
    if (kontaktpersons == 0) {
      throw ApiError.badField("kontaktperson", "'" + start.kontaktperson() + "' is not a kontaktperson in service "
          + start.serviceId() + ".");
    }
  }

  /**
   * The caller has been checked as a kontaktperson of the service and the request as a whole, so the start itself is
   * the application's: the engine is to hold starts made in the caller's name to the Tasklist's start form and take
   * their service from the caller, rules this API replaces with its own. The service is passed as
   * {@code serviceId}, which makes it the course's tenant, and the caller as {@code startedBy}, so the course still
   * records who started it.
   */
  private void startAsApplication(StartCourseRequest.Checked start) {
    Acting caller = Acting.now(identityService);
    Map<String, Object> vars = new HashMap<>();
    vars.put(SERVICE_ID, start.serviceId());
    vars.put(CASE_REFERENCE, start.caseReference());
    vars.put(BIRTH_DATE, start.birthDate().toString());
    vars.put(DECISION_DATE, start.decisionDate().toString());
    vars.put(KONTAKTPERSON, start.kontaktperson());
    if (!caller.isApplication()) {
      vars.put(STARTED_BY, caller.userId());
    }
    if (start.childFirstName() != null) {
      vars.put(CHILD_FIRST_NAME, start.childFirstName());
    }
    vars.put(INTERPRETER_NEEDED, start.interpreterNeeded());
    if (start.interpreterLanguage() != null) {
      vars.put(INTERPRETER_LANGUAGE, start.interpreterLanguage());
    }
    asApplication.call(() -> runtimeService.startProcessInstanceByKey(start.targetGroup().processKey(),
        start.caseReference(), vars));
  }

  /** Read as the application once the caller is checked: the engine's grants and page limits are for people. */
  private CourseStatus status(CourseRegistry.CourseRecord course) {
    return asApplication.call(() -> readStatus(course));
  }

  private CourseStatus readStatus(CourseRegistry.CourseRecord course) {
    HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(course.processInstanceId()).singleResult();
    Map<String, Object> vars = new HashMap<>();
    for (HistoricVariableInstance v : historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(course.processInstanceId()).variableNameIn(PHASE, OUTCOME, CLOSURE_REASON).list()) {
      vars.put(v.getName(), v.getValue());
    }
    List<CourseStatus.OpenStep> open = taskService.createTaskQuery()
        .processInstanceBusinessKey(course.caseReference()).tenantIdIn(course.serviceId())
        .orderByTaskCreateTime().asc().list().stream()
        .map(t -> new CourseStatus.OpenStep(t.getId(), t.getTaskDefinitionKey(), t.getName(), t.getAssignee(),
            t.getCreateTime(), t.getDueDate(), t.getFollowUpDate()))
        .toList();
    boolean ended = instance != null && instance.getEndTime() != null;
    CourseStatus.Handover handover = handovers.latestOf(course.id()).orElse(null);
    return new CourseStatus(course.id(), course.serviceId(), course.caseReference(), course.targetGroup(),
        course.processInstanceId(), ended ? "ENDED" : "ACTIVE", (String) vars.get(PHASE),
        (String) vars.get(OUTCOME), (String) vars.get(CLOSURE_REASON),
        instance == null ? null : instance.getStartTime(), instance == null ? null : instance.getEndTime(), open,
        handover);
  }
}
