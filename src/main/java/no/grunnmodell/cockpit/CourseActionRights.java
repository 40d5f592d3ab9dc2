package no.grunnmodell.cockpit;

import no.grunnmodell.platform.Acting;
import static org.camunda.bpm.engine.authorization.Permissions.DELETE;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.DELETE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.SUSPEND;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.SUSPEND_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.UPDATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.UPDATE_INSTANCE_VARIABLE;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/**
 * What the logged-in person may change in courses outside a form, read from the engine's authorizations as the
 * engine itself checks them (each right is any one of the grants the engine accepts for it, on all courses or
 * all definitions). Cockpit shows its buttons to everyone and lets the engine refuse with an English 403; the
 * Cockpit script {@code grunnmodell-course-actions.js} hides the buttons of the rights that are false. In this
 * installation only camunda-admin has them (README, «Roles and what they may do»), and the process owner
 * suspends definitions.
 */
@Component
public class CourseActionRights {

  /** The rights, each true when the person may use the buttons of that name. */
  public record Rights(boolean cancelCourses, boolean suspendCourses, boolean changeVariables, boolean retryJobs,
                       boolean suspendDefinitions, boolean changeDefinitions, boolean deleteDeployments) {
  }

  private record Grant(Permission permission, Resource resource) {
  }

  private final AuthorizationService authorizations;
  private final IdentityService identityService;

  public CourseActionRights(AuthorizationService authorizations, IdentityService identityService) {
    this.authorizations = authorizations;
    this.identityService = identityService;
  }

  /** The current person's rights; nobody logged in has none. */
  public Rights current() {
    Acting caller = Acting.now(identityService);
    if (!caller.isPerson()) {
      return new Rights(false, false, false, false, false, false, false);
    }
    return new Rights(
        any(caller, grant(DELETE, PROCESS_INSTANCE), grant(DELETE_INSTANCE, PROCESS_DEFINITION)),
        any(caller, grant(ProcessInstancePermissions.SUSPEND, PROCESS_INSTANCE),
            grant(SUSPEND_INSTANCE, PROCESS_DEFINITION), grant(UPDATE, PROCESS_INSTANCE),
            grant(UPDATE_INSTANCE, PROCESS_DEFINITION)),
        any(caller, grant(ProcessInstancePermissions.UPDATE_VARIABLE, PROCESS_INSTANCE),
            grant(UPDATE_INSTANCE_VARIABLE, PROCESS_DEFINITION), grant(UPDATE, PROCESS_INSTANCE),
            grant(UPDATE_INSTANCE, PROCESS_DEFINITION)),
        any(caller, grant(ProcessInstancePermissions.RETRY_JOB, PROCESS_INSTANCE),
            grant(ProcessDefinitionPermissions.RETRY_JOB, PROCESS_DEFINITION), grant(UPDATE, PROCESS_INSTANCE),
            grant(UPDATE_INSTANCE, PROCESS_DEFINITION)),
        any(caller, grant(SUSPEND, PROCESS_DEFINITION), grant(UPDATE, PROCESS_DEFINITION)),
        any(caller, grant(UPDATE, PROCESS_DEFINITION)),
        any(caller, grant(DELETE, DEPLOYMENT)));
  }

  private static Grant grant(Permission permission, Resource resource) {
    return new Grant(permission, resource);
  }

  private boolean any(Acting caller, Grant... grants) {
    return Arrays.stream(grants).anyMatch(g ->
        authorizations.isUserAuthorized(caller.userId(), caller.groupIds(), g.permission(), g.resource()));
  }
}
