package no.grunnmodell.security.oidc;

import jakarta.servlet.DispatcherType;
import no.grunnmodell.security.AdminAudit;
import no.grunnmodell.security.ServiceDirectory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who logs in to the webapps. By default the engine's identity service: the webapps' own login form, and HTTP
 * Basic on the REST APIs ({@link no.grunnmodell.platform.RestAuthentication}). With the profile {@code oidc} the
 * webapps log in at an external identity provider over OpenID Connect instead (see README); the REST APIs stay
 * on HTTP Basic for the case system.
 */
@Configuration(proxyBeanMethods = false)
public class OidcSecurity {

  public static final String PROFILE = "oidc";
  /** The client registration in application-oidc.yml; the provider redirects back to /login/oauth2/code/grunnmodell. */
  public static final String REGISTRATION = "grunnmodell";

  private static final Logger LOG = LoggerFactory.getLogger(OidcSecurity.class);

  /**
   * Without OpenID Connect, Spring Security (on the class path for the oidc profile) stays out of every request:
   * its filter is not registered at all, so requests, headers and sessions are exactly as without it. The
   * permit-all chain only keeps Spring Boot from building its default login chain.
   */
  @Configuration(proxyBeanMethods = false)
  @Profile("!" + PROFILE)
  static class EngineLogin {

    @Bean
    SecurityFilterChain engineLoginOnly(HttpSecurity http) throws Exception {
      return http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
          .csrf(AbstractHttpConfigurer::disable)
          .cors(AbstractHttpConfigurer::disable)
          .build();
    }

    @Bean
    static BeanPostProcessor springSecurityFilterNotRegistered() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessBeforeInitialization(Object bean, String beanName) {
          if (bean instanceof DelegatingFilterProxyRegistrationBean registration) {
            registration.setEnabled(false);
          }
          return bean;
        }
      };
    }
  }

  @Configuration(proxyBeanMethods = false)
  @Profile(PROFILE)
  static class OpenIdConnectLogin {

    @Bean
    GroupMapping groupMapping(OidcProperties properties, ServiceDirectory services) {
      return GroupMapping.of(properties, services);
    }

    @Bean
    CamundaOidcBridge camundaOidcBridge(IdentityService identityService) {
      return new CamundaOidcBridge(identityService);
    }

    @Bean
    OidcLogin oidcLogin(OidcProperties properties, GroupMapping groupMapping, CamundaOidcBridge bridge,
                        AdminAudit audit) {
      return new OidcLogin(properties, groupMapping, bridge, audit);
    }

    /**
     * Spring Security handles only the webapps and its own login and logout URLs. The REST APIs
     * (/engine-rest, /api) never pass through it and keep HTTP Basic; health stays open.
     */
    @Bean
    SecurityFilterChain webappLogin(HttpSecurity http, CamundaBpmProperties camunda, OidcLogin oidcLogin,
                                    ClientRegistrationRepository registrations) throws Exception {
      String webapps = camunda.getWebapp().getApplicationPath();
      PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
      OidcClientInitiatedLogoutSuccessHandler providerLogout =
          new OidcClientInitiatedLogoutSuccessHandler(registrations);
      providerLogout.setPostLogoutRedirectUri("{baseUrl}" + webapps + "/");
      // «Logg ut» in the webapps only asks their API to forget the user; grunnmodell-sso-logout.js makes it go to
      // /logout, which also ends the session at the provider. Should the script not have run, the API call still
      // ends our session (an XHR cannot follow the provider's redirect).
      RequestMatcher webappLogout = path.matcher(HttpMethod.POST, webapps + "/api/admin/auth/user/*/logout");
      LOG.info("Webapps at {} log in over OpenID Connect; the REST APIs keep HTTP Basic", webapps);
      return http
          // Path patterns on the whole path: the webapps run in Jersey servlets, not in Spring MVC
          .securityMatcher(new OrRequestMatcher(path.matcher(webapps + "/**"), path.matcher("/oauth2/**"),
              path.matcher("/login/**"), path.matcher("/login"), path.matcher("/logout")))
          .authorizeHttpRequests(a -> a
              // The webapps' own password form would bypass the provider
              .requestMatchers(path.matcher(HttpMethod.POST, webapps + "/api/admin/auth/user/*/login/**")).denyAll()
              .requestMatchers(path.matcher(webapps + "/app/**"), path.matcher(webapps + "/api/**")).authenticated()
              .anyRequest().permitAll())
          // No login page of Spring's own (English, «Invalid credentials»): straight to the provider, and a refused
          // login to our page that says why in Norwegian
          .oauth2Login(login -> login.loginPage("/oauth2/authorization/" + REGISTRATION)
              .failureHandler(RefusedLoginPage.failureHandler())
              .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcLogin)))
          // The webapps' scripts get a 401 (and reload into the login) instead of a redirect they cannot follow;
          // everything else goes to the provider
          .exceptionHandling(e -> e
              .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                  path.matcher(webapps + "/api/**"))
              .defaultAuthenticationEntryPointFor(
                  new LoginUrlAuthenticationEntryPoint("/oauth2/authorization/" + REGISTRATION),
                  AnyRequestMatcher.INSTANCE))
          .logout(logout -> logout
              .logoutRequestMatcher(new OrRequestMatcher(path.matcher("/logout"), webappLogout))
              .defaultLogoutSuccessHandlerFor(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK), webappLogout)
              .defaultLogoutSuccessHandlerFor(providerLogout, AnyRequestMatcher.INSTANCE))
          // The webapps bring their own CSRF protection and headers
          .csrf(AbstractHttpConfigurer::disable)
          .cors(AbstractHttpConfigurer::disable)
          .headers(h -> h.cacheControl(c -> c.disable()))
          .build();
    }

    /** After Spring Security: makes its login the Camunda webapps' session user. */
    @Bean
    FilterRegistrationBean<?> camundaWebappOidcLogin(CamundaBpmProperties camunda, CamundaOidcBridge bridge) {
      String webapps = camunda.getWebapp().getApplicationPath();
      FilterRegistrationBean<?> registration = new FilterRegistrationBean<>(bridge.webappFilter());
      registration.setName("camunda-webapp-oidc-login");
      registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
      registration.addUrlPatterns(webapps + "/app/*", webapps + "/api/*");
      registration.setDispatcherTypes(DispatcherType.REQUEST);
      return registration;
    }
  }
}
