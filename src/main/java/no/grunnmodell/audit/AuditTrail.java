package no.grunnmodell.audit;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import no.grunnmodell.platform.ModelProperties;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who decided what, and when: every consent given, refused or withdrawn and every manager decision, recorded in
 * the project's own table ({@code gm_audit_event}) so it outlives the engine's history clean-up.
 *
 * <p>The diagram marks the steps to record with extension properties on the user task: {@code auditEvent} (what
 * kind of decision, e.g. CONSENT) and {@code auditDecision} (the form field that holds it, e.g. consentDecision).
 * Only the decision itself is stored, never free text.
 */
@Component
public class AuditTrail {

  public record Entry(String courseId, String serviceId, String eventType, String decision, String actor,
                      Timestamp occurredAt, String step) {
  }

  private final JdbcTemplate jdbc;

  public AuditTrail(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'")
  public void onComplete(DelegateTask task) {
    ModelProperties.own(task, "auditEvent").ifPresent(event -> {
      String decision = ModelProperties.own(task, "auditDecision")
          .map(task::getVariable).map(Object::toString).orElse(null);
      record(task, event, decision);
    });
  }

  /** Records an event of a running course; the actor is the logged-in user, else the task's assignee. */
  public void record(DelegateTask task, String eventType, String decision) {
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String actor = user != null ? user.getUserId() : task.getAssignee() != null ? task.getAssignee() : "system";
    Object courseId = task.getVariable("courseId");
    jdbc.update("insert into gm_audit_event (id, course_id, service_id, process_instance_id, step, event_type,"
            + " decision, actor, occurred_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), courseId == null ? null : courseId.toString(), task.getTenantId(),
        task.getProcessInstanceId(), task.getTaskDefinitionKey(), eventType, decision, actor,
        new Timestamp(ClockUtil.getCurrentTime().getTime()));
  }

  public List<Entry> forCourse(String courseId) {
    return jdbc.query("select course_id, service_id, event_type, decision, actor, occurred_at, step"
            + " from gm_audit_event where course_id = ? order by occurred_at, id",
        (rs, i) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getTimestamp(6), rs.getString(7)), courseId);
  }
}
