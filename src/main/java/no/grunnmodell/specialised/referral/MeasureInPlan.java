package no.grunnmodell.specialised.referral;

import java.time.LocalDate;
import java.util.Map;
import no.grunnmodell.platform.Days;

/**
 * A specialised measure as one line of the family's plan ({@code specialisedMeasureInPlan}), which the plan and
 * evaluation forms show beside the municipal measures: what Bufetat gave and from when while it runs, and how it
 * ended once it has, so the next evaluation sees it without reading the referral.
 */
final class MeasureInPlan {

  private static final Map<String, String> END_REASONS = Map.of(
      "COMPLETED", "gjennomført som planlagt",
      "ENDED_EARLY", "avsluttet før tiden",
      "OTHER", "avsluttet");

  private MeasureInPlan() {
  }

  /** «MST – multisystemisk terapi fra 01.02.2027, innvilget av Bufetat 15.01.2027» */
  static String running(String measure, LocalDate start, LocalDate grantedOn) {
    return measure + " fra " + Days.text(start) + ", innvilget av Bufetat " + Days.text(grantedOn);
  }

  /** «MST – multisystemisk terapi 01.02.2027–30.06.2027, innvilget av Bufetat 15.01.2027: gjennomført som planlagt» */
  static String ended(String measure, LocalDate start, LocalDate end, LocalDate grantedOn, String endReason) {
    return measure + " " + Days.text(start) + "–" + Days.text(end)
        + (grantedOn == null ? "" : ", innvilget av Bufetat " + Days.text(grantedOn)) + ": "
        + END_REASONS.getOrDefault(endReason, "avsluttet");
  }
}
