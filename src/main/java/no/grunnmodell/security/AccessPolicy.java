package no.grunnmodell.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Permissions.*;
import static org.camunda.bpm.engine.authorization.Resources.*;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * What each role may do, as engine authorizations (engine authorization is on, so the webapps and both REST APIs
 * enforce them). Written at start-up, idempotently, for every service's role groups. The service boundary itself
 * is the tenant: a group's grants reach only its own service's courses.
 *
 * <ul>
 *   <li>kontaktperson: Tasklist; starts, reads and works the courses of the service.</li>
 *   <li>tiltaksarbeider: Tasklist; the tasks offered to the group (the engine grants those per task).</li>
 *   <li>leder: Tasklist and Cockpit; reads all of the service's courses and history, assigns and works tasks.</li>
 *   <li>prosesseier: Cockpit; deploys diagrams and forms, reads definitions, but no case data.</li>
 * </ul>
 */
@Component
@DependsOn({"serviceIdentities", "tasklistFilters"})
public class AccessPolicy implements InitializingBean {

  static final String ANY = "*";
  private static final List<String> STAFF_FILTERS = List.of("Mine oppgaver", "Forsinket", "Frist innen 7 dager",
      "Oppfølging i dag", "Oppgaver for min rolle");
  private static final String LEDER_FILTER = "Alle forsinkede steg i tjenesten (leder)";

  private final AuthorizationService authorizations;
  private final FilterService filterService;
  private final ServiceDirectory services;

  public AccessPolicy(AuthorizationService authorizations, FilterService filterService, ServiceDirectory services) {
    this.authorizations = authorizations;
    this.filterService = filterService;
    this.services = services;
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
        STAFF_FILTERS.forEach(name -> grantFilter(group, name));
      }
      grant(kontaktperson, PROCESS_DEFINITION, ANY, READ, CREATE_INSTANCE, READ_INSTANCE, UPDATE_INSTANCE,
          READ_HISTORY, READ_TASK, ProcessDefinitionPermissions.TASK_WORK);
      grant(kontaktperson, PROCESS_INSTANCE, ANY, CREATE);
      grant(tiltaksarbeider, PROCESS_DEFINITION, ANY, READ);
      grant(leder, APPLICATION, "cockpit", ACCESS);
      grant(leder, PROCESS_DEFINITION, ANY, READ, READ_INSTANCE, READ_HISTORY, READ_TASK,
          ProcessDefinitionPermissions.TASK_WORK, ProcessDefinitionPermissions.TASK_ASSIGN);
      grant(leder, DEPLOYMENT, ANY, READ);
      grantFilter(leder, LEDER_FILTER);
    }
    String owner = Role.PROCESS_OWNER_GROUP;
    grant(owner, APPLICATION, "cockpit", ACCESS);
    grant(owner, APPLICATION, "welcome", ACCESS);
    grant(owner, DEPLOYMENT, ANY, CREATE, READ, DELETE);
    grant(owner, PROCESS_DEFINITION, ANY, READ, UPDATE, ProcessDefinitionPermissions.SUSPEND);
    grant(owner, DECISION_DEFINITION, ANY, READ, UPDATE);
  }

  private void grantFilter(String group, String filterName) {
    Filter filter = filterService.createFilterQuery().filterName(filterName).singleResult();
    if (filter != null) {
      grant(group, FILTER, filter.getId(), READ);
    }
  }

  /** Sets the group's grant on the resource to exactly these permissions. */
  private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizations.createAuthorizationQuery().groupIdIn(group)
        .resourceType(resource).resourceId(resourceId).list().stream()
        .filter(a -> a.getAuthorizationType() == AUTH_TYPE_GRANT).findFirst()
        .orElseGet(() -> {
          Authorization created = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
          created.setGroupId(group);
          created.setResource(resource);
          created.setResourceId(resourceId);
          return created;
        });
    authorization.setPermissions(permissions);
    authorizations.saveAuthorization(authorization);
  }
}
