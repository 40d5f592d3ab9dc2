package no.grunnmodell.course;

import no.grunnmodell.platform.Acting;
import no.grunnmodell.platform.Refusal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * «Be om evaluering i forløpet» («Be om evaluering nå» in the Tasklist; the case system uses
 * POST /api/courses/{id}/evaluation-request): finds the course of the case in the caller's own service and
 * asks it for its evaluation now: «Evaluer tiltaksplanen» in a family course, «Evaluer planen med den unge» in an
 * aftercare course (both diagrams catch the message {@value EvaluationRequests#MESSAGE}).
 */
@Component("requestEvaluation")
public class RequestEvaluation implements JavaDelegate {

  private final CourseRegistry registry;
  private final EvaluationRequests requests;

  public RequestEvaluation(CourseRegistry registry, EvaluationRequests requests) {
    this.registry = registry;
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String service = execution.getTenantId();
    String caseReference = CourseRegistry.caseReference(execution.getVariable(CourseVariables.CASE_REFERENCE));
    CourseRegistry.CourseRecord course = service == null || caseReference == null ? null
        : registry.find(service, caseReference).orElse(null);
    if (course == null) {
      throw Refusal.invalid(CourseVariables.CASE_REFERENCE, "Fant ikke noe forløp med dette saksnummeret i din "
          + "tjeneste. Sjekk saksnummeret.", "No course with this case reference in your service.");
    }
    Object reason = execution.getVariable(EvaluationRequests.REASON);
    if (!requests.request(course.processInstanceId(), reason == null ? null : reason.toString(),
        Acting.now(execution.getProcessEngineServices()).userId())) {
      throw Refusal.conflict("Forløpet i denne saken venter ikke på en evaluering nå: evalueringen er allerede "
          + "åpen, tiltaksplanen er ikke vedtatt ennå, eller forløpet er avsluttet.",
          "The course does not wait for an evaluation now: one is already open, the plan is not agreed yet, or the "
              + "course has ended.");
    }
  }
}
