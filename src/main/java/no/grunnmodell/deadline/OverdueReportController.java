package no.grunnmodell.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.grunnmodell.platform.ApiError;
import no.grunnmodell.platform.EngineClock;
import no.grunnmodell.security.CurrentUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The overdue report for managers: GET /api/reports/overdue and /api/reports/deadlines-kept. */
@RestController
@RequestMapping("/api/reports")
public class OverdueReportController {

  private final OverdueReport report;
  private final CurrentUser currentUser;

  public OverdueReportController(OverdueReport report, CurrentUser currentUser) {
    this.report = report;
    this.currentUser = currentUser;
  }

  /** Open overdue steps per service and step, and the oldest of them one by one. */
  @GetMapping("/overdue")
  public Map<String, Object> overdue(@RequestParam(required = false) String serviceId,
                                     @RequestParam(defaultValue = "200") int limit) {
    if (limit < 1 || limit > 1000) {
      throw ApiError.badField("limit", "limit must be between 1 and 1000.");
    }
    List<String> services = currentUser.servicesLedBy(serviceId);
    Instant now = EngineClock.now();
    return Map.of("services", services, "asOf", now.toString(),
        "perStep", report.summary(services, now), "steps", report.steps(services, now, limit));
  }

  /** Deadlines that fell in [from, to): met, missed, and still open past due, per service and step. */
  @GetMapping("/deadlines-kept")
  public Map<String, Object> kept(@RequestParam(required = false) String serviceId,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    if (!to.isAfter(from)) {
      throw ApiError.badField("to", "to must be after from.");
    }
    List<String> services = currentUser.servicesLedBy(serviceId);
    Instant now = EngineClock.now();
    return Map.of("services", services, "from", from.toString(), "to", to.toString(),
        "perStep", report.kept(services, from, to, now));
  }
}
