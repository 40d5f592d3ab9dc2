package no.grunnmodell.specialised.referral;

import org.camunda.bpm.engine.ProcessEngineException;

/** A referral was asked to take a step its status does not allow, e.g. a second decision on a decided referral. */
public class ReferralStateException extends ProcessEngineException {

  private final transient Referral referral;

  public ReferralStateException(Referral referral, String message) {
    super(message);
    this.referral = referral;
  }

  public Referral referral() {
    return referral;
  }
}
