package no.grunnmodell.course;

import no.grunnmodell.platform.Refusal;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * «Stans forløpet i saken»: the Tasklist way to say that consent was withdrawn (the case system uses
 * POST /api/courses/{id}/consent-withdrawal). Finds the course of the case in the caller's own service and
 * triggers its withdrawal event sub-process.
 */
@Component("reportConsentWithdrawal")
public class ReportConsentWithdrawal implements JavaDelegate {

  private final CourseRegistry registry;

  public ReportConsentWithdrawal(CourseRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String service = execution.getTenantId();
    Object caseReference = execution.getVariable(CourseVariables.CASE_REFERENCE);
    CourseRegistry.CourseRecord course = service == null || caseReference == null ? null
        : registry.find(service, caseReference.toString()).orElse(null);
    if (course == null) {
      throw Refusal.invalid(CourseVariables.CASE_REFERENCE, "Fant ikke noe forløp med dette saksnummeret i din "
          + "tjeneste. Sjekk saksnummeret.", "No course with this case reference in your service.");
    }
    try {
      execution.getProcessEngineServices().getRuntimeService()
          .createMessageCorrelation(CourseVariables.CONSENT_WITHDRAWN_MESSAGE)
          .processInstanceId(course.processInstanceId()).correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw Refusal.conflict("Forløpet i denne saken er allerede avsluttet, eller samtykket er allerede "
          + "meldt trukket.", "The course has ended, or its consent withdrawal is already being recorded.");
    }
  }
}
