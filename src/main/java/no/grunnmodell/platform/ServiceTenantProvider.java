package no.grunnmodell.platform;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Every course belongs to its service (tenant), and the service comes from who starts it. Diagrams are shared by
 * all services, so the tenant is chosen when a course starts:
 * <ul>
 *   <li>a person (Tasklist, engine REST API) starts it in their own service; a {@code serviceId} variable may only
 *       pick one of the services they are a member of, and naming any other is refused before anything is
 *       written, with the same answer whether that service has the case or not;</li>
 *   <li>the application itself (the course API after its own checks, the deadline watch, the demo) names the
 *       service in {@code serviceId};</li>
 *   <li>called processes belong to their parent's service.</li>
 * </ul>
 */
public class ServiceTenantProvider implements TenantIdProvider {

  public static final String SERVICE_VARIABLE = "serviceId";

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    if (ctx.getSuperExecution() != null) {
      return ctx.getSuperExecution().getTenantId();
    }
    Object variable = ctx.getVariables() == null ? null : ctx.getVariables().get(SERVICE_VARIABLE);
    String requested = Text.orNull(variable);
    Authentication caller = Context.getCommandContext() == null ? null
        : Context.getCommandContext().getAuthentication();
    if (caller == null || caller.getUserId() == null) {
      return requested;
    }
    List<String> own = caller.getTenantIds() == null ? List.of() : caller.getTenantIds();
    if (requested != null) {
      if (!own.contains(requested)) {
        throw Refusal.forbidden("Du kan bare starte forløp i en barnevernstjeneste du arbeider i.",
            "You may only start courses in a service you are a member of.");
      }
      return requested;
    }
    if (own.size() == 1) {
      return own.get(0);
    }
    if (own.isEmpty()) {
      throw Refusal.forbidden("Du er ikke med i noen barnevernstjeneste, så du kan ikke starte forløp.",
          "You are not a member of any service, so you cannot start courses.");
    }
    throw Refusal.invalid(SERVICE_VARIABLE, "Du arbeider i flere barnevernstjenester: start forløpet fra "
        + "fagsystemet, som sier hvilken tjeneste det gjelder.", "You are a member of several services: name the "
        + "service in serviceId.");
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
