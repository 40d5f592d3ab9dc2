package no.grunnmodell.specialised.referral;

import no.grunnmodell.platform.Days;
import no.grunnmodell.platform.EngineClock;
import no.grunnmodell.platform.Refusal;
import static no.grunnmodell.specialised.referral.ReferralVariables.*;

import no.grunnmodell.platform.Text;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of «Godkjenn henvisning»: the leder approves, or rejects with a reason the kontaktperson will
 * see when revising the plan. Who approved is kept with the referral when it is sent.
 */
@Component("referralApprovalBookkeeping")
public class ReferralApprovalBookkeeping implements TaskListener {

  private final ReferralRegistry referrals;

  public ReferralApprovalBookkeeping(ReferralRegistry referrals) {
    this.referrals = referrals;
  }

  @Override
  public void notify(DelegateTask task) {
    String decision = Text.orNull(task.getVariable(APPROVAL));
    if ("APPROVED".equals(decision)) {
      task.setVariable(APPROVED_BY, Caseworker.of(task));
      return;
    }
    if (!"REJECTED".equals(decision)) {
      throw Refusal.invalid(APPROVAL, "Velg om henvisningen er godkjent eller ikke.",
          "referralApproval must be APPROVED or REJECTED.");
    }
    String comment = Text.orNull(task.getVariable(APPROVAL_COMMENT));
    if (comment == null) {
      throw Refusal.invalid(APPROVAL_COMMENT, "Skriv hvorfor henvisningen ikke godkjennes, så kontaktpersonen ser "
          + "det når planen revideres.", "referralApprovalComment is required when the referral is not approved.");
    }
    referrals.notApproved((String) task.getVariable(REFERRAL_ID), comment, Caseworker.of(task));
    task.setVariable(OUTCOME_NOTE, "Leder godkjente ikke henvisningen til " + task.getVariable(MEASURE_NAME) + " ("
        + Days.text(EngineClock.today()) + "): " + comment);
  }
}
