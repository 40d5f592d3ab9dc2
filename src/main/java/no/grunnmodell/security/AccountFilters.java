package no.grunnmodell.security;

import no.grunnmodell.platform.RestAuthentication;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The servlet filters that guard the accounts, in every profile. */
@Configuration(proxyBeanMethods = false)
public class AccountFilters {

  /** First of all filters: not even a login (OpenID Connect or the webapps' own) reaches the setup page. */
  @Bean
  FilterRegistrationBean<SetupPageClosed> setupPageClosed(CamundaBpmProperties camunda) {
    SetupPageClosed filter = new SetupPageClosed(camunda.getWebapp().getApplicationPath());
    FilterRegistrationBean<SetupPageClosed> registration = new FilterRegistrationBean<>(filter);
    registration.setName("camunda-setup-closed");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.setUrlPatterns(filter.urlPatterns());
    return registration;
  }

  /**
   * After every login filter: HTTP Basic on the REST APIs ({@link RestAuthentication#AUTHENTICATION_ORDER}) and, in
   * the oidc profile, Spring Security and the bridge to the webapps' session. Camunda's own webapp filters come after
   * all registered filters, so its session login is read directly (see {@link AdminRequestAudit}).
   */
  @Bean
  FilterRegistrationBean<AdminRequestAudit> adminRequestAudit(CamundaBpmProperties camunda,
                                                             IdentityService identityService, AdminAudit audit) {
    String webapps = camunda.getWebapp().getApplicationPath();
    FilterRegistrationBean<AdminRequestAudit> registration =
        new FilterRegistrationBean<>(new AdminRequestAudit(identityService, audit, webapps));
    registration.setName("admin-request-audit");
    registration.setOrder(RestAuthentication.AUTHENTICATION_ORDER + 1);
    registration.addUrlPatterns("/engine-rest/*", "/api/*", webapps + "/api/*");
    return registration;
  }
}
