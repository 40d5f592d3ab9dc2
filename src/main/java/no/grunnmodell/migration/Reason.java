package no.grunnmodell.migration;

/**
 * Why a course cannot move to the new version, or what stopped it: in English for API clients and in Norwegian for
 * the process owner in Cockpit. {@code activityId} and {@code step} name the step of the diagram it concerns (null
 * for the course as a whole); {@code detail} is the engine's own wording, where it gave one. Diagram names and ids
 * only, never what the course holds.
 */
public record Reason(String activityId, String step, String english, String norwegian, String detail) {

  static Reason ofCourse(String english, String norwegian, String detail) {
    return new Reason(null, null, english, norwegian, detail);
  }
}
