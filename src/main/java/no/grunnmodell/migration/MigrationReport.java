package no.grunnmodell.migration;

import java.util.List;
import java.util.Map;

/**
 * A dry run ({@code dryRun} true, no {@code migrationId}) or a migration of one process key's running courses from
 * its older versions to the latest: who asked and when, how many courses of each {@link Outcome}, and every course.
 */
public record MigrationReport(String migrationId, String processKey, String processName, boolean dryRun,
                              int targetVersion, String startedBy, String at, Map<Outcome, Integer> counts,
                              List<CourseOutcome> courses) {
}
