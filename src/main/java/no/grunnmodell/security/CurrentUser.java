package no.grunnmodell.security;

import java.util.List;
import no.grunnmodell.platform.Acting;
import no.grunnmodell.platform.ApiError;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Who is calling our REST API, and which services they may act in. The authentication filter has made the caller
 * the engine's authenticated user for the request.
 */
@Component
public class CurrentUser {

  private final IdentityService identityService;
  private final ServiceDirectory services;

  public CurrentUser(IdentityService identityService, ServiceDirectory services) {
    this.identityService = identityService;
    this.services = services;
  }

  /**
   * Refuses (403) a caller who is not on the staff of the service. Calls from inside the application, and the
   * break-glass camunda-admin, pass.
   */
  public void requireMemberOf(String serviceId) {
    if (!isMemberOf(serviceId)) {
      throw ApiError.forbidden("You are not a member of service " + serviceId + ".");
    }
  }

  /**
   * Whether the caller is on the staff of the service; true for calls from inside the application and for the
   * break-glass camunda-admin (whose every request is audited).
   */
  public boolean isMemberOf(String serviceId) {
    Acting caller = Acting.now(identityService);
    return caller.isApplication() || caller.tenantIds().contains(serviceId) || caller.inGroup(Role.ADMIN_GROUP);
  }

  /** Whether the caller is the break-glass camunda-admin. */
  public boolean isAdmin() {
    return Acting.now(identityService).inGroup(Role.ADMIN_GROUP);
  }

  /**
   * Refuses (403) anyone but the process owners and the break-glass camunda-admin, saying in English who may; calls
   * from inside the application pass.
   */
  public void requireProcessOwnerOrAdmin(String what) {
    Acting caller = Acting.now(identityService);
    if (!caller.isApplication() && !caller.inGroup(Role.PROCESS_OWNER_GROUP) && !caller.inGroup(Role.ADMIN_GROUP)) {
      throw ApiError.forbidden("Only a process owner (prosesseier) or an administrator may " + what + ".");
    }
  }

  /** The caller's user id, or "system" for calls from inside the application. */
  public String userId() {
    return Acting.now(identityService).userIdOr(null);
  }

  /** Whether the caller has the role in the service; true for calls from inside the application. */
  public boolean hasRole(Role role, String serviceId) {
    Acting caller = Acting.now(identityService);
    return caller.isApplication() || caller.inGroup(role.groupOf(serviceId));
  }

  /**
   * The services whose leder the caller is: all of them, or only {@code serviceId} when given (403 if the caller
   * does not lead it).
   */
  public List<String> servicesLedBy(String serviceId) {
    List<String> led = servicesLedByCaller().stream()
        .filter(id -> serviceId == null || id.equals(serviceId))
        .toList();
    if (led.isEmpty()) {
      throw ApiError.forbidden(serviceId == null
          ? "Only a service's leder can read its reports."
          : "You are not leder in service " + serviceId + ".");
    }
    return led;
  }

  /**
   * The one service whose overview the caller may read: a service they lead, or, for the break-glass camunda-admin,
   * the service they name. Without {@code serviceId} it is the service the caller leads, when they lead exactly
   * one. Refused with 403 for anyone else, and for a leder naming another service.
   */
  public String serviceOverseenBy(String serviceId) {
    if (isAdmin() && serviceId != null) {
      if (services.find(serviceId).isEmpty()) {
        throw ApiError.notFound("There is no service " + serviceId + ".");
      }
      return serviceId;
    }
    if (isAdmin() && servicesLedByCaller().isEmpty()) {
      throw ApiError.badField("serviceId", "serviceId is required: name the service whose overview to read.");
    }
    List<String> led = servicesLedBy(serviceId);
    if (led.size() > 1) {
      throw ApiError.badField("serviceId", "You lead several services: name one in serviceId.");
    }
    return led.get(0);
  }

  private List<String> servicesLedByCaller() {
    return services.servicesWhere(Role.LEDER, Acting.now(identityService).groupIds());
  }
}
