package no.grunnmodell.platform;

import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * Every course belongs to its service (tenant). Diagrams are shared by all services, so the tenant is chosen
 * when a course starts: the {@code serviceId} variable (REST API), else the starting user's only service
 * (Tasklist). Called processes belong to their parent's service.
 */
public class ServiceTenantProvider implements TenantIdProvider {

  public static final String SERVICE_VARIABLE = "serviceId";

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    if (ctx.getSuperExecution() != null) {
      return ctx.getSuperExecution().getTenantId();
    }
    Object service = ctx.getVariables().get(SERVICE_VARIABLE);
    if (service instanceof String id && !id.isBlank()) {
      return id;
    }
    Authentication auth = Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthentication();
    List<String> tenants = auth == null ? null : auth.getTenantIds();
    return tenants != null && tenants.size() == 1 ? tenants.get(0) : null;
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
  }
}
