package no.grunnmodell.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;

/**
 * Camunda's password policy, switched on for one piece of a test: it is on outside the demo profile, but the shared
 * test context runs the demo profile (its users have the password demo), so this is how a test sees production.
 */
public final class PasswordPolicyToggle {

  private PasswordPolicyToggle() {
  }

  public static void on(ProcessEngine engine, Runnable work) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    boolean enabled = configuration.isEnablePasswordPolicy();
    configuration.setPasswordPolicy(new DefaultPasswordPolicyImpl());
    configuration.setEnablePasswordPolicy(true);
    try {
      work.run();
    } finally {
      configuration.setEnablePasswordPolicy(enabled);
      configuration.setPasswordPolicy(null);
    }
  }
}
