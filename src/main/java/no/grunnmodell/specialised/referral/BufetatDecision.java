package no.grunnmodell.specialised.referral;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import no.grunnmodell.form.FormInput;
import no.grunnmodell.platform.Days;
import no.grunnmodell.platform.Text;

/**
 * Bufetat's answer to a referral, or the service withdrawing it, with the rules both ways in must keep: the REST
 * endpoint (problems in English, naming the JSON field) and the caseworker's form (problems in Norwegian, naming
 * the label). Nothing is recorded unless the whole decision is valid.
 */
public record BufetatDecision(ReferralStatus status, LocalDate decidedOn, String reason, LocalDate measureStart) {

  /** One thing wrong with a decision: the JSON field, and what to tell a system and a person. */
  public record Problem(String field, String english, String norwegian) {
  }

  /** Either a decision or the problems that stop it. */
  public record Parsed(BufetatDecision decision, List<Problem> problems) {

    public boolean valid() {
      return problems.isEmpty();
    }
  }

  /**
   * @param allowWithdrawn only the caseworker may withdraw; Bufetat grants or refuses
   * @param sentOn         the day the referral was sent: a decision cannot be older
   */
  public static Parsed parse(Object decision, Object decidedOn, Object reason, Object measureStart,
                             boolean allowWithdrawn, LocalDate sentOn, LocalDate today) {
    List<Problem> problems = new ArrayList<>();
    String allowed = allowWithdrawn ? "GRANTED, REFUSED or WITHDRAWN" : "GRANTED or REFUSED";
    ReferralStatus status = null;
    String value = Text.orNull(decision);
    if (value == null) {
      problems.add(new Problem("decision", "decision is required: " + allowed + ".", "Velg avgjørelsen."));
    } else if (value.equals("GRANTED") || value.equals("REFUSED") || allowWithdrawn && value.equals("WITHDRAWN")) {
      status = ReferralStatus.valueOf(value);
    } else {
      problems.add(new Problem("decision", "decision must be " + allowed + ", not '" + value + "'.",
          "Avgjørelsen «" + value + "» er ukjent."));
    }

    LocalDate decided = date(decidedOn, "decidedOn", "Dato for avgjørelsen", problems);
    if (decided != null && decided.isAfter(today)) {
      problems.add(new Problem("decidedOn", "decidedOn cannot be in the future (" + decided + ").",
          "Dato for avgjørelsen kan ikke være fram i tid."));
    } else if (decided != null && sentOn != null && decided.isBefore(sentOn)) {
      problems.add(new Problem("decidedOn", "decidedOn (" + decided + ") cannot be before the referral was sent ("
          + sentOn + ").", "Dato for avgjørelsen kan ikke være før henvisningen ble sendt ("
          + Days.text(sentOn) + ")."));
    }

    LocalDate start = null;
    String why = Text.orNull(reason);
    if (status == ReferralStatus.GRANTED) {
      start = date(measureStart, "measureStart", "Oppstart", problems);
      if (start != null && decided != null && start.isBefore(decided)) {
        problems.add(new Problem("measureStart", "measureStart (" + start + ") cannot be before decidedOn ("
            + decided + ").", "Oppstart kan ikke være før datoen for avgjørelsen."));
      }
    } else if (status != null && why == null) {
      problems.add(new Problem("reason", "reason is required when the decision is " + status + ".",
          status == ReferralStatus.REFUSED ? "Skriv Bufetats begrunnelse for avslaget."
              : "Skriv hvorfor henvisningen trekkes."));
    }
    return problems.isEmpty()
        ? new Parsed(new BufetatDecision(status, decided, why, start), List.of())
        : new Parsed(null, List.copyOf(problems));
  }

  /** A date from JSON (yyyy-MM-dd) or from a form (ISO date or date-time), read as {@link FormInput} reads it. */
  private static LocalDate date(Object value, String field, String label, List<Problem> problems) {
    try {
      LocalDate day = FormInput.dateOrNull(value);
      if (day == null) {
        problems.add(new Problem(field, field + " is required (a date, e.g. 2026-12-01).", label + " må fylles ut."));
      }
      return day;
    } catch (DateTimeParseException e) {
      problems.add(new Problem(field, field + " must be a date as yyyy-MM-dd, not '" + Text.orNull(value) + "'.",
          label + " er ikke en gyldig dato."));
      return null;
    }
  }

  /** The problems as one Norwegian sentence for a caseworker. */
  public static String english(List<Problem> problems) {
    return String.join(" ", problems.stream().map(Problem::english).toList());
  }

  public static String norwegian(List<Problem> problems) {
    return String.join(" ", problems.stream().map(Problem::norwegian).toList());
  }
}
