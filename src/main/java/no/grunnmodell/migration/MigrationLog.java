package no.grunnmodell.migration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import no.grunnmodell.audit.AuditTrail;
import no.grunnmodell.platform.EngineClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who moved which courses and when, in the project's own tables, which outlive the engine's history clean-up:
 * {@code gm_migration} (one row per run: the process, who started it, when it started and finished, how many moved
 * and stayed), {@code gm_migration_course} (each course's outcome, and in English why it stayed) and, for each course
 * that moved, a {@code COURSE_MIGRATED} row in {@code gm_audit_event}, written in the move's own transaction.
 * The engine's own record of the move names no user, since the move runs as the application.
 */
@Component
class MigrationLog {

  static final String EVENT_TYPE = "COURSE_MIGRATED";
  private static final int REASON_LENGTH = 1000;

  private final JdbcTemplate jdbc;
  private final AuditTrail auditTrail;

  MigrationLog(JdbcTemplate jdbc, AuditTrail auditTrail) {
    this.jdbc = jdbc;
    this.auditTrail = auditTrail;
  }

  /** A run begins; its id. */
  String started(String processKey, String targetDefinitionId, int targetVersion, String actor) {
    String id = UUID.randomUUID().toString();
    jdbc.update("insert into gm_migration (id, process_key, target_definition_id, target_version, started_by,"
        + " started_at) values (?, ?, ?, ?, ?, ?)", id, processKey, targetDefinitionId, targetVersion, actor, now());
    return id;
  }

  /** A course moved: in the move's transaction, so that a course never moves unrecorded. */
  void moved(String migrationId, CourseOutcome course, String processKey, int targetVersion, String actor) {
    insertCourse(migrationId, course, Outcome.MOVED, null);
    auditTrail.record(course.courseId(), course.serviceId(), course.processInstanceId(),
        processKey + ":" + course.fromVersion() + "->" + targetVersion, EVENT_TYPE, Outcome.MOVED.name(), actor);
  }

  void stayed(String migrationId, CourseOutcome course) {
    insertCourse(migrationId, course, Outcome.NOT_MOVED,
        course.reasons().stream().map(Reason::english).collect(Collectors.joining(" ")));
  }

  void finished(String migrationId, int moved, int notMoved) {
    jdbc.update("update gm_migration set finished_at = ?, moved = ?, not_moved = ? where id = ?", now(), moved,
        notMoved, migrationId);
  }

  /** The runs for a process, or all, newest first. */
  List<MigrationRecord> runs(String processKey, int limit) {
    String select = "select id, process_key, target_version, started_by, started_at, finished_at, moved, not_moved"
        + " from gm_migration";
    String order = " order by started_at desc, id";
    return processKey == null
        ? jdbc.query(select + order, this::record).stream().limit(limit).toList()
        : jdbc.query(select + " where process_key = ?" + order, this::record, processKey).stream().limit(limit)
            .toList();
  }

  private MigrationRecord record(ResultSet rs, int row) throws SQLException {
    Timestamp finished = rs.getTimestamp(6);
    return new MigrationRecord(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
        rs.getTimestamp(5).toInstant().toString(), finished == null ? null : finished.toInstant().toString(),
        rs.getInt(7), rs.getInt(8));
  }

  private void insertCourse(String migrationId, CourseOutcome course, Outcome outcome, String reason) {
    jdbc.update("insert into gm_migration_course (id, migration_id, course_id, service_id, process_instance_id,"
            + " from_version, outcome, reason) values (?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(),
        migrationId, course.courseId(), course.serviceId(), course.processInstanceId(), course.fromVersion(),
        outcome.name(), reason == null || reason.length() <= REASON_LENGTH ? reason
            : reason.substring(0, REASON_LENGTH - 3) + "...");
  }

  private static Timestamp now() {
    return Timestamp.from(EngineClock.now());
  }
}
