package no.grunnmodell.course;

/** Which variant of the course: families with children 4–12, or young people 17–25 in aftercare (ettervern). */
public enum TargetGroup {
  FAMILY,
  AFTERCARE
}
