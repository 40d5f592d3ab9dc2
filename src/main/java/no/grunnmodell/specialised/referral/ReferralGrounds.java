package no.grunnmodell.specialised.referral;

import java.time.LocalDate;
import no.grunnmodell.platform.Days;

/**
 * What a referral rests on, as the kontaktperson recorded it in «Forbered henvisning til Bufetat»: whether the
 * problems could lead to a placement outside the home and, if not or uncertain, why it is referred anyway; and the
 * family's consent to the referral and to sharing information with Bufetat. Kept with the referral in gm_referral.
 */
public record ReferralGrounds(String placementRisk, String placementRiskReason, String referralConsent,
                       String sharingConsent, LocalDate consentDate) {

  static final String YES = "YES";
  static final String UNCERTAIN = "UNCERTAIN";
  static final String NO = "NO";
  static final String GIVEN = "GIVEN";

  boolean consentsGiven() {
    return GIVEN.equals(referralConsent) && GIVEN.equals(sharingConsent);
  }

  /** The grounds as the leder reads them before approving. */
  String text() {
    StringBuilder s = new StringBuilder("**Kan problemene føre til plassering utenfor hjemmet?** ")
        .append(switch (placementRisk == null ? "" : placementRisk) {
          case YES -> "Ja.";
          case UNCERTAIN -> "Usikkert.";
          case NO -> "Nei.";
          default -> "Ikke vurdert.";
        });
    if (placementRiskReason != null) {
      s.append(" Henvises likevel fordi: ").append(placementRiskReason);
    }
    s.append("\n\n**Familiens samtykke:** ");
    if (consentsGiven()) {
      s.append("til henvisningen og til at opplysninger deles med Bufetat");
      if (consentDate != null) {
        s.append(", gitt ").append(no.grunnmodell.platform.Days.text(consentDate));
      }
      s.append('.');
    } else {
      s.append("ikke gitt.");
    }
    return s.toString();
  }
}
