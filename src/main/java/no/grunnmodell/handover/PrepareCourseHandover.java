package no.grunnmodell.handover;

import static no.grunnmodell.handover.HandoverVariables.*;

import no.grunnmodell.audit.AuditTrail;
import no.grunnmodell.course.CourseVariables;
import no.grunnmodell.platform.Refusal;
import no.grunnmodell.platform.Text;
import no.grunnmodell.security.ServiceDirectory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * «Forbered overføringen», the first step when a family that moved is closed: what the closure form says about the
 * family's consent and where they moved is checked and recorded (gm_course_handover, and HANDOVER_CONSENT in the
 * audit trail), and with consent the summary is made for whoever receives it. Without consent nothing is sent.
 */
@Component("prepareCourseHandover")
public class PrepareCourseHandover implements JavaDelegate {

  static final String IN_SYSTEM = "IN_SYSTEM";
  static final String NO_CONSENT = "NO_CONSENT";

  private final HandoverRegistry handovers;
  private final ServiceDirectory services;
  private final CourseSummaries summaries;
  private final SummaryText summaryText;
  private final AuditTrail auditTrail;

  public PrepareCourseHandover(HandoverRegistry handovers, ServiceDirectory services, CourseSummaries summaries,
                               SummaryText summaryText, AuditTrail auditTrail) {
    this.handovers = handovers;
    this.services = services;
    this.summaries = summaries;
    this.summaryText = summaryText;
    this.auditTrail = auditTrail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String consent = Text.orNull(execution.getVariable(CONSENT));
    if (!"GIVEN".equals(consent) && !"REFUSED".equals(consent)) {
      throw Refusal.invalid(CONSENT, "Svar på om familien samtykker til at en oppsummering sendes til den nye "
          + "barnevernstjenesten.", "handoverConsent must be GIVEN or REFUSED.");
    }
    boolean given = "GIVEN".equals(consent);
    String from = execution.getTenantId();
    String to = given ? destination(execution, from) : null;
    String municipality = given && to == null ? Text.orNull(execution.getVariable(MUNICIPALITY)) : null;
    String kontaktperson = Text.orNull(execution.getVariable(CourseVariables.KONTAKTPERSON));
    String courseId = (String) execution.getVariable(CourseVariables.COURSE_ID);

    Handover handover = handovers.open(courseId, from, to, municipality, execution.getProcessInstanceId(), given,
        kontaktperson);
    auditTrail.record(execution, courseId, "HANDOVER_CONSENT", consent, kontaktperson);
    execution.setVariable(HANDOVER_ID, handover.id());
    if (!given) {
      execution.setVariable(ROUTE, NO_CONSENT);
      execution.setVariable(OUTCOME, HandoverStatus.NO_CONSENT.name());
      return;
    }
    execution.setVariable(ROUTE, to != null ? IN_SYSTEM : OUTSIDE);
    execution.setVariable(DESTINATION_NAME, to != null ? services.find(to).orElseThrow().name() : municipality);
    execution.setVariable(SUMMARY, summaryText.text(summaries.of(courseId)));
  }

  /** The receiving service, or null for a municipality outside the system (whose name is then required). */
  private String destination(DelegateExecution execution, String from) {
    String chosen = Text.orNull(execution.getVariable(SERVICE));
    if (chosen == null) {
      throw Refusal.invalid(SERVICE, "Velg hvilken barnevernstjeneste familien hører til nå.",
          "handoverServiceId is required when the family consents.");
    }
    if (OUTSIDE.equals(chosen)) {
      if (Text.orNull(execution.getVariable(MUNICIPALITY)) == null) {
        throw Refusal.invalid(MUNICIPALITY, "Skriv hvilken kommune familien har flyttet til.",
            "handoverMunicipality is required for a municipality outside the system.");
      }
      return null;
    }
    if (chosen.equals(from) || services.find(chosen).isEmpty()) {
      throw Refusal.invalid(SERVICE, "Velg en annen barnevernstjeneste enn deres egen fra listen.",
          "handoverServiceId must be another service of this installation, or OUTSIDE.");
    }
    return chosen;
  }
}
