package no.grunnmodell.security.oidc;

import java.util.List;
import java.util.Set;
import no.grunnmodell.security.AdminAudit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.util.StringUtils;

/**
 * A login at the identity provider becomes a user of ours: the provider's groups (the claim
 * {@code grunnmodell.oidc.group-claim} of the ID token or userinfo) are mapped to our groups, which become the
 * login's only authorities. A user without any of our groups is refused, and so is a login that would take over
 * a local user of the engine.
 */
public class OidcLogin implements OAuth2UserService<OidcUserRequest, OidcUser> {

  private static final Logger LOG = LoggerFactory.getLogger(OidcLogin.class);

  private final OidcUserService provider = new OidcUserService();
  private final OidcProperties properties;
  private final GroupMapping mapping;
  private final CamundaOidcBridge engine;
  private final AdminAudit audit;

  public OidcLogin(OidcProperties properties, GroupMapping mapping, CamundaOidcBridge engine, AdminAudit audit) {
    this.properties = properties;
    this.mapping = mapping;
    this.engine = engine;
    this.audit = audit;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser user = provider.loadUser(request);
    String userId = user.getName();
    Set<String> groups = mapping.groupsOf(user.getAttributes().get(properties.groupClaim()),
        properties.groupDelimiter());
    if (groups.isEmpty()) {
      throw refused(userId, new CamundaOidcBridge.Refused(LoginRefusal.NO_ROLE, "none of the user's groups (claim '"
          + properties.groupClaim() + "') is mapped to a role in Grunnmodell"));
    }
    String firstName = user.getGivenName() != null ? user.getGivenName() : user.getFullName();
    CamundaOidcBridge.Refused refusal = engine.admit(userId, firstName, user.getFamilyName(), user.getEmail(),
        groups);
    if (refusal != null) {
      throw refused(userId, refusal);
    }
    LOG.info("OpenID Connect login of {} with groups {}", userId, groups);
    if (AdminAudit.isAdministrator(groups)) {
      audit.login(userId, "oidc");
    }
    List<GrantedAuthority> authorities = groups.stream()
        .<GrantedAuthority>map(g -> new SimpleGrantedAuthority(CamundaOidcBridge.GROUP_AUTHORITY_PREFIX + g))
        .toList();
    String nameAttribute = request.getClientRegistration().getProviderDetails().getUserInfoEndpoint()
        .getUserNameAttributeName();
    return StringUtils.hasText(nameAttribute)
        ? new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), nameAttribute)
        : new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo());
  }

  /** The reason goes to the log only; the person is told {@link LoginRefusal}'s sentence ({@link RefusedLoginPage}). */
  private static OAuth2AuthenticationException refused(String userId, CamundaOidcBridge.Refused refused) {
    LOG.warn("OpenID Connect login of {} refused: {}", userId, refused.reason());
    return new OAuth2AuthenticationException(new OAuth2Error(refused.refusal().errorCode()), refused.reason());
  }
}
