package no.grunnmodell.platform;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who is acting on the engine right now: the person signed in to the webapps or our API (the authentication filter
 * made them the engine's authenticated user), or nobody, when the application acts itself (start-up, timers, a call
 * made {@link AsApplication as the application}). The one place that reads the engine's authentication, so that
 * "who did it" has one rule everywhere: the person, else who the step was given to, else {@value #SYSTEM}.
 */
public final class Acting {

  /** The actor recorded for what the application does by itself. */
  public static final String SYSTEM = "system";

  private static final Acting APPLICATION = new Acting(null, List.of(), List.of());

  private final String userId;
  private final List<String> groupIds;
  private final List<String> tenantIds;

  private Acting(String userId, List<String> groupIds, List<String> tenantIds) {
    this.userId = userId;
    this.groupIds = groupIds;
    this.tenantIds = tenantIds;
  }

  /** Who is acting on this thread. */
  public static Acting now(IdentityService identityService) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null) {
      return APPLICATION;
    }
    return new Acting(authentication.getUserId(),
        authentication.getGroupIds() == null ? List.of() : List.copyOf(authentication.getGroupIds()),
        authentication.getTenantIds() == null ? List.of() : List.copyOf(authentication.getTenantIds()));
  }

  public static Acting now(ProcessEngineServices engine) {
    return now(engine.getIdentityService());
  }

  /** Who completes a step: the person, else the step's assignee (REST without a user, tests), else "system". */
  public static String on(DelegateTask task) {
    return now(task.getProcessEngineServices()).userIdOr(task.getAssignee());
  }

  /** Who made a service task run: the person, else {@code fallback} (may be null), else "system". */
  public static String on(DelegateExecution execution, String fallback) {
    return now(execution.getProcessEngineServices()).userIdOr(fallback);
  }

  /** Whether the application acts itself: nobody is authenticated on the engine. */
  public boolean isApplication() {
    return this == APPLICATION;
  }

  /** Whether a person (a user id) is acting. */
  public boolean isPerson() {
    return userId != null;
  }

  /** The person's user id, or null. */
  public String userId() {
    return userId;
  }

  /** The person, else {@code fallback}, else {@value #SYSTEM}. */
  public String userIdOr(String fallback) {
    return userId != null ? userId : fallback != null ? fallback : SYSTEM;
  }

  public List<String> groupIds() {
    return groupIds;
  }

  public List<String> tenantIds() {
    return tenantIds;
  }

  public boolean inGroup(String groupId) {
    return groupIds.contains(groupId);
  }
}
