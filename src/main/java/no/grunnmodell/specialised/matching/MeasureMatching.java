package no.grunnmodell.specialised.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import no.grunnmodell.platform.Days;
import no.grunnmodell.specialised.catalogue.ExclusionCircumstance;
import no.grunnmodell.specialised.catalogue.ProblemArea;
import no.grunnmodell.specialised.catalogue.SpecialisedMeasure;
import no.grunnmodell.specialised.matching.Proposal.Kind;
import no.grunnmodell.specialised.matching.Proposal.Reason;

/**
 * Weighs every catalogue measure against a course. A measure fits when the child's age is within its range, at
 * least one recorded problem area is one it is for, and no recorded circumstance excludes it. Everything else
 * (the municipality delivers it, the child ages out before the usual duration, nothing municipal tried yet,
 * assumptions in the catalogue) is said as a note, because Bufetat, not this code, decides.
 */
public final class MeasureMatching {

  private MeasureMatching() {
  }

  /**
   * Fitting measures first; among them Bufetat's before the municipality's, then the most matching problem areas,
   * then the most specific (the larger share of what the measure is for applies to this child); then the ones
   * that do not fit, the nearest misses first. Ties keep catalogue order.
   */
  public static List<Proposal> rank(CourseFacts facts, List<SpecialisedMeasure> catalogue) {
    return catalogue.stream().map(m -> weigh(facts, m))
        .sorted(Comparator.comparing((Proposal p) -> !p.fits())
            .thenComparing(p -> !p.measure().referable())
            .thenComparing(p -> p.against().size())
            .thenComparing(Proposal::matchedProblemAreas, Comparator.reverseOrder())
            .thenComparing(MeasureMatching::specificity, Comparator.reverseOrder()))
        .toList();
  }

  private static double specificity(Proposal p) {
    int areas = p.measure().problemAreas().size();
    return areas == 0 ? 0 : (double) p.matchedProblemAreas() / areas;
  }

  public static Proposal weigh(CourseFacts facts, SpecialisedMeasure measure) {
    List<Reason> reasons = new ArrayList<>();
    int age = facts.age();
    if (age < measure.minAge()) {
      reasons.add(new Reason(Kind.AGAINST, "For ung: barnet er " + age + " år, tiltaket er for " + measure.ageText()
          + " (fyller " + measure.minAge() + " år " + Days.text(facts.birthday(measure.minAge())) + ")."));
    } else if (age > measure.maxAge()) {
      reasons.add(new Reason(Kind.AGAINST, "For gammel: barnet er " + age + " år, tiltaket er for "
          + measure.ageText() + "."));
    } else {
      reasons.add(new Reason(Kind.FOR, "Alder: " + age + " år er innenfor " + measure.ageText() + "."));
      LocalDate agesOut = facts.birthday(measure.maxAge() + 1);
      Integer usual = measure.durationMinMonths();
      if (usual != null && agesOut.isBefore(facts.today().plusMonths(usual))) {
        reasons.add(new Reason(Kind.NOTE, "Barnet fyller " + (measure.maxAge() + 1) + " år "
            + Days.text(agesOut) + ", før vanlig varighet (" + measure.durationText() + ") er over."));
      }
    }

    List<String> matched = measure.problemAreas().stream().filter(facts.problemAreas()::contains).toList();
    if (facts.problemAreas().isEmpty()) {
      reasons.add(new Reason(Kind.AGAINST, "Ingen problemområder er registrert for barnet."));
    } else if (matched.isEmpty()) {
      reasons.add(new Reason(Kind.AGAINST, "Ingen av barnets problemområder: tiltaket er for "
          + labels(measure.problemAreas()) + "."));
    } else {
      reasons.add(new Reason(Kind.FOR, "Passer for " + labels(matched) + "."));
    }
    measure.exclusions().stream().filter(facts.exclusions()::contains).forEach(code -> reasons.add(
        new Reason(Kind.AGAINST, "Utelukket fordi " + ExclusionCircumstance.labelOf(code) + ".")));

    if (!measure.referable()) {
      reasons.add(new Reason(Kind.NOTE, "Leveres av kommunen, ikke av Bufetat: vurder det i tiltaksplanen i stedet"
          + " for å henvise."));
    } else if (facts.triedTracks().isEmpty()) {
      reasons.add(new Reason(Kind.NOTE, "Ingen kommunale tiltak er registrert i tiltaksplanen. Bufetats tiltak er"
          + " et supplement når kommunens egne ikke er nok."));
    } else {
      reasons.add(new Reason(Kind.FOR, "Kommunale tiltak er prøvd: " + tried(facts) + "."));
    }
    if (measure.note() != null) {
      reasons.add(new Reason(Kind.NOTE, measure.note()));
    }
    return new Proposal(measure, List.copyOf(reasons), matched.size());
  }

  public static String tried(CourseFacts facts) {
    String tracks = facts.triedTracks().stream().map(t -> CourseFacts.TRACK_LABELS.getOrDefault(t, t))
        .collect(Collectors.joining(", "));
    return facts.evaluations() > 0 ? tracks + " (evaluert " + facts.evaluations() + " gang"
        + (facts.evaluations() == 1 ? "" : "er") + ")" : tracks;
  }

  private static String labels(List<String> problemAreas) {
    return problemAreas.stream().map(ProblemArea::labelOf)
        .collect(Collectors.joining(", "));
  }
}
