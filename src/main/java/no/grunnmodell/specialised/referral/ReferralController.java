package no.grunnmodell.specialised.referral;

import no.grunnmodell.specialised.referral.ReferralService.DecisionRequest;
import no.grunnmodell.specialised.referral.ReferralService.ReferralView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Referrals for the case system, and Bufetat's answer to one ({@link ReferralService}). Documented in docs/api.md. */
@RestController
public class ReferralController {

  private final ReferralService referrals;

  public ReferralController(ReferralService referrals) {
    this.referrals = referrals;
  }

  @GetMapping("/api/referrals/{id}")
  public ReferralView referral(@PathVariable String id) {
    return referrals.referral(id);
  }

  @PostMapping("/api/referrals/{id}/decision")
  public ReferralView decide(@PathVariable String id, @RequestBody(required = false) DecisionRequest body) {
    return referrals.decide(id, body);
  }
}
