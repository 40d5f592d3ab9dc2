package no.grunnmodell.handover;

import static no.grunnmodell.handover.HandoverVariables.*;

import java.time.LocalDate;
import no.grunnmodell.form.FormInput;
import no.grunnmodell.platform.EngineClock;
import no.grunnmodell.platform.Refusal;
import no.grunnmodell.platform.Text;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of «Send oppsummering til ny barnevernstjeneste»: the kontaktperson sent the summary by other
 * means (on a day that has come, by a channel), or says it will not be sent. Kept with the handover; the decision
 * itself is in the audit trail through the step's marks.
 */
@Component("summarySendingBookkeeping")
public class SummarySendingBookkeeping implements TaskListener {

  static final String SENT = "SENT";
  static final String NOT_SENT = "NOT_SENT";

  private final HandoverRegistry handovers;

  public SummarySendingBookkeeping(HandoverRegistry handovers) {
    this.handovers = handovers;
  }

  @Override
  public void notify(DelegateTask task) {
    String id = (String) task.getVariable(HANDOVER_ID);
    String answer = Text.orNull(task.getVariable(SUMMARY_SENT));
    if (NOT_SENT.equals(answer)) {
      handovers.summaryNotSent(id);
      task.setVariable(OUTCOME, HandoverStatus.SUMMARY_NOT_SENT.name());
      return;
    }
    if (!SENT.equals(answer)) {
      throw Refusal.invalid(SUMMARY_SENT, "Svar på om oppsummeringen er sendt.",
          "summarySent must be SENT or NOT_SENT.");
    }
    LocalDate on = FormInput.date(task.getVariable(SUMMARY_SENT_ON), SUMMARY_SENT_ON,
        "Dato oppsummeringen ble sendt");
    if (on.isAfter(EngineClock.today())) {
      throw Refusal.invalid(SUMMARY_SENT_ON, "Datoen oppsummeringen ble sendt, kan ikke være fram i tid: registrer "
          + "det når den er sendt.", "summarySentOn cannot be in the future.");
    }
    String channel = Text.orNull(task.getVariable(SUMMARY_CHANNEL));
    if (channel == null) {
      throw Refusal.invalid(SUMMARY_CHANNEL, "Velg hvordan oppsummeringen ble sendt.",
          "summarySentHow is required when the summary was sent.");
    }
    handovers.summarySent(id, on, channel);
    task.setVariable(OUTCOME, HandoverStatus.SUMMARY_SENT.name());
  }
}
