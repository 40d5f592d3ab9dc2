package no.grunnmodell.course;

import static no.grunnmodell.course.CourseVariables.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.grunnmodell.aftercare.AftercareAgeRules;
import no.grunnmodell.platform.ApiError;
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
  private final AftercareAgeRules aftercareAgeRules;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final HistoryService historyService;
  private final IdentityService identityService;
  private final CurrentUser currentUser;

  public CourseService(CourseRegistry registry, ServiceDirectory services, AftercareAgeRules aftercareAgeRules,
                       RuntimeService runtimeService, TaskService taskService, HistoryService historyService,
                       IdentityService identityService, CurrentUser currentUser) {
    this.registry = registry;
    this.services = services;
    this.aftercareAgeRules = aftercareAgeRules;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.historyService = historyService;
    this.identityService = identityService;
    this.currentUser = currentUser;
  }

  /**
   * Starts a course, or returns the one already started for this case: a retried call never starts a second
   * course. A family outside the age range still starts (the leder reviews it in the course); a young person
   * outside the aftercare age range is refused.
   */
  public Started start(StartCourseRequest request) {
    services.find(request.serviceId()).orElseThrow(
        () -> ApiError.badField("serviceId", "Unknown service '" + request.serviceId() + "'."));
    currentUser.requireMemberOf(request.serviceId());
    Optional<CourseRegistry.CourseRecord> existing = registry.find(request.serviceId(), request.caseReference());
    if (existing.isPresent() && !(request.targetGroup() == TargetGroup.AFTERCARE
        && RegisterCourse.mayComeBack(existing.get(), TargetGroup.AFTERCARE, historyService))) {
      return new Started(status(existing.get()), false);
    }
    validate(request);
    Map<String, Object> vars = new HashMap<>();
    vars.put(SERVICE_ID, request.serviceId());
    vars.put(CASE_REFERENCE, request.caseReference().trim());
    vars.put(BIRTH_DATE, request.birthDate().toString());
    vars.put(DECISION_DATE, request.decisionDate().toString());
    vars.put(KONTAKTPERSON, request.kontaktperson());
    if (request.childFirstName() != null && !request.childFirstName().isBlank()) {
      vars.put("childFirstName", request.childFirstName().trim());
    }
    vars.put("interpreterNeeded", Boolean.TRUE.equals(request.interpreterNeeded()));
    if (request.interpreterLanguage() != null) {
      vars.put("interpreterLanguage", request.interpreterLanguage());
    }
    try {
      runtimeService.startProcessInstanceByKey(request.targetGroup().processKey(), request.caseReference().trim(),
          vars);
    } catch (ProcessEngineException e) {
      // A concurrent identical call won the race: answer with its course.
      Optional<CourseRegistry.CourseRecord> winner = registry.find(request.serviceId(), request.caseReference());
      if (winner.isPresent()) {
        return new Started(status(winner.get()), false);
      }
      throw e;
    }
    CourseRegistry.CourseRecord created = registry.find(request.serviceId(), request.caseReference().trim())
        .orElseThrow();
    return new Started(status(created), true);
  }

  public CourseStatus status(String courseId) {
    CourseRegistry.CourseRecord course = registry.byId(courseId)
        .orElseThrow(() -> ApiError.notFound("No course with id " + courseId + "."));
    currentUser.requireMemberOf(course.serviceId());
    return status(course);
  }

  public CourseStatus find(String serviceId, String caseReference) {
    currentUser.requireMemberOf(serviceId);
    return registry.find(serviceId, caseReference).map(this::status).orElseThrow(
        () -> ApiError.notFound("No course for case " + caseReference + " in service " + serviceId + "."));
  }

  /** The family or the young person withdrew consent: the course ends in an orderly way (event sub-process). */
  public CourseStatus withdrawConsent(String courseId) {
    CourseRegistry.CourseRecord course = registry.byId(courseId)
        .orElseThrow(() -> ApiError.notFound("No course with id " + courseId + "."));
    currentUser.requireMemberOf(course.serviceId());
    try {
      runtimeService.createMessageCorrelation("ConsentWithdrawn")
          .processInstanceId(course.processInstanceId()).correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw ApiError.conflict("The course has ended or its consent withdrawal is already being recorded.");
    }
    return status(course);
  }

  private void validate(StartCourseRequest request) {
    if (request.decisionDate().isBefore(request.birthDate())) {
      throw ApiError.badField("decisionDate", "decisionDate must not be before birthDate.");
    }
    if (request.targetGroup() == TargetGroup.AFTERCARE) {
      aftercareAgeRules.check(request.birthDate(), AftercareAgeRules.today()).ifPresent(refusal -> {
        throw ApiError.badField("birthDate", refusal.english());
      });
    }
    String kontaktperson = request.kontaktperson();
    if (identityService.createUserQuery().userId(kontaktperson)
        .memberOfGroup(Role.KONTAKTPERSON.groupOf(request.serviceId())).count() == 0) {
      throw ApiError.badField("kontaktperson", "'" + kontaktperson + "' is not a kontaktperson in service "
          + request.serviceId() + ".");
    }
  }

  private CourseStatus status(CourseRegistry.CourseRecord course) {
    HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(course.processInstanceId()).singleResult();
    Map<String, Object> vars = new HashMap<>();
    for (HistoricVariableInstance v : historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(course.processInstanceId()).variableNameIn(PHASE, OUTCOME, "closureReason").list()) {
      vars.put(v.getName(), v.getValue());
    }
    List<CourseStatus.OpenStep> open = taskService.createTaskQuery()
        .processInstanceBusinessKey(course.caseReference()).tenantIdIn(course.serviceId())
        .orderByTaskCreateTime().asc().list().stream()
        .map(t -> new CourseStatus.OpenStep(t.getId(), t.getTaskDefinitionKey(), t.getName(), t.getAssignee(),
            t.getCreateTime(), t.getDueDate(), t.getFollowUpDate()))
        .toList();
    boolean ended = instance != null && instance.getEndTime() != null;
    return new CourseStatus(course.id(), course.serviceId(), course.caseReference(), course.targetGroup(),
        course.processInstanceId(), ended ? "ENDED" : "ACTIVE", (String) vars.get(PHASE),
        (String) vars.get(OUTCOME), (String) vars.get("closureReason"),
        instance == null ? null : instance.getStartTime(), instance == null ? null : instance.getEndTime(), open);
  }
}
