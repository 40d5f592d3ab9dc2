package no.grunnmodell.migration;

/** An earlier migration as {@code gm_migration} keeps it: who started it, when, and how it went. */
public record MigrationRecord(String migrationId, String processKey, int targetVersion, String startedBy,
                              String startedAt, String finishedAt, int moved, int notMoved) {
}
