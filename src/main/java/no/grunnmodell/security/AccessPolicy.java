package no.grunnmodell.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.SUSPEND;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.TASK_ASSIGN;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * What each role may do, as engine authorizations, so that the webapps, the engine REST API and the Java API all
 * enforce the same least privilege. Written at start-up for every service's role groups; each grant is set to
 * exactly the permissions below, so a start after an upgrade also takes away what an older version granted. The
 * service boundary is the tenant: a group's grants reach only its own service's courses. README's role table is the
 * written form of this class, and {@code RoleTableIntTest} checks every cell of it against the running application.
 *
 * <ul>
 *   <li>kontaktperson: Tasklist; starts courses (only the processes in {@code grunnmodell.startable-processes}),
 *       reads the service's courses and their history. Works the steps it holds or that are offered to the role:
 *       the engine grants those per step (read + work, {@code defaultUserPermissionNameForTask: TASK_WORK}).</li>
 *   <li>tiltaksarbeider: Tasklist; only the steps offered to the role (per step, as above).</li>
 *   <li>leder: Tasklist and Cockpit; reads all of the service's courses and history, hands steps to the people
 *       they are offered to, works the leder's own steps (per step), reads the reports and the overview.</li>
 *   <li>prosesseier: Cockpit; deploys diagrams and forms and reads definitions; no case data, no deleting.</li>
 *   <li>camunda-admin: everything, as the break-glass account; every change it makes outside a form is audited.</li>
 * </ul>
 * Nobody but camunda-admin modifies, suspends, cancels or deletes courses, sets their variables outside a form,
 * correlates messages or executes jobs: no role here has UPDATE_INSTANCE, DELETE_INSTANCE or UPDATE on instances.
 */
@Component
@DependsOn({"serviceIdentities", "tasklistFilters"})
public class AccessPolicy implements InitializingBean {

  static final String ANY = "*";

  private final AuthorizationService authorizations;
  private final FilterService filterService;
  private final ServiceDirectory services;
  private final StartableProcesses startable;

  public AccessPolicy(AuthorizationService authorizations, FilterService filterService, ServiceDirectory services,
                      StartableProcesses startable) {
    this.authorizations = authorizations;
    this.filterService = filterService;
    this.services = services;
    this.startable = startable;
  }

  @Override
  public void afterPropertiesSet() {
    for (ServiceDirectory.Service service : services.services()) {
      String kontaktperson = Role.KONTAKTPERSON.groupOf(service.id());
      String tiltaksarbeider = Role.TILTAKSARBEIDER.groupOf(service.id());
      String leder = Role.LEDER.groupOf(service.id());
      for (String group : List.of(kontaktperson, tiltaksarbeider, leder)) {
        grant(group, APPLICATION, "tasklist", ACCESS);
        grant(group, APPLICATION, "welcome", ACCESS);
        // Names instead of user ids in the Tasklist: the staff directory, not case data.
        grant(group, USER, ANY, READ);
        grant(group, GROUP, ANY, READ);
        TasklistFilterNames.STAFF.forEach(name -> grantFilter(group, name));
      }
      grant(kontaktperson, PROCESS_DEFINITION, ANY, READ, READ_INSTANCE, READ_HISTORY, READ_TASK);
      for (String process : startable.startableProcesses()) {
        grant(kontaktperson, PROCESS_DEFINITION, process, READ, READ_INSTANCE, READ_HISTORY, READ_TASK,
            CREATE_INSTANCE);
      }
      grant(kontaktperson, PROCESS_INSTANCE, ANY, CREATE);
      grant(tiltaksarbeider, PROCESS_DEFINITION, ANY, READ);
      // Their first filter: the steps they hold and those offered to the role (the Tasklist opens it first).
      grantFilter(tiltaksarbeider, TasklistFilterNames.OFFERED_TO_ME);
      grant(leder, APPLICATION, "cockpit", ACCESS);
      grant(leder, PROCESS_DEFINITION, ANY, READ, READ_INSTANCE, READ_HISTORY, READ_TASK, TASK_ASSIGN);
      grant(leder, DEPLOYMENT, ANY, READ);
      // Cockpit's «Brukeroppgaver» page counts open steps per candidate group with the engine's task report,
      // which demands READ on every task. The tenant check still keeps the leder to their own service, and every
      // step of a course they can already read through READ_TASK above; the grant adds no case data.
      grant(leder, TASK, ANY, READ);
      grantFilter(leder, TasklistFilterNames.SERVICE_OVERDUE);
    }
    String owner = Role.PROCESS_OWNER_GROUP;
    grant(owner, APPLICATION, "cockpit", ACCESS);
    grant(owner, APPLICATION, "welcome", ACCESS);
    grant(owner, DEPLOYMENT, ANY, CREATE, READ);
    grant(owner, PROCESS_DEFINITION, ANY, READ, SUSPEND);
    // Older versions let the process owner delete deployments (with their courses) and update decisions.
    revoke(owner, Resources.DECISION_DEFINITION, ANY);

    // camunda-admin is no superuser in Camunda 7: it passes the tenant checks, but needs grants like anyone else.
    for (Resources resource : Resources.values()) {
      grant(Role.ADMIN_GROUP, resource, ANY, ALL);
    }
  }

  private void grantFilter(String group, String filterName) {
    Filter filter = filterService.createFilterQuery().filterName(filterName).singleResult();
    if (filter != null) {
      grant(group, FILTER, filter.getId(), READ);
    }
  }

  /** Sets the group's grant on the resource to exactly these permissions. */
  private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = existing(group, resource, resourceId);
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(group);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    authorization.setPermissions(permissions);
    authorizations.saveAuthorization(authorization);
  }

  private void revoke(String group, Resource resource, String resourceId) {
    Authorization authorization = existing(group, resource, resourceId);
    if (authorization != null) {
      authorizations.deleteAuthorization(authorization.getId());
    }
  }

  private Authorization existing(String group, Resource resource, String resourceId) {
    return authorizations.createAuthorizationQuery().groupIdIn(group)
        .resourceType(resource).resourceId(resourceId).list().stream()
        .filter(a -> a.getAuthorizationType() == AUTH_TYPE_GRANT).findFirst().orElse(null);
  }
}
