package no.grunnmodell.overview;

import java.time.Instant;
import no.grunnmodell.platform.EngineClock;
import no.grunnmodell.security.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The leder's overview over HTTP Basic: GET /api/reports/overview (JSON) and /api/reports/overview.csv. The same
 * data reaches Cockpit through the plugin resource in {@code no.grunnmodell.cockpit}, with the webapp session.
 */
@RestController
@RequestMapping("/api/reports")
public class OverviewController {

  static final String DEFAULT_LIMIT = "20";

  private final OverviewService overviews;
  private final CurrentUser currentUser;

  public OverviewController(OverviewService overviews, CurrentUser currentUser) {
    this.overviews = overviews;
    this.currentUser = currentUser;
  }

  @GetMapping(value = "/overview", produces = MediaType.APPLICATION_JSON_VALUE)
  public LederOverview overview(@RequestParam(required = false) String serviceId,
                                @RequestParam(defaultValue = DEFAULT_LIMIT) int limit) {
    return read(serviceId, limit);
  }

  @GetMapping("/overview.csv")
  public ResponseEntity<byte[]> csv(@RequestParam(required = false) String serviceId,
                                    @RequestParam(defaultValue = DEFAULT_LIMIT) int limit) {
    LederOverview overview = read(serviceId, limit);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_TYPE, OverviewCsv.CONTENT_TYPE)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(OverviewCsv.fileName(overview)).build().toString())
        .body(OverviewCsv.render(overview));
  }

  private LederOverview read(String serviceId, int limit) {
    String service = currentUser.serviceOverseenBy(serviceId);
    Instant now = EngineClock.now();
    return overviews.overview(service, now, limit);
  }
}
