package no.grunnmodell.specialised.referral;

import no.grunnmodell.platform.EngineClock;
import no.grunnmodell.platform.Refusal;
import static no.grunnmodell.specialised.referral.ReferralVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of «Registrer Bufetats avgjørelse», for an answer that came by letter or phone, or to withdraw
 * the referral: the same rules as Bufetat's answer over REST, in Norwegian.
 */
@Component("bufetatDecisionEntryBookkeeping")
public class BufetatDecisionEntryBookkeeping implements TaskListener {

  static final String SOURCE = "CASEWORKER";

  private final ReferralRegistry referrals;

  public BufetatDecisionEntryBookkeeping(ReferralRegistry referrals) {
    this.referrals = referrals;
  }

  @Override
  public void notify(DelegateTask task) {
    Referral referral = referrals.find((String) task.getVariable(REFERRAL_ID)).orElseThrow();
    BufetatDecision.Parsed parsed = BufetatDecision.parse(task.getVariable(DECISION), task.getVariable(DECISION_DATE),
        task.getVariable(DECISION_REASON), task.getVariable(MEASURE_START), true,
        RecordBufetatDecision.sentOn(referral), EngineClock.today());
    if (!parsed.valid()) {
      throw Refusal.invalid(parsed.problems().get(0).field(), "Avgjørelsen kan ikke registreres ennå: "
          + BufetatDecision.norwegian(parsed.problems()), BufetatDecision.english(parsed.problems()));
    }
    task.setVariable(DECISION_SOURCE, SOURCE);
    task.setVariable(DECISION_RECORDED_BY, Caseworker.of(task));
  }
}
