package no.grunnmodell.security;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The first administrator of a new installation, created at start-up from the operator's environment
 * ({@value #ID_VARIABLE}, {@value #PASSWORD_VARIABLE}) and made a member of camunda-admin, whose grants
 * {@link AccessPolicy} writes. Camunda's setup page, which would let the first visitor do this, is closed
 * ({@link SetupPageClosed}).
 *
 * <p>Ours rather than Camunda's {@code camunda.bpm.admin-user}: that one takes the user id as the password when
 * none is given, and says nothing (only at DEBUG) when the user already exists. Here a missing or weak password, or
 * an id that belongs to someone else, is a readable log line and nothing is created. An existing user is never
 * changed: the variables are for one start, and the password is changed in Admin afterwards.
 */
@Component
@DependsOn("accessPolicy")
public class FirstAdministrator implements InitializingBean {

  public static final String ID_VARIABLE = "GRUNNMODELL_FIRST_ADMIN_ID";
  public static final String PASSWORD_VARIABLE = "GRUNNMODELL_FIRST_ADMIN_PASSWORD";

  private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

  private final IdentityService identityService;
  private final AdminAudit audit;
  private final String userId;
  private final String password;

  public FirstAdministrator(IdentityService identityService, AdminAudit audit,
                            @Value("${grunnmodell.first-admin.id:}") String userId,
                            @Value("${grunnmodell.first-admin.password:}") String password) {
    this.identityService = identityService;
    this.audit = audit;
    this.userId = userId == null ? "" : userId.strip();
    this.password = password == null ? "" : password;
  }

  @Override
  public void afterPropertiesSet() {
    if (!userId.isEmpty()) {
      create();
    }
  }

  /** @return whether the administrator was created by this call */
  boolean create() {
    if (password.isBlank()) {
      LOG.error("First administrator {} not created: {} is not set. Set both variables for one start.", userId,
          PASSWORD_VARIABLE);
      return false;
    }
    if (identityService.createUserQuery().userId(userId).count() > 0) {
      if (identityService.createUserQuery().userId(userId).memberOfGroup(Role.ADMIN_GROUP).count() > 0) {
        LOG.info("First administrator {} exists and is left as it is. Remove {} and {} from the environment.",
            userId, ID_VARIABLE, PASSWORD_VARIABLE);
      } else {
        LOG.error("First administrator not created: {} names the existing user {}, who is not an administrator. "
            + "Nothing was changed; choose another id.", ID_VARIABLE, userId);
      }
      return false;
    }
    User user = identityService.newUser(userId);
    user.setFirstName("Administrator");
    user.setLastName("");
    PasswordPolicy policy = identityService.getPasswordPolicy();
    if (policy != null) {
      PasswordPolicyResult result = identityService.checkPasswordAgainstPolicy(policy, password, user);
      if (!result.isValid()) {
        LOG.error("First administrator {} not created: the password in {} breaks the password policy ({}).", userId,
            PASSWORD_VARIABLE, describe(result.getViolatedRules()));
        return false;
      }
    }
    user.setPassword(password);
    identityService.saveUser(user);
    identityService.createMembership(userId, Role.ADMIN_GROUP);
    audit.created(userId);
    LOG.info("First administrator {} created. Log in to Admin, change the password there, and remove {} and {} "
        + "from the environment.", userId, ID_VARIABLE, PASSWORD_VARIABLE);
    return true;
  }

  /** Tells the operator of a new installation what to do; with an administrator, says nothing. */
  @EventListener(ApplicationReadyEvent.class)
  public void reportWhenNoAdministrator() {
    if (identityService.createUserQuery().memberOfGroup(Role.ADMIN_GROUP).count() == 0) {
      LOG.warn("No administrator yet, so nobody can log in. To create the first one, set {} and {} for one start "
          + "(README: «Accounts and administrators»); Camunda's setup page is closed. To try the application with "
          + "demo users instead: mvn spring-boot:run -Dspring-boot.run.profiles=demo", ID_VARIABLE,
          PASSWORD_VARIABLE);
    }
  }

  /** The broken rules of Camunda's default policy in words, e.g. "at least 10 characters, a digit". */
  static String describe(List<PasswordPolicyRule> rules) {
    return rules.stream().map(rule -> {
      Map<String, String> parameters = rule.getParameters() == null ? Map.of() : rule.getParameters();
      return switch (rule.getPlaceholder()) {
        case "PASSWORD_POLICY_LENGTH" -> "at least " + parameters.getOrDefault("minLength", "10") + " characters";
        case "PASSWORD_POLICY_LOWERCASE" -> "a lower-case letter";
        case "PASSWORD_POLICY_UPPERCASE" -> "an upper-case letter";
        case "PASSWORD_POLICY_DIGIT" -> "a digit";
        case "PASSWORD_POLICY_SPECIAL" -> "a special character";
        case "PASSWORD_POLICY_USER_DATA" -> "not the user id, name or email";
        default -> rule.getPlaceholder();
      };
    }).collect(Collectors.joining(", "));
  }
}
