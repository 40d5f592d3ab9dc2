package no.grunnmodell.migration;

/** What a dry run says of a course, or what a migration did with it. */
public enum Outcome {
  /** Dry run: the course would move to the latest version. */
  CAN_MOVE,
  /** Dry run: the course would stay on its version; the reasons say why. */
  CANNOT_MOVE,
  /** The course now runs on the latest version. */
  MOVED,
  /** The course stays on its version; the reasons say why. */
  NOT_MOVED
}
