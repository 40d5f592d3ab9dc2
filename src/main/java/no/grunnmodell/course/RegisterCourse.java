package no.grunnmodell.course;

import no.grunnmodell.form.FormInput;
import no.grunnmodell.platform.Acting;
import static no.grunnmodell.course.CourseVariables.*;

import java.time.LocalDate;
import java.util.Set;
import no.grunnmodell.platform.Days;
import no.grunnmodell.platform.EngineClock;
import no.grunnmodell.platform.Text;
import org.camunda.bpm.engine.HistoryService;
import no.grunnmodell.form.FormEnforcement;
import no.grunnmodell.platform.Refusal;
import no.grunnmodell.security.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import no.grunnmodell.platform.ModelProperties;
import no.grunnmodell.security.ServiceDirectory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Process start listener of a course: checks what the start form or the REST API gave, turns form dates into
 * real dates, fills in the service, the kontaktperson and who started the course ({@code startedBy}), and records
 * the course in the course registry ({@code created_by} is who started it, else the kontaktperson).
 * The target group comes from the diagram's extension property {@code targetGroup}.
 * A case has one course, except that a young person who said no to aftercare may come back before 25
 * (bvl. § 3-6): the new course is linked to the one before ({@code previousCourseId}). A course taken over from
 * another service when a family moved is linked to the sending service's course as well: the application starts it
 * with {@code handoverId}, which must name a handover sent to this service and not yet answered; its case number
 * may have had a course here before, but not one that is still running.
 */
@Component("registerCourse")
public class RegisterCourse implements ExecutionListener {

  /** Outcomes of an aftercare course after which the young person may come back: they said no. */
  static final Set<String> AFTERCARE_COME_BACK_OUTCOMES = Set.of("CONSENT_REFUSED", "CONSENT_WITHDRAWN",
      "AFTERCARE_REFUSED");

  private final CourseRegistry registry;
  private final ServiceDirectory services;
  private final FormEnforcement forms;
  private final CourseHandovers handovers;

  public RegisterCourse(CourseRegistry registry, ServiceDirectory services, FormEnforcement forms,
                        CourseHandovers handovers) {
    this.registry = registry;
    this.services = services;
    this.forms = forms;
    this.handovers = handovers;
  }

  @Override
  public void notify(DelegateExecution execution) {
    forms.checkStart(execution);
    String serviceId = execution.getTenantId();
    ServiceDirectory.Service service = serviceId == null ? null : services.find(serviceId).orElse(null);
    if (service == null) {
      throw Refusal.forbidden("Forløpet må høre til én barnevernstjeneste. Kontakt administrator hvis du er med i "
          + "flere tjenester eller ingen.", "A course belongs to exactly one service: serviceId is missing or unknown.");
    }
    TargetGroup group = ModelProperties.get(execution, TARGET_GROUP).map(TargetGroup::valueOf)
        .orElseThrow(() -> new IllegalStateException("Process " + execution.getProcessDefinitionId()
            + " lacks the extension property targetGroup"));

    String caseReference = CourseRegistry.caseReference(execution.getVariable(CASE_REFERENCE));
    if (caseReference == null) {
      throw Refusal.invalid(CASE_REFERENCE, "Saksnummer må fylles ut.", "caseReference is required.");
    }
    LocalDate birthDate = FormInput.date(execution.getVariable(BIRTH_DATE), BIRTH_DATE, "Fødselsdato");
    LocalDate decisionDate = FormInput.date(execution.getVariable(DECISION_DATE), DECISION_DATE, "Vedtaksdato");
    CourseDates.check(birthDate, decisionDate, EngineClock.today()).ifPresent(refusal -> {
      throw refusal;
    });

    Acting user = Acting.now(execution.getProcessEngineServices());
    String kontaktperson = Text.orNull(execution.getVariable(KONTAKTPERSON));
    if (kontaktperson == null) {
      kontaktperson = user.userId();
    }
    if (kontaktperson == null) {
      throw Refusal.invalid(KONTAKTPERSON, "Kontaktperson må velges.", "kontaktperson is required.");
    }
    IdentityService identities = execution.getProcessEngineServices().getIdentityService();
    if (identities.createUserQuery().userId(kontaktperson).memberOfGroup(Role.KONTAKTPERSON.groupOf(service.id()))
        .count() == 0) {
      throw Refusal.invalid(KONTAKTPERSON, "Kontaktpersonen må være kontaktperson i " + service.name() + ".",
          "kontaktperson must be a kontaktperson in service " + service.id() + ".");
    }
    // Whoever is signed in started the course (Tasklist, engine REST), so a variable cannot name someone else; the
    // course API starts as the application and names its checked caller in the variable.
    String startedBy = !user.isApplication() ? user.userId() : Text.orNull(execution.getVariable(STARTED_BY));

    execution.setVariable(SERVICE_ID, service.id());
    execution.setVariable(SERVICE_NAME, service.name());
    execution.setVariable(TARGET_GROUP, group.name());
    execution.setVariable(CASE_REFERENCE, caseReference);
    execution.setVariable(BIRTH_DATE, Days.toDate(birthDate));
    execution.setVariable(DECISION_DATE, Days.toDate(decisionDate));
    execution.setVariable(DECISION_DATE_TEXT, Days.text(decisionDate));
    execution.setVariable(KONTAKTPERSON, kontaktperson);
    if (startedBy != null) {
      execution.setVariable(STARTED_BY, startedBy);
    }
    HistoryService history = execution.getProcessEngineServices().getHistoryService();
    CourseRegistry.CourseRecord handedOver = user.isApplication() ? handedOver(execution, service, caseReference)
        : null;
    CourseRegistry.CourseRecord previous = handedOver != null ? null : registry.find(service.id(), caseReference)
        .filter(course -> mayComeBack(course, group, history)).orElse(null);
    String createdBy = startedBy != null ? startedBy : kontaktperson;
    try {
      CourseRegistry.CourseRecord course = handedOver != null
          ? registry.registerHandover(service.id(), caseReference, group, execution.getProcessInstanceId(), createdBy,
              handedOver)
          : registry.register(service.id(), caseReference, group, execution.getProcessInstanceId(), createdBy,
              previous);
      execution.setVariable(COURSE_ID, course.id());
    } catch (DuplicateKeyException e) {
      throw Refusal.conflict("Det finnes allerede et forløp for dette saksnummeret i " + service.name() + ".",
          "Service " + service.id() + " already has a course for this case reference.");
    }
    if (handedOver != null) {
      execution.setVariable(PREVIOUS_COURSE_ID, handedOver.id());
    }
    if (previous != null) {
      execution.setVariable(PREVIOUS_COURSE_ID, previous.id());
      execution.setVariable(PREVIOUS_PROCESS_INSTANCE_ID, previous.processInstanceId());
    }
    execution.setProcessBusinessKey(caseReference);
  }

  /**
   * The sending service's course, when this course takes it over: {@code handoverId} names a handover sent to this
   * service that waits for its answer. Null when the course is no handover. The case must not have a running course
   * here already.
   */
  private CourseRegistry.CourseRecord handedOver(DelegateExecution execution, ServiceDirectory.Service service,
                                                 String caseReference) {
    String handoverId = Text.orNull(execution.getVariable(HANDOVER_ID));
    if (handoverId == null) {
      return null;
    }
    String handedOverCourse = handovers.waitingCourse(handoverId, service.id()).orElseThrow(() -> Refusal.conflict(
        "Overføringen er allerede besvart, eller gjelder en annen tjeneste.",
            "handoverId does not name a handover to this service that waits for an answer."));
    registry.find(service.id(), caseReference).filter(course -> execution.getProcessEngineServices()
        .getRuntimeService().createProcessInstanceQuery().processInstanceId(course.processInstanceId()).count() > 0)
        .ifPresent(course -> {
          throw Refusal.conflict("Saksnummeret har allerede et forløp som pågår i " + service.name()
              + ". Bruk saksnummeret familien skal ha for dette forløpet.",
              "The case reference already has a running course in service " + service.id() + ".");
        });
    return registry.byId(handedOverCourse).orElseThrow();
  }

  /** The outcome is set at the course's end events only, so a course that has one has ended. */
  static boolean mayComeBack(CourseRegistry.CourseRecord previous, TargetGroup group, HistoryService history) {
    if (group != TargetGroup.AFTERCARE || previous.targetGroup() != TargetGroup.AFTERCARE) {
      return false;
    }
    HistoricVariableInstance outcome = history.createHistoricVariableInstanceQuery()
        .processInstanceId(previous.processInstanceId()).variableName(OUTCOME).singleResult();
    return outcome != null && AFTERCARE_COME_BACK_OUTCOMES.contains(outcome.getValue());
  }
}
