package no.grunnmodell.security.oidc;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the identity provider's login becomes our roles (profile {@code oidc}). The table lives in
 * {@code config/grunnmodell.yml}; the claim names in {@code application-oidc.yml}, from the environment.
 *
 * @param groupClaim     the ID token or userinfo claim that lists the user's groups at the provider
 * @param groupDelimiter separates the groups when the provider sends them as one string instead of a list
 * @param groupMapping   provider group name to one or more of our groups ({@code kontaktperson-lorenskog}); a
 *                       provider group that is already named like one of ours needs no entry
 */
@ConfigurationProperties(prefix = "grunnmodell.oidc")
public record OidcProperties(
    @DefaultValue("groups") String groupClaim,
    @DefaultValue(",") String groupDelimiter,
    Map<String, List<String>> groupMapping) {

  public OidcProperties {
    groupMapping = groupMapping == null ? Map.of() : Map.copyOf(groupMapping);
  }
}
