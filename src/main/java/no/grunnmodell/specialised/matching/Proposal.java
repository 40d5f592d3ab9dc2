package no.grunnmodell.specialised.matching;

import java.util.List;
import no.grunnmodell.specialised.catalogue.SpecialisedMeasure;

/** One catalogue measure weighed against a course: whether it fits, and every reason why or why not. */
public record Proposal(SpecialisedMeasure measure, List<Reason> reasons, int matchedProblemAreas) {

  public record Reason(Kind kind, String text) {
  }

  /** FOR speaks for the measure, AGAINST rules it out, NOTE is worth knowing but decides nothing. */
  public enum Kind {
    FOR("✓"), AGAINST("✗"), NOTE("!");

    private final String mark;

    Kind(String mark) {
      this.mark = mark;
    }

    public String mark() {
      return mark;
    }
  }

  public boolean fits() {
    return reasons.stream().noneMatch(r -> r.kind() == Kind.AGAINST);
  }

  public List<String> against() {
    return reasons.stream().filter(r -> r.kind() == Kind.AGAINST).map(Reason::text).toList();
  }
}
