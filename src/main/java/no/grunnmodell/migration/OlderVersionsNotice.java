package no.grunnmodell.migration;

import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says at start-up, per process, how many running courses are on older versions of its diagram, and how to see what
 * a migration would move. It never moves a course itself: moving is the process owner's decision, made after
 * reading the dry run.
 */
@Component
class OlderVersionsNotice {

  private static final Logger LOG = LoggerFactory.getLogger(OlderVersionsNotice.class);

  private final CourseMigrations migrations;

  OlderVersionsNotice(CourseMigrations migrations) {
    this.migrations = migrations;
  }

  @EventListener(ApplicationReadyEvent.class)
  void tell() {
    try {
      for (ProcessVersions process : migrations.olderVersions()) {
        LOG.info("{} running instance(s) of {} are on older versions ({}) than the latest, version {}. To see what "
                + "would move: GET /api/migrations/dry-run?processKey={} as prosesseier or admin, or Cockpit's "
                + "«Flytt forløp» panel", process.coursesOnOlderVersions(), process.processKey(),
            process.olderVersions().stream().map(v -> "v" + v.version() + ": " + v.courses())
                .collect(Collectors.joining(", ")), process.latestVersion(), process.processKey());
      }
    } catch (RuntimeException e) {
      // A notice only: it must not stop the start.
      LOG.warn("Could not count the courses on older versions: {}", e.toString());
    }
  }
}
