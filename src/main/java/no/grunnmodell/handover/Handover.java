package no.grunnmodell.handover;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of gm_course_handover: one course handed over when the family moved. {@code toServiceId} is a service of
 * this installation, or null with {@code toMunicipality} naming a municipality outside it.
 */
public record Handover(String id, String courseId, String fromServiceId, String toServiceId, String toMunicipality,
                       String processInstanceId, HandoverStatus status, String consent, String createdBy,
                       Instant sentAt, String decidedBy, Instant decidedAt, String declineReason,
                       String newCourseId, LocalDate summarySentOn, String summaryChannel) {

  /** The receiving service's answer: ACCEPTED, DECLINED, or null (not sent to a service, or not answered yet). */
  public HandoverStatus answer() {
    return newCourseId != null ? HandoverStatus.ACCEPTED : decidedAt != null ? HandoverStatus.DECLINED : null;
  }
}
