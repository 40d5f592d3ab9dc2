package no.grunnmodell.specialised;

import java.time.LocalDate;
import java.util.Map;
import no.grunnmodell.course.FormValues;

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
    return measure + " fra " + FormValues.text(start) + ", innvilget av Bufetat " + FormValues.text(grantedOn);
  }

  /** «MST – multisystemisk terapi 01.02.2027–30.06.2027, innvilget av Bufetat 15.01.2027: gjennomført som planlagt» */
  static String ended(String measure, LocalDate start, LocalDate end, LocalDate grantedOn, String endReason) {
    return measure + " " + FormValues.text(start) + "–" + FormValues.text(end)
        + (grantedOn == null ? "" : ", innvilget av Bufetat " + FormValues.text(grantedOn)) + ": "
        + END_REASONS.getOrDefault(endReason, "avsluttet");
  }
}
