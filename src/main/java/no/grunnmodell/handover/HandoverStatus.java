package no.grunnmodell.handover;

/** Where a handover stands in gm_course_handover. Each step of the two handover diagrams moves it on. */
public enum HandoverStatus {
  /** The family did not consent: nothing was sent. */
  NO_CONSENT,
  /** Sent to a service of this installation; its leder has not answered yet. */
  SENT,
  /** The receiving service took the course over and started its own. */
  ACCEPTED,
  /** The receiving service declined, with a reason. */
  DECLINED,
  /** The summary is to be sent by other means (a municipality outside the system, or after a decline). */
  SUMMARY_TO_SEND,
  /** The kontaktperson sent the summary by other means, on a day and a channel. */
  SUMMARY_SENT,
  /** The kontaktperson decided not to send it after all, with a reason. */
  SUMMARY_NOT_SENT
}
