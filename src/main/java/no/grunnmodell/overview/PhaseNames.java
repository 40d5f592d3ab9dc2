package no.grunnmodell.overview;

import java.util.Map;

/** The phases of a course (the {@code phase} extension properties in the diagrams) as a leder reads them. */
public final class PhaseNames {

  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("INTAKE", "Mottak"),
      Map.entry("CONSENT", "Samtykke"),
      Map.entry("FOLLOW_UP_AFTER_NO", "Oppfølging etter nei til ettervern"),
      Map.entry("STARTUP", "Oppstartsfase"),
      Map.entry("IMPLEMENTATION", "Tiltak pågår"),
      Map.entry("EVALUATION", "Evaluering"),
      Map.entry("PLAN_REVISION", "Revisjon av planen"),
      Map.entry("REFERRAL", "Henvisning til Bufetat"),
      Map.entry("CLOSURE", "Avslutning"),
      Map.entry("CONSENT_WITHDRAWN", "Samtykket er trukket"),
      Map.entry("ENDED", "Avsluttet"));

  private PhaseNames() {
  }

  /** Every named phase, code to Norwegian name (Cockpit's variable labels show the same words). */
  public static Map<String, String> all() {
    return NAMES;
  }

  /** The Norwegian name; a phase a newer diagram adds shows as its code until it is named here. */
  public static String of(String phase) {
    return phase == null ? "Ikke registrert" : NAMES.getOrDefault(phase, phase);
  }
}
