package no.grunnmodell.security;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.UUID;
import no.grunnmodell.platform.EngineClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every use of an administrator account, in {@code gm_audit_event} next to the course decisions: camunda-admin may do
 * anything (it is the break-glass account), so each login and each request it makes is on record with who and when.
 * Only the method and the path of a request are kept, never its body or query: those may hold personal data.
 */
@Component
public class AdminAudit {

  /** A member of camunda-admin logged in to a webapp; the decision column says which app (or {@code oidc}). */
  public static final String LOGIN = "ADMIN_LOGIN";
  /** A member of camunda-admin made a request; the decision column holds the method, the step column the path. */
  public static final String REQUEST = "ADMIN_REQUEST";
  /** The first administrator was created at start-up from the operator's environment. */
  public static final String CREATED = "ADMIN_CREATED";

  private static final int MAX_PATH = 255;

  private final JdbcTemplate jdbc;

  public AdminAudit(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public static boolean isAdministrator(Collection<String> groupIds) {
    return groupIds != null && groupIds.contains(Role.ADMIN_GROUP);
  }

  public void login(String userId, String how) {
    insert(LOGIN, how, null, userId);
  }

  public void request(String userId, String method, String path) {
    insert(REQUEST, method, path.length() > MAX_PATH ? path.substring(0, MAX_PATH) : path, userId);
  }

  public void created(String userId) {
    insert(CREATED, null, userId, "system");
  }

  private void insert(String eventType, String decision, String step, String actor) {
    jdbc.update("insert into gm_audit_event (id, course_id, service_id, process_instance_id, step, event_type,"
            + " decision, actor, occurred_at) values (?, null, null, null, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), step, eventType, decision, actor,
        Timestamp.from(EngineClock.now()));
  }
}
