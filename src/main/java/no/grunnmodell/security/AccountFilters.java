package no.grunnmodell.security;

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
}
