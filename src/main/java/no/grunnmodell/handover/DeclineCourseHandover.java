package no.grunnmodell.handover;

import static no.grunnmodell.handover.HandoverVariables.*;

import no.grunnmodell.audit.AuditTrail;
import no.grunnmodell.platform.Refusal;
import no.grunnmodell.platform.Text;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * «Gi beskjed om at forløpet ikke tas imot»: the receiving leder declined, with a reason that the sending service
 * sees, in its course status and audit trail (who and when) and in the kontaktperson's next step, where the summary
 * is sent by other means or not at all.
 */
@Component("declineCourseHandover")
public class DeclineCourseHandover implements JavaDelegate {

  private final HandoverRegistry handovers;
  private final AuditTrail auditTrail;
  private final SendingSide sendingSide;

  public DeclineCourseHandover(HandoverRegistry handovers, AuditTrail auditTrail, SendingSide sendingSide) {
    this.handovers = handovers;
    this.auditTrail = auditTrail;
    this.sendingSide = sendingSide;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Handover handover = handovers.of(execution);
    String reason = Text.orNull(execution.getVariable(DECLINE_REASON));
    if (reason == null) {
      throw Refusal.invalid(DECLINE_REASON, "Skriv hvorfor dere ikke tar imot forløpet.",
          "handoverDeclineReason is required when the handover is declined.");
    }
    String leder = SendingSide.decidedBy(execution);
    handovers.declined(handover.id(), reason, leder);
    auditTrail.record(execution, handover.courseId(), "HANDOVER_DECLINED", handover.toServiceId(), leder);
    sendingSide.answer(handover, HandoverStatus.DECLINED, reason);
  }
}
