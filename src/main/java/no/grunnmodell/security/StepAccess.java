package no.grunnmodell.security;

import java.util.List;
import no.grunnmodell.platform.Acting;
import no.grunnmodell.platform.AsApplication;
import no.grunnmodell.platform.OpenTasks;
import no.grunnmodell.platform.Refusal;
import no.grunnmodell.platform.TaskGuard;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Who may work which step, whatever the client. A person works only the steps they hold or are offered (assignee,
 * or a member of a candidate group, which is always a role group of the course's service); only the service's
 * leder hands a step to someone else, and then only to someone the step is offered to; a step's variables change
 * only through its form. A step the caller cannot see (another service's, or finished) is answered as missing.
 * The application itself (no logged-in person) passes. {@code camunda-admin} (break-glass, audited) does no
 * casework: it may hand a step to someone it is offered to, as a leder may, and repair a step's variables.
 */
@Component
@Order(10)
public class StepAccess implements TaskGuard {

  private final IdentityService identityService;
  private final TaskService taskService;
  private final AuthorizationService authorizations;
  private final AsApplication asApplication;
  private final OpenTasks openTasks;

  public StepAccess(IdentityService identityService, TaskService taskService, AuthorizationService authorizations,
                    AsApplication asApplication, OpenTasks openTasks) {
    this.identityService = identityService;
    this.taskService = taskService;
    this.authorizations = authorizations;
    this.asApplication = asApplication;
    this.openTasks = openTasks;
  }

  @Override
  public void beforeComplete(String taskId, java.util.Map<String, Object> variables) {
    Acting caller = person();
    if (caller == null) {
      return;
    }
    Task task = visible(caller, taskId);
    if (holds(caller, task) || offeredTo(caller, task)) {
      return;
    }
    throw Refusal.forbidden("Dette steget er ikke ditt. Du kan bare fullføre steg du har tatt, eller som er "
        + "tilbudt rollen din.", "You may only complete steps assigned to you or offered to your role.");
  }

  @Override
  public void beforeAssign(String taskId, String userId, Assignment how) {
    Acting caller = person();
    if (caller == null) {
      return;
    }
    Task task = visible(caller, taskId);
    boolean leder = isAdmin(caller) || caller.inGroup(Role.LEDER.groupOf(task.getTenantId()));
    boolean forThemselves = userId != null && userId.equals(caller.userId());
    if (how == Assignment.CLAIM && forThemselves) {
      if (offeredTo(caller, task)) {
        return;
      }
      throw Refusal.forbidden("Dette steget er ikke tilbudt rollen din, så du kan ikke ta det.",
          "The step is not offered to your role, so you cannot claim it.");
    }
    if (userId == null && holds(caller, task)) {
      return;
    }
    if (!leder || how == Assignment.CANDIDATE || how == Assignment.OWNER) {
      throw Refusal.forbidden("Bare leder i tjenesten kan gi et steg til en annen. Du kan ta steg som er tilbudt "
          + "rollen din.", "Only the service's leder may give a step to someone else; you may claim steps "
          + "offered to your role.");
    }
    requireOfferedTo(userId, task);
  }

  @Override
  public void beforeVariableChange(String taskId) {
    Acting caller = person();
    if (caller == null) {
      return;
    }
    visible(caller, taskId);
    if (!isAdmin(caller)) {
      throw Refusal.forbidden("Opplysningene i et steg endres bare gjennom stegets skjema.",
          "A step's variables change only through its form: complete the task with them.");
    }
  }

  /** The new holder must be someone the step is offered to: a member of one of its candidate groups. */
  private void requireOfferedTo(String userId, Task task) {
    if (userId == null) {
      return;
    }
    List<String> groups = candidateGroups(task);
    boolean offered = asApplication.call(() -> groups.stream().anyMatch(group ->
        identityService.createUserQuery().userId(userId).memberOfGroup(group).count() > 0));
    if (!offered) {
      throw Refusal.invalid("userId", "Steget kan bare gis til noen i rollen det er tilbudt i tjenesten.",
          "The step can only be given to a member of the role it is offered to in its service.");
    }
  }

  /**
   * The open task, if the caller can see it as the engine's task query would show it to them: in their service and
   * with a grant to read it. The grant on the task itself (which the engine gives whoever holds or is offered the
   * step) is checked directly; any other way to see it (a grant on the whole process) by the query itself.
   */
  private Task visible(Acting caller, String taskId) {
    Task task = openTasks.byId(taskId).orElse(null);
    if (task != null && !(readableAsStep(caller, task) || taskService.createTaskQuery().taskId(taskId).count() == 1)) {
      task = null;
    }
    if (task == null) {
      throw Refusal.notFound("Fant ikke steget. Det kan være fullført av noen andre, eller høre til en annen "
          + "tjeneste.", "No open task with id '" + taskId + "' that you can see.");
    }
    return task;
  }

  private boolean readableAsStep(Acting caller, Task task) {
    boolean inService = task.getTenantId() == null || caller.tenantIds().contains(task.getTenantId());
    return inService && asApplication.call(() -> authorizations.isUserAuthorized(caller.userId(), caller.groupIds(),
        Permissions.READ, Resources.TASK, task.getId()));
  }

  private static boolean holds(Acting caller, Task task) {
    return caller.userId().equals(task.getAssignee()) || caller.userId().equals(task.getOwner());
  }

  private boolean offeredTo(Acting caller, Task task) {
    List<String> groups = caller.groupIds();
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .anyMatch(link -> caller.userId().equals(link.getUserId()) || groups.contains(link.getGroupId()));
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
  }

  /** The person acting, or null when the application acts itself. */
  private Acting person() {
    Acting caller = Acting.now(identityService);
    return caller.isPerson() ? caller : null;
  }

  private static boolean isAdmin(Acting caller) {
    return caller.inGroup(Role.ADMIN_GROUP);
  }
}
