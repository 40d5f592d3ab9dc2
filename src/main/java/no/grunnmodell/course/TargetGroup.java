package no.grunnmodell.course;

/** Which variant of the course: families with children 4–12, or young people 17–25 in aftercare (ettervern). */
public enum TargetGroup {
  FAMILY("FamilyCourse"),
  AFTERCARE("AftercareCourse");

  private final String processKey;

  TargetGroup(String processKey) {
    this.processKey = processKey;
  }

  /** The id of the diagram that runs this variant. */
  public String processKey() {
    return processKey;
  }
}
