package no.grunnmodell.handover;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import no.grunnmodell.course.CourseHandovers;
import no.grunnmodell.course.CourseStatus;
import org.springframework.stereotype.Component;

/** Answers a course's questions about its handovers from the {@link HandoverRegistry}. */
@Component
class HandoversOfCourses implements CourseHandovers {

  private final HandoverRegistry handovers;

  HandoversOfCourses(HandoverRegistry handovers) {
    this.handovers = handovers;
  }

  @Override
  public Optional<CourseStatus.Handover> latestOf(String courseId) {
    return handovers.latestOf(courseId).map(h -> new CourseStatus.Handover(h.status().name(), h.toServiceId(),
        h.toMunicipality(), date(h.sentAt()), h.answer() == null ? null : h.answer().name(), date(h.decidedAt()),
        h.summarySentOn()));
  }

  @Override
  public Optional<String> waitingCourse(String handoverId, String toServiceId) {
    return handovers.find(handoverId)
        .filter(h -> h.status() == HandoverStatus.SENT && toServiceId.equals(h.toServiceId()))
        .map(Handover::courseId);
  }

  private static Date date(Instant instant) {
    return instant == null ? null : Date.from(instant);
  }
}
