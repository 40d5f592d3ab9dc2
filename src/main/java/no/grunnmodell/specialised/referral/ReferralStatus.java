package no.grunnmodell.specialised.referral;

import java.util.Set;

/** Where a referral stands in gm_referral. Each step of the referral diagram moves it on. */
public enum ReferralStatus {
  /** Proposals made; the kontaktperson is preparing it. */
  DRAFT,
  /** The kontaktperson decided not to refer. */
  NOT_SENT,
  /** Prepared, waiting for the leder. */
  PREPARED,
  NOT_APPROVED,
  /** Approved and recorded as sent to Bufetat's intake; waiting for the decision. */
  SENT,
  GRANTED,
  REFUSED,
  /** Withdrawn by the service, or ended because the consent was withdrawn. */
  WITHDRAWN,
  /** The granted measure has ended and its egenandel is computed. */
  ENDED;

  /** Statuses in which a withdrawal of consent still changes something. */
  static final Set<ReferralStatus> OPEN = Set.of(DRAFT, PREPARED, SENT, GRANTED);
}
