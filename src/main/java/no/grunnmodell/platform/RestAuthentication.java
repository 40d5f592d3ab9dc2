package no.grunnmodell.platform;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine REST API is open by default; here it, and our own API under /api, require HTTP Basic against the
 * engine's identity service. The filter also makes the caller the engine's authenticated user for the request,
 * so tenant checks (a service sees only its own courses) apply to everything the request does. Their answers carry
 * security headers and are never cached ({@link ApiResponseHeaders}).
 */
@Configuration
public class RestAuthentication {

  /** Where HTTP Basic sits among the filters: filters that need to know the caller are ordered after it. */
  public static final int AUTHENTICATION_ORDER = Ordered.LOWEST_PRECEDENCE - 100;

  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.setOrder(AUTHENTICATION_ORDER);
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    return registration;
  }

  /**
   * Before everything else on the APIs, so that a refusal by HTTP Basic (401) carries the headers too; also on the
   * webapps' API, which Camunda leaves without any Cache-Control.
   */
  @Bean
  public FilterRegistrationBean<ApiResponseHeaders> apiResponseHeaders(CamundaBpmProperties camunda) {
    String webapps = camunda.getWebapp().getApplicationPath();
    FilterRegistrationBean<ApiResponseHeaders> registration =
        new FilterRegistrationBean<>(new ApiResponseHeaders(webapps));
    registration.setName("api-response-headers");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    registration.addUrlPatterns("/engine-rest/*", "/api/*", webapps + "/api/*");
    return registration;
  }

  /** Refusals answered with their own status and sentence on both faces of the engine's REST API. */
  @Bean
  public FilterRegistrationBean<RestErrorTranslation> restErrorTranslation() {
    FilterRegistrationBean<RestErrorTranslation> registration =
        new FilterRegistrationBean<>(new RestErrorTranslation());
    registration.setName("rest-error-translation");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    return registration;
  }
}
