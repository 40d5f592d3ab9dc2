package no.grunnmodell.specialised.catalogue;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of Bufetat's catalogue (config/specialised-measures.csv, table gm_specialised_measure). Ages are whole
 * years, both included, as for the course's target groups; durations are null where the catalogue does not say.
 */
public record SpecialisedMeasure(String code, String name, String description, int minAge, int maxAge,
                                 List<String> problemAreas, List<String> exclusions, Integer durationMinMonths,
                                 Integer durationMaxMonths, String intensity, DeliveredBy deliveredBy,
                                 LocalDate activeFrom, LocalDate activeTo, String note) {

  /** Who runs the measure. Only Bufetat's own measures are referred; the municipality's are alternatives. */
  public enum DeliveredBy {
    BUFETAT, MUNICIPALITY
  }

  public boolean activeOn(LocalDate day) {
    return !activeFrom.isAfter(day) && (activeTo == null || !activeTo.isBefore(day));
  }

  public boolean referable() {
    return deliveredBy == DeliveredBy.BUFETAT;
  }

  /** "12–17 år" */
  public String ageText() {
    return minAge + "–" + maxAge + " år";
  }

  /** "3–6 måneder", "6 måneder", or null when the catalogue does not say. */
  public String durationText() {
    if (durationMinMonths == null && durationMaxMonths == null) {
      return null;
    }
    if (durationMinMonths == null || durationMaxMonths == null || durationMinMonths.equals(durationMaxMonths)) {
      return (durationMinMonths != null ? durationMinMonths : durationMaxMonths) + " måneder";
    }
    return durationMinMonths + "–" + durationMaxMonths + " måneder";
  }
}
