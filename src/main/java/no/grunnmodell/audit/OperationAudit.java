package no.grunnmodell.audit;

import java.sql.Timestamp;
import java.util.UUID;
import no.grunnmodell.platform.EngineClock;
import no.grunnmodell.platform.EngineOperation;
import no.grunnmodell.platform.EngineOperationListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records in {@code gm_audit_event}, with who and when, every change a person makes to a course outside its forms:
 * instance modification, cancellation, suspension, variable changes, message correlation, jobs executed or retried,
 * migration, deployments. Camunda writes these to its own user operation log, which the history clean-up removes;
 * our copy stays. Steps worked through the Tasklist (claim, complete) are Camunda's "task worker" category and are
 * not copied: the consents and decisions in them are recorded by {@link AuditTrail}.
 */
@Component
public class OperationAudit implements EngineOperationListener {

  static final String EVENT_TYPE = "ENGINE_OPERATION";

  private final JdbcTemplate jdbc;
  /** One row per operation: the engine writes one log entry per changed property, all with the same id. */
  private final ThreadLocal<String> lastOperation = new ThreadLocal<>();

  public OperationAudit(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void operation(EngineOperation entry) {
    if (entry.userId() == null || entry.taskWorker()) {
      return;
    }
    if (entry.operationId() != null && entry.operationId().equals(lastOperation.get())) {
      return;
    }
    lastOperation.set(entry.operationId());
    String processInstanceId = entry.processInstanceId();
    String courseId = processInstanceId == null ? null : jdbc.query(
        "select id from gm_course where process_instance_id = ?", rs -> rs.next() ? rs.getString(1) : null,
        processInstanceId);
    String what = entry.entityType() + (entry.property() == null ? "" : "." + entry.property());
    jdbc.update("insert into gm_audit_event (id, course_id, service_id, process_instance_id, step, event_type,"
            + " decision, actor, occurred_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), courseId, entry.tenantId(), processInstanceId, truncate(what, 255),
        EVENT_TYPE, truncate(entry.operationType(), 64), entry.userId(),
        entry.timestamp() == null ? Timestamp.from(EngineClock.now())
            : new Timestamp(entry.timestamp().getTime()));
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
