package no.grunnmodell.course;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

/** A course as the case system sees it: where it stands, what is open and by when, and how it ended. */
public record CourseStatus(
    String courseId,
    String serviceId,
    String caseReference,
    TargetGroup targetGroup,
    String processInstanceId,
    String state,
    String phase,
    String outcome,
    String closureReason,
    Date startedAt,
    Date endedAt,
    List<OpenStep> openSteps,
    Handover handover) {

  public record OpenStep(String taskId, String step, String name, String assignee, Date created, Date due,
                         Date followUp) {
  }

  /**
   * Where the course went when the family moved, and how that ended: {@code status} NO_CONSENT, SENT (waiting for
   * the receiving service), ACCEPTED, DECLINED, SUMMARY_TO_SEND, SUMMARY_SENT or SUMMARY_NOT_SENT;
   * {@code toServiceId} for a service of this installation, else {@code toMunicipality}; the receiving service's
   * {@code answer} (ACCEPTED or DECLINED) and when, kept after a declined course's summary has been sent by other
   * means; the day that summary was sent. Null when there is none.
   */
  public record Handover(String status, String toServiceId, String toMunicipality, Date sentAt, String answer,
                         Date answeredAt, LocalDate summarySentOn) {
  }
}
