package no.grunnmodell.audit;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import no.grunnmodell.platform.EngineClock;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
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
public class OperationAudit implements HistoryEventHandler {

  static final String EVENT_TYPE = "ENGINE_OPERATION";

  private final JdbcTemplate jdbc;
  /** One row per operation: the engine writes one log entry per changed property, all with the same id. */
  private final ThreadLocal<String> lastOperation = new ThreadLocal<>();

  public OperationAudit(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!(event instanceof UserOperationLogEntryEventEntity entry) || entry.getUserId() == null
        || UserOperationLogEntry.CATEGORY_TASK_WORKER.equals(entry.getCategory())) {
      return;
    }
    if (entry.getOperationId() != null && entry.getOperationId().equals(lastOperation.get())) {
      return;
    }
    lastOperation.set(entry.getOperationId());
    String processInstanceId = entry.getProcessInstanceId();
    String courseId = processInstanceId == null ? null : jdbc.query(
        "select id from gm_course where process_instance_id = ?", rs -> rs.next() ? rs.getString(1) : null,
        processInstanceId);
    String what = entry.getEntityType() + (entry.getProperty() == null ? "" : "." + entry.getProperty());
    jdbc.update("insert into gm_audit_event (id, course_id, service_id, process_instance_id, step, event_type,"
            + " decision, actor, occurred_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), courseId, entry.getTenantId(), processInstanceId, truncate(what, 255),
        EVENT_TYPE, truncate(entry.getOperationType(), 64), entry.getUserId(),
        entry.getTimestamp() == null ? Timestamp.from(EngineClock.now())
            : new Timestamp(entry.getTimestamp().getTime()));
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
