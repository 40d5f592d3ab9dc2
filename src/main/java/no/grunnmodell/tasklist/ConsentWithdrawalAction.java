package no.grunnmodell.tasklist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.grunnmodell.course.CourseRegistry;
import no.grunnmodell.course.CourseVariables;
import no.grunnmodell.overview.PhaseNames;
import no.grunnmodell.platform.Acting;
import no.grunnmodell.platform.AsApplication;
import no.grunnmodell.platform.Refusal;
import no.grunnmodell.platform.Text;
import no.grunnmodell.security.Role;
import no.grunnmodell.security.ServiceDirectory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * The Tasklist's «Meld trukket samtykke»: the kontaktperson gives the case number, sees which course and which open
 * steps will stop, and confirms. Confirming starts «Meld fra om trukket samtykke» (ConsentWithdrawalNotice) as the
 * kontaktperson, the same way in as the engine API, so the engine's own grants decide too. Every refusal is a
 * {@link Refusal} with a Norwegian sentence; nothing here answers with a 500.
 */
@Service
public class ConsentWithdrawalAction {

  static final String NOTICE_PROCESS = "ConsentWithdrawalNotice";
  static final String RECORD_WITHDRAWAL_STEPS = "Task_RecordConsentWithdrawal";

  /** What the kontaktperson confirms: the course, and the open steps that stop. */
  public record Preview(String caseReference, String childFirstName, String course, String serviceName,
                        String phase, String kontaktperson, List<Step> openSteps) {
  }

  /** An open step of the course, and who holds it (a name, or null when it is offered to a role). */
  public record Step(String name, String heldBy) {
  }

  /** What happened, for the kontaktperson. */
  public record Outcome(String caseReference, String message) {
  }

  private final CourseRegistry registry;
  private final ServiceDirectory services;
  private final IdentityService identityService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final AsApplication asApplication;
  private final TaskLabels names;

  public ConsentWithdrawalAction(CourseRegistry registry, ServiceDirectory services, IdentityService identityService,
                                 RuntimeService runtimeService, TaskService taskService,
                                 RepositoryService repositoryService, AsApplication asApplication, TaskLabels names) {
    this.registry = registry;
    this.services = services;
    this.identityService = identityService;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.asApplication = asApplication;
    this.names = names;
  }

  /** Whether the signed-in person may report a withdrawal: a kontaktperson of some service. */
  public boolean allowed() {
    return !kontaktpersonServices().isEmpty();
  }

  private List<String> kontaktpersonServices() {
    return services.servicesWhere(Role.KONTAKTPERSON, Acting.now(identityService).groupIds());
  }

  public Preview preview(String caseReference) {
    Running running = running(caseReference);
    ProcessInstance course = running.instance();
    Map<String, Object> variables = runtimeService.getVariables(course.getId(), List.of(
        "childFirstName", CourseVariables.PHASE, CourseVariables.KONTAKTPERSON, CourseVariables.SERVICE_NAME));
    List<Step> steps = new ArrayList<>();
    for (Task task : openSteps(running)) {
      steps.add(new Step(task.getName(), task.getAssignee() == null ? null : names.fullName(task.getAssignee())));
    }
    String courseName = repositoryService.getProcessDefinition(course.getProcessDefinitionId()).getName();
    Object kontaktperson = variables.get(CourseVariables.KONTAKTPERSON);
    return new Preview(running.record().caseReference(), Text.orNull(variables.get(CourseVariables.CHILD_FIRST_NAME)),
        courseName,        Text.orNull(variables.get(CourseVariables.SERVICE_NAME)), PhaseNames.of(Text.orNull(variables.get(CourseVariables.PHASE))),
        kontaktperson == null ? null : names.fullName(kontaktperson.toString()), steps);
  }

  public Outcome withdraw(String caseReference) {
    Running running = running(caseReference);
    // As the kontaktperson: the engine checks their grant to start the notice, and the notice stops the course.
    runtimeService.startProcessInstanceByKey(NOTICE_PROCESS,
        Map.of(CourseVariables.CASE_REFERENCE, running.record().caseReference()));
    return new Outcome(running.record().caseReference(), "Forløpet i sak " + running.record().caseReference()
        + " er stanset. Du har fått steget «Registrer at samtykket er trukket» i oppgavelisten: fyll det ut for å "
        + "avslutte forløpet.");
  }

  private record Running(CourseRegistry.CourseRecord record, ProcessInstance instance) {
  }

  /** The kontaktperson's running course with this case number, or a refusal saying why not. */
  private Running running(String caseReference) {
    String reference = CourseRegistry.caseReference(caseReference);
    if (reference == null) {
      throw Refusal.invalid(CourseVariables.CASE_REFERENCE, "Skriv inn saksnummeret.",
          "caseReference is required.");
    }
    if (reference.length() > CourseRegistry.CASE_REFERENCE_MAX_LENGTH) {
      throw notFound(reference);
    }
    List<String> own = kontaktpersonServices();
    if (own.isEmpty()) {
      throw Refusal.forbidden("Bare kontaktpersoner kan melde fra om at samtykket er trukket.",
          "Only a kontaktperson can report that consent was withdrawn.");
    }
    CourseRegistry.CourseRecord record = own.stream().map(service -> registry.find(service, reference))
        .flatMap(java.util.Optional::stream).findFirst().orElseThrow(() -> notFound(reference));
    // The caller is checked to be the service's kontaktperson; reading its course is then the application's.
    ProcessInstance instance = asApplication.call(() -> runtimeService.createProcessInstanceQuery()
        .processInstanceId(record.processInstanceId()).singleResult());
    if (instance == null) {
      throw Refusal.conflict("Forløpet i sak " + reference + " er allerede avsluttet. Det er ikke noe å stanse.",
          "The course of this case has ended.");
    }
    Running running = new Running(record, instance);
    boolean alreadyWithdrawn = asApplication.call(() -> taskService.createTaskQuery()
        .processInstanceId(instance.getId()).taskDefinitionKey(RECORD_WITHDRAWAL_STEPS).count() > 0);
    if (alreadyWithdrawn) {
      throw Refusal.conflict("Samtykket i sak " + reference + " er allerede meldt trukket: steget «Registrer at "
          + "samtykket er trukket» venter i oppgavelisten.", "The consent withdrawal is already being recorded.");
    }
    return running;
  }

  /** The open steps of the course and of its sub-processes (they carry its case number as business key). */
  private List<Task> openSteps(Running running) {
    return asApplication.call(() -> taskService.createTaskQuery()
        .processInstanceBusinessKey(running.record().caseReference())
        .tenantIdIn(running.record().serviceId()).list()).stream()
        .filter(task -> isOfCourse(task, running.instance().getId()))
        .sorted(Comparator.comparing(Task::getCreateTime)).toList();
  }

  private boolean isOfCourse(Task task, String courseInstanceId) {
    if (courseInstanceId.equals(task.getProcessInstanceId())) {
      return true;
    }
    ProcessInstance instance = asApplication.call(() -> runtimeService.createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult());
    return instance != null && courseInstanceId.equals(instance.getRootProcessInstanceId());
  }

  private static Refusal notFound(String reference) {
    return Refusal.notFound("Fant ikke noe forløp med saksnummer " + reference + " i din tjeneste. Sjekk "
        + "saksnummeret.", "No course with this case reference in your service.");
  }
}
