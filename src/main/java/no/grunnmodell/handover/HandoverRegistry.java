package no.grunnmodell.handover;

import static no.grunnmodell.handover.HandoverStatus.*;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.grunnmodell.platform.EngineClock;
import no.grunnmodell.platform.Refusal;
import no.grunnmodell.platform.StatusTransition;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The handover bookkeeping (gm_course_handover). Every step is a guarded status change, as for referrals: an answer
 * to a handover that is no longer waiting for one fails instead of overwriting. Runs in the engine's transaction
 * when called from a diagram.
 */
@Repository
public class HandoverRegistry {

  private static final String SELECT = "select id, course_id, from_service_id, to_service_id, to_municipality,"
      + " process_instance_id, status, consent, created_by, sent_at, decided_by, decided_at, decline_reason,"
      + " new_course_id, summary_sent_on, summary_channel from gm_course_handover";

  private final JdbcTemplate jdbc;

  public HandoverRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Opens the handover of a course: without consent nothing goes anywhere (NO_CONSENT); to a service of the
   * installation it is SENT; elsewhere the summary is to be sent by other means.
   */
  public Handover open(String courseId, String fromServiceId, String toServiceId, String toMunicipality,
                       String processInstanceId, boolean consent, String by) {
    String id = UUID.randomUUID().toString();
    HandoverStatus status = !consent ? NO_CONSENT : toServiceId != null ? SENT : SUMMARY_TO_SEND;
    Timestamp now = now();
    jdbc.update("insert into gm_course_handover (id, course_id, from_service_id, to_service_id, to_municipality,"
            + " process_instance_id, status, consent, created_by, created_at, sent_at, updated_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, courseId, fromServiceId, toServiceId,
        toMunicipality, processInstanceId, status.name(), consent ? "GIVEN" : "REFUSED", by, now,
        status == SENT ? now : null, now);
    return find(id).orElseThrow();
  }

  /** The handover a step of the handover processes works on: the one its {@code handoverId} variable names. */
  public Handover of(VariableScope step) {
    return find((String) step.getVariable(HandoverVariables.HANDOVER_ID)).orElseThrow();
  }

  public Optional<Handover> find(String id) {
    return jdbc.query(SELECT + " where id = ?", HandoverRegistry::handover, id).stream().findFirst();
  }

  /** The latest handover of a course, if it has one. */
  public Optional<Handover> latestOf(String courseId) {
    return jdbc.query(SELECT + " where course_id = ? order by created_at desc, id", HandoverRegistry::handover,
        courseId).stream().findFirst();
  }

  public void accepted(String id, String newCourseId, String by) {
    move(id, Set.of(SENT), ACCEPTED, "new_course_id = ?, decided_by = ?, decided_at = ?", newCourseId, by, now());
  }

  /** Declined: the sending service is told why and sends the summary by other means, or decides not to. */
  public void declined(String id, String reason, String by) {
    move(id, Set.of(SENT), DECLINED, "decline_reason = ?, decided_by = ?, decided_at = ?", reason, by, now());
  }

  /** The summary went by other means; who sent it is in the audit trail. The receiving side's answer is kept. */
  public void summarySent(String id, LocalDate on, String channel) {
    move(id, Set.of(SUMMARY_TO_SEND, DECLINED), SUMMARY_SENT, "summary_sent_on = ?, summary_channel = ?",
        Date.valueOf(on), channel);
  }

  public void summaryNotSent(String id) {
    move(id, Set.of(SUMMARY_TO_SEND, DECLINED), SUMMARY_NOT_SENT, "summary_channel = null");
  }

  private void move(String id, Set<HandoverStatus> from, HandoverStatus to, String assignments, Object... values) {
    if (!StatusTransition.move(jdbc, "gm_course_handover", id, from, to, assignments, values)) {
      Handover current = find(id).orElse(null);
      throw Refusal.conflict(current == null ? "Overføringen finnes ikke."
              : "Overføringen er allerede avklart (" + current.status() + ").",
          "The handover " + id + " cannot become " + to + (current == null ? ": it does not exist."
              : ": its status is " + current.status() + "."));
    }
  }

  private static Timestamp now() {
    return Timestamp.from(EngineClock.now());
  }

  private static Handover handover(ResultSet rs, int row) throws SQLException {
    Date sentOn = rs.getDate("summary_sent_on");
    return new Handover(rs.getString("id"), rs.getString("course_id"), rs.getString("from_service_id"),
        rs.getString("to_service_id"), rs.getString("to_municipality"), rs.getString("process_instance_id"),
        HandoverStatus.valueOf(rs.getString("status")), rs.getString("consent"), rs.getString("created_by"),
        instant(rs, "sent_at"), rs.getString("decided_by"), instant(rs, "decided_at"),
        rs.getString("decline_reason"), rs.getString("new_course_id"),
        sentOn == null ? null : sentOn.toLocalDate(), rs.getString("summary_channel"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
