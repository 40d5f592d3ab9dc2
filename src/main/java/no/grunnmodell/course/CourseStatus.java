package no.grunnmodell.course;

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
    List<OpenStep> openSteps) {

  public record OpenStep(String taskId, String step, String name, String assignee, Date created, Date due,
                         Date followUp) {
  }
}
