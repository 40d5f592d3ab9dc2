package no.grunnmodell.security.oidc;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

/**
 * Everything engine- and webapp-specific about the OpenID Connect login, in one class, so that a Camunda upgrade
 * touches only this file.
 *
 * <ul>
 *   <li>At login ({@link #admit}): the user becomes (or stays) a user of the engine, with a password nobody
 *   knows, member of exactly the groups mapped from the provider. The engine's own identity tables stay the one
 *   identity store: candidate-user queries, assignee names in Tasklist and Cockpit and the user list in Admin keep
 *   working, and the REST APIs keep HTTP Basic against the same tables. A login that would take over a local user
 *   (one not made by such a login: a demo user, the case system's account) is refused.</li>
 *   <li>On the webapps' requests ({@link #webappFilter()}): Camunda's container-based authentication takes the
 *   user from Spring Security's login and opens the webapp session with the mapped groups from the login, and
 *   with the tenants (services) that those groups are members of in the engine. So the service boundary is the
 *   same as with a password login: {@code kontaktperson-lorenskog} is a member of tenant {@code lorenskog}.</li>
 * </ul>
 *
 * Camunda's own integration (camunda-bpm-spring-boot-starter-security) would do the second part, but it is not
 * published on Maven Central, and its identity provider answers every tenant query with "none", which would put
 * every OIDC user outside every service.
 */
public class CamundaOidcBridge {

  /** Spring Security authorities that carry one of our groups: {@code GROUP_kontaktperson-lorenskog}. */
  public static final String GROUP_AUTHORITY_PREFIX = "GROUP_";

  /** User info that marks the engine users made by a login over OpenID Connect. */
  static final String LOGIN_SOURCE = "login-source";
  static final String LOGIN_SOURCE_OIDC = "oidc";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int PASSWORD_LENGTH = 40;
  private static final int MAX_PASSWORD_ATTEMPTS = 1000;

  private final IdentityService identityService;

  public CamundaOidcBridge(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** A refused login: what the person is told, and the reason for the log. */
  public record Refused(LoginRefusal refusal, String reason) {
  }

  /**
   * Makes the provider's user the engine user {@code userId} with exactly {@code groups}, or says why not.
   *
   * @return null when admitted, else why the login is refused
   */
  public Refused admit(String userId, String firstName, String lastName, String email, Set<String> groups) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user != null && !LOGIN_SOURCE_OIDC.equals(identityService.getUserInfo(userId, LOGIN_SOURCE))) {
      return new Refused(LoginRefusal.LOCAL_USER, "user id " + userId + " belongs to a local user of the engine");
    }
    try {
      boolean created = user == null;
      if (created) {
        user = identityService.newUser(userId);
      }
      // The webapps show "<first name> <last name>" as stored, so a missing name would read «null»; a user
      // without any name is shown by the user id
      boolean unnamed = isBlank(firstName) && isBlank(lastName);
      user.setFirstName(unnamed ? userId : orEmpty(firstName));
      user.setLastName(orEmpty(lastName));
      user.setEmail(email);
      if (created) {
        // Nobody knows it: HTTP Basic fails for this user (the engine cannot check a user without password)
        user.setPassword(unusablePassword(user));
      }
      identityService.saveUser(user);
      if (created) {
        identityService.setUserInfo(userId, LOGIN_SOURCE, LOGIN_SOURCE_OIDC);
      }
      Set<String> current = new TreeSet<>(identityService.createGroupQuery().groupMember(userId).list().stream()
          .map(Group::getId).toList());
      for (String group : groups) {
        if (!current.contains(group)) {
          identityService.createMembership(userId, group);
        }
      }
      for (String group : current) {
        if (!groups.contains(group)) {
          identityService.deleteMembership(userId, group);
        }
      }
      return null;
    } catch (ProcessEngineException e) {
      return new Refused(LoginRefusal.INVALID_USER,
          "user id " + userId + " cannot be an engine user id (" + e.getMessage() + ")");
    }
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private static String orEmpty(String text) {
    return isBlank(text) ? "" : text.strip();
  }

  /**
   * A random password that also passes the engine's password policy when it is on (outside the demo profile):
   * the policy refuses, among others, a password that happens to contain the user's name, which for a short name
   * is a matter of chance, so candidates are drawn until one passes.
   */
  private String unusablePassword(User user) {
    PasswordPolicy policy = identityService.getPasswordPolicy();
    for (int attempt = 0; attempt < MAX_PASSWORD_ATTEMPTS; attempt++) {
      String candidate = randomPassword();
      if (policy == null || identityService.checkPasswordAgainstPolicy(policy, candidate, user).isValid()) {
        return candidate;
      }
    }
    throw new ProcessEngineException("no random password passes the password policy");
  }

  /** 40 characters drawn from every printable ASCII character: all of the policy's character classes. */
  static String randomPassword() {
    StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
    for (int i = 0; i < PASSWORD_LENGTH; i++) {
      password.append((char) ('!' + RANDOM.nextInt('~' - '!' + 1)));
    }
    return password.toString();
  }

  /** The filter that turns Spring Security's login into the Camunda webapps' session user. */
  public Filter webappFilter() {
    return new WebappFilter();
  }

  /** The services (tenants) whose members the groups are, as the engine's identity data says. */
  static List<String> tenantsOf(ProcessEngine engine, List<String> groups) {
    Set<String> tenants = new TreeSet<>();
    for (String group : groups) {
      engine.getIdentityService().createTenantQuery().groupMember(group).list().stream().map(Tenant::getId)
          .forEach(tenants::add);
    }
    return List.copyOf(tenants);
  }

  static List<String> groupsOf(Authentication authentication) {
    return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(a -> a != null && a.startsWith(GROUP_AUTHORITY_PREFIX))
        .map(a -> a.substring(GROUP_AUTHORITY_PREFIX.length())).sorted().toList();
  }

  /** Camunda's container-based login filter, with our provider set directly instead of by class name. */
  static final class WebappFilter extends ContainerBasedAuthenticationFilter {

    @Override
    public void init(FilterConfig filterConfig) {
      authenticationProvider = new SpringSecurityLogin();
    }

    @Override
    protected UserAuthentication createAuthentication(ProcessEngine engine, String userId, List<String> groups,
                                                      List<String> tenants) {
      engine.getIdentityService().clearAuthentication();
      UserAuthentication authentication = AuthenticationUtil.createAuthentication(engine, userId, groups,
          tenants != null ? tenants : tenantsOf(engine, groups));
      if (authentication == null) {
        throw new IllegalStateException("User " + userId + " logged in over OpenID Connect but is no longer a user "
            + "of engine " + engine.getName() + "; log in again");
      }
      return authentication;
    }
  }

  /** The user of the request's Spring Security login, with the groups mapped at login. Runs on every request. */
  public static final class SpringSecurityLogin extends ContainerBasedAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
      Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
      if (!(authentication instanceof OAuth2AuthenticationToken token) || token.getName() == null
          || token.getName().isBlank()) {
        return AuthenticationResult.unsuccessful();
      }
      AuthenticationResult result = AuthenticationResult.successful(token.getName());
      result.setGroups(groupsOf(token));
      return result;
    }
  }
}
