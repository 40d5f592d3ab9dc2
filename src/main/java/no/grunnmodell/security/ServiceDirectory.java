package no.grunnmodell.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The barnevernstjenester of this installation, from {@code config/grunnmodell.yml}. Each service is a
 * Camunda tenant with one group per role.
 */
@Validated
@ConfigurationProperties(prefix = "grunnmodell")
public record ServiceDirectory(@NotEmpty @Valid List<Service> services) {

  public record Service(
      @NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
          message = "must be lower case ASCII letters and digits separated by single hyphens") String id,
      @NotBlank String name) {
  }

  /** A role in one service: the engine group that holds its people. */
  public record RoleInService(Service service, Role role) {

    public String groupId() {
      return role.groupOf(service.id());
    }
  }

  public Optional<Service> find(String id) {
    return services.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** Every role in every service, service by service. */
  public List<RoleInService> rolesInServices() {
    return services.stream().flatMap(s -> Arrays.stream(Role.values()).map(r -> new RoleInService(s, r))).toList();
  }

  /** The ids of the services in which someone with these groups has the role. */
  public List<String> servicesWhere(Role role, Collection<String> groupIds) {
    return services.stream().map(Service::id).filter(id -> groupIds.contains(role.groupOf(id))).toList();
  }
}
