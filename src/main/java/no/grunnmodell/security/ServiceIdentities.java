package no.grunnmodell.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Makes the engine's identity data match config/grunnmodell.yml at start-up: a tenant per service, a group per
 * role and service (member of the tenant), and the cross-service groups. Idempotent; never deletes anything.
 */
@Component
public class ServiceIdentities implements InitializingBean {

  private static final Logger LOG = LoggerFactory.getLogger(ServiceIdentities.class);

  private final IdentityService identityService;
  private final ServiceDirectory services;

  public ServiceIdentities(IdentityService identityService, ServiceDirectory services) {
    this.identityService = identityService;
    this.services = services;
  }

  @Override
  public void afterPropertiesSet() {
    ensureGroup(Role.PROCESS_OWNER_GROUP, "Prosesseiere", "SYSTEM");
    ensureGroup(Role.ADMIN_GROUP, "Administratorer", "SYSTEM");
    services.services().forEach(this::ensureTenant);
    for (ServiceDirectory.RoleInService r : services.rolesInServices()) {
      String groupId = r.groupId();
      String serviceId = r.service().id();
      ensureGroup(groupId, r.role().label() + " – " + r.service().name(), "WORKFLOW");
      if (identityService.createTenantQuery().groupMember(groupId).tenantId(serviceId).count() == 0) {
        identityService.createTenantGroupMembership(serviceId, groupId);
      }
    }
    LOG.info("Identity data checked for {} services", services.services().size());
  }

  private void ensureTenant(ServiceDirectory.Service service) {
    Tenant tenant = identityService.createTenantQuery().tenantId(service.id()).singleResult();
    if (tenant == null) {
      tenant = identityService.newTenant(service.id());
    }
    tenant.setName(service.name());
    identityService.saveTenant(tenant);
  }

  private void ensureGroup(String id, String name, String type) {
    Group group = identityService.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identityService.newGroup(id);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
    }
  }
}
