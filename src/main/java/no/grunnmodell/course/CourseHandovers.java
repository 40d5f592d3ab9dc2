package no.grunnmodell.course;

import java.util.Optional;

/**
 * What a course needs to know of handovers to another service, answered by the handover feature (which builds on
 * courses, so courses ask through this interface rather than depend on it).
 */
public interface CourseHandovers {

  /** The course's latest handover, as its status shows it. */
  Optional<CourseStatus.Handover> latestOf(String courseId);

  /** The id of the course a handover hands over, when it is sent to this service and waits for its answer. */
  Optional<String> waitingCourse(String handoverId, String toServiceId);
}
