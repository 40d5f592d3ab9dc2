package no.grunnmodell.course;

import java.util.Arrays;
import java.util.Optional;

/**
 * The measure tracks of a plan. Each runs in its own lane of family-course.bpmn for as long as the measure lasts;
 * the lane waits for its status variable to become PLANNED and is stopped when it becomes DROPPED.
 */
public enum MeasureTrack {
  GUIDANCE("veiledning", "trackGuidance", "guidanceStatus"),
  SUPPORT("stottende", "trackSupport", "supportStatus"),
  NETWORK("nettverk", "trackNetwork", "networkStatus"),
  COLLABORATION("samarbeid", "trackCollaboration", "collaborationStatus");

  /** Where a track stands; the variable {@link #statusVariable()} holds its name. */
  public enum Status { PLANNED, RUNNING, ENDED, DROPPED }

  private final String planValue;
  private final String chosenVariable;
  private final String statusVariable;

  MeasureTrack(String planValue, String chosenVariable, String statusVariable) {
    this.planValue = planValue;
    this.chosenVariable = chosenVariable;
    this.statusVariable = statusVariable;
  }

  /** The value of the plan form's checklist «Tiltak». */
  public String planValue() {
    return planValue;
  }

  /**
   * The boolean the first version of the diagram branches on (trackGuidance, …). Courses started on that version
   * run on it to their end, so the plan still sets it.
   */
  public String chosenVariable() {
    return chosenVariable;
  }

  /** guidanceStatus, supportStatus, networkStatus, collaborationStatus. */
  public String statusVariable() {
    return statusVariable;
  }

  /** The track named in a diagram's extension property {@code track}: guidance, support, network, collaboration. */
  public static Optional<MeasureTrack> named(String name) {
    return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
  }
}
