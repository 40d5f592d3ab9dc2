package no.grunnmodell.specialised.referral;

import static no.grunnmodell.specialised.referral.ReferralVariables.*;

import no.grunnmodell.platform.Days;
import no.grunnmodell.platform.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * «Registrer henvisningen som sendt»: the approved referral is recorded as sent to Bufetat's intake (status SENT).
 * Sending itself is outside this system. Sets when the reminder fires if Bufetat has not answered, from
 * config/grunnmodell.yml; a running referral keeps the time it was sent with.
 */
@Component("sendReferral")
public class SendReferral implements JavaDelegate {

  private final ReferralRegistry referrals;
  private final SpecialisedReferralSettings settings;

  public SendReferral(ReferralRegistry referrals, SpecialisedReferralSettings settings) {
    this.referrals = referrals;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    referrals.sent((String) execution.getVariable(REFERRAL_ID), (String) execution.getVariable(APPROVED_BY));
    execution.setVariable(ANSWER_REMINDER, settings.bufetatAnswerReminderIso());
    execution.setVariable(SENT_TEXT, "Henvisningen til " + execution.getVariable(MEASURE_NAME)
        + " ble sendt til Bufetats inntak " + Days.text(EngineClock.today()) + ". Kontaktpersonen får en"
        + " påminnelse hvis Bufetat ikke har svart innen " + settings.bufetatAnswerReminderText() + ".");
  }
}
