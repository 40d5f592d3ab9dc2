package no.grunnmodell.course;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The course API for the municipality's case system. Documented in docs/api.md. */
@RestController
@RequestMapping("/api/courses")
public class CourseController {

  private final CourseService courses;

  public CourseController(CourseService courses) {
    this.courses = courses;
  }

  /** 201 with the new course, or 200 with the course already started for this case (retries are safe). */
  @PostMapping
  public ResponseEntity<CourseStatus> start(@RequestBody StartCourseRequest request) {
    CourseService.Started started = courses.start(request);
    return ResponseEntity.status(started.created() ? HttpStatus.CREATED : HttpStatus.OK).body(started.course());
  }

  @GetMapping("/{courseId}")
  public CourseStatus status(@PathVariable String courseId) {
    return courses.status(courseId);
  }

  @GetMapping
  public CourseStatus find(@RequestParam String serviceId, @RequestParam String caseReference) {
    return courses.find(serviceId, caseReference);
  }

  @PostMapping("/{courseId}/consent-withdrawal")
  public CourseStatus withdrawConsent(@PathVariable String courseId) {
    return courses.withdrawConsent(courseId);
  }

  @PostMapping("/{courseId}/evaluation-request")
  public CourseStatus requestEvaluation(@PathVariable String courseId) {
    return courses.requestEvaluation(courseId);
  }
}
