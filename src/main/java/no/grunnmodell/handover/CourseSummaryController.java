package no.grunnmodell.handover;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A course's summary for the case system (docs/api.md): what a new service would be sent when the family moves. */
@RestController
public class CourseSummaryController {

  private final CourseSummaries summaries;

  public CourseSummaryController(CourseSummaries summaries) {
    this.summaries = summaries;
  }

  @GetMapping("/api/courses/{courseId}/summary")
  public CourseSummary summary(@PathVariable String courseId) {
    return summaries.forCaller(courseId);
  }
}
