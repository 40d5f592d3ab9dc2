package no.grunnmodell.audit;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.grunnmodell.course.CourseVariables;
import no.grunnmodell.platform.Acting;
import no.grunnmodell.platform.EngineClock;
import no.grunnmodell.platform.ModelProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who decided what, and when: every consent given, refused or withdrawn and every manager decision, recorded in
 * the project's own table ({@code gm_audit_event}) so it outlives the engine's history clean-up.
 *
 * <p>The diagram marks the steps to record with extension properties on the user task: {@code auditEvent} (what
 * kind of decision, e.g. CONSENT) and {@code auditDecision} (the form field that holds it, e.g. consentDecision).
 * A step that takes several decisions (the referral: the family's consent to it and to sharing with Bufetat) lists
 * them in the same order in both, separated by commas; each becomes its own row, and a decision the form left
 * unanswered (the field was hidden) is not recorded, since nothing was decided. Only the decision itself is
 * stored, never free text.
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
    ModelProperties.own(task, "auditEvent").ifPresent(events -> {
      List<String> types = split(events);
      List<String> fields = ModelProperties.own(task, "auditDecision").map(AuditTrail::split).orElse(List.of());
      if (fields.size() > 1 && fields.size() != types.size()) {
        throw new IllegalStateException("Step " + task.getTaskDefinitionKey() + " lists " + types.size()
            + " auditEvent values but " + fields.size() + " auditDecision fields");
      }
      for (int i = 0; i < types.size(); i++) {
        String field = i < fields.size() ? fields.get(i) : null;
        Object decision = field == null ? null : task.getVariable(field);
        if (field == null || decision != null && !decision.toString().isBlank()) {
          record(task, types.get(i), decision == null ? null : decision.toString());
        }
      }
    });
  }

  /** Records an event of a running course; the actor is the logged-in user, else the task's assignee. */
  public void record(DelegateTask task, String eventType, String decision) {
    String actor = Acting.on(task);
    Object courseId = task.getVariable(CourseVariables.COURSE_ID);
    insert(courseId == null ? null : courseId.toString(), task.getTenantId(), task.getProcessInstanceId(),
        task.getTaskDefinitionKey(), eventType, decision, actor);
  }

  /**
   * Records what a service task decides or does about a course (a handover sent, accepted or declined), also from
   * another service's process: {@code courseId} names the course the event belongs to. The actor is the logged-in
   * user whose step led here, else {@code fallbackActor}, else "system".
   */
  public void record(DelegateExecution execution, String courseId, String eventType, String decision,
                     String fallbackActor) {
    String actor = Acting.on(execution, fallbackActor);
    insert(courseId, execution.getTenantId(), execution.getProcessInstanceId(), execution.getCurrentActivityId(),
        eventType, decision, actor);
  }

  /**
   * Records what someone did to a course from outside it, e.g. moved it to a new version of its diagram
   * ({@code no.grunnmodell.migration}): the actor is the person whose request it was, checked by the caller.
   */
  public void record(String courseId, String serviceId, String processInstanceId, String step, String eventType,
                     String decision, String actor) {
    insert(courseId, serviceId, processInstanceId, step, eventType, decision, actor);
  }

  private void insert(String courseId, String serviceId, String processInstanceId, String step, String eventType,
                      String decision, String actor) {
    jdbc.update("insert into gm_audit_event (id, course_id, service_id, process_instance_id, step, event_type,"
            + " decision, actor, occurred_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), courseId, serviceId, processInstanceId,
        step, eventType, decision, actor, Timestamp.from(EngineClock.now()));
  }

  public List<Entry> forCourse(String courseId) {
    return jdbc.query("select course_id, service_id, event_type, decision, actor, occurred_at, step"
            + " from gm_audit_event where course_id = ? order by occurred_at, id",
        (rs, i) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getTimestamp(6), rs.getString(7)), courseId);
  }

  private static List<String> split(String list) {
    return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
