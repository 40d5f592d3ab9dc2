package no.grunnmodell.security.oidc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.grunnmodell.security.Role;
import no.grunnmodell.security.ServiceDirectory;

/**
 * Turns the groups an identity provider sends for a user into our groups: each service's role groups
 * ({@code kontaktperson-lorenskog}, ...), {@code prosesseier} and {@code camunda-admin}.
 *
 * <ul>
 *   <li>A provider group listed in the table ({@code grunnmodell.oidc.group-mapping}) becomes the groups it is
 *   mapped to.</li>
 *   <li>A provider group not in the table that is already named like one of ours stays itself.</li>
 *   <li>Every other provider group is ignored: the provider's groups never become engine groups of their own.</li>
 * </ul>
 *
 * The table may only name our groups; a mistake in it stops the start-up instead of silently granting nothing.
 */
public final class GroupMapping {

  private final Map<String, List<String>> table;
  private final Set<String> ourGroups;

  GroupMapping(Map<String, List<String>> table, Set<String> ourGroups) {
    this.table = Map.copyOf(table);
    this.ourGroups = Set.copyOf(ourGroups);
    List<String> unknown = new ArrayList<>();
    this.table.forEach((providerGroup, targets) -> targets.stream().filter(t -> !ourGroups.contains(t))
        .forEach(t -> unknown.add(providerGroup + " -> " + t)));
    if (!unknown.isEmpty()) {
      throw new IllegalStateException("grunnmodell.oidc.group-mapping names groups that do not exist: "
          + String.join(", ", new TreeSet<>(unknown)) + ". Our groups are <role>-<service> (kontaktperson, "
          + "tiltaksarbeider, leder; services from grunnmodell.services), " + Role.PROCESS_OWNER_GROUP + " and "
          + Role.ADMIN_GROUP + ".");
    }
  }

  public static GroupMapping of(OidcProperties properties, ServiceDirectory services) {
    return new GroupMapping(properties.groupMapping(), ourGroups(services));
  }

  /** Every group that a login can give: the role groups of every service and the cross-service groups. */
  static Set<String> ourGroups(ServiceDirectory services) {
    Set<String> groups = new LinkedHashSet<>();
    services.rolesInServices().forEach(r -> groups.add(r.groupId()));
    groups.add(Role.PROCESS_OWNER_GROUP);
    groups.add(Role.ADMIN_GROUP);
    return groups;
  }

  /**
   * Our groups for the value of the provider's group claim: a list of names (the usual form), or one string
   * of names separated by {@code delimiter}; no claim means no groups.
   */
  public Set<String> groupsOf(Object claim, String delimiter) {
    List<String> providerGroups = new ArrayList<>();
    if (claim instanceof Collection<?> names) {
      names.stream().filter(n -> n != null).map(Object::toString).forEach(providerGroups::add);
    } else if (claim != null) {
      for (String name : claim.toString().split(java.util.regex.Pattern.quote(delimiter))) {
        providerGroups.add(name);
      }
    }
    return map(providerGroups);
  }

  /** Our groups for the provider's group names, in a stable order. */
  public Set<String> map(Collection<String> providerGroups) {
    Set<String> mapped = new TreeSet<>();
    for (String raw : providerGroups) {
      String providerGroup = raw.strip();
      List<String> targets = table.get(providerGroup);
      if (targets != null) {
        mapped.addAll(targets);
      } else if (ourGroups.contains(providerGroup)) {
        mapped.add(providerGroup);
      }
    }
    return mapped;
  }
}
