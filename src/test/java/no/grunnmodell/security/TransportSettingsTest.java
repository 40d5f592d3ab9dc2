package no.grunnmodell.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * What a real installation runs with, and what the demo profile relaxes: read from application.yml and
 * application-demo.yml and bound to Spring Boot's and Camunda's own property classes, so a misspelt name fails
 * here. The shared test context runs the demo profile and cannot show the production values.
 */
class TransportSettingsTest {

  @Test
  void outsideTheDemoProfileCookiesAreSecureHstsIsOnAndThePasswordPolicyApplies() throws IOException {
    StandardEnvironment production = environment("application.yml");

    assertThat(server(production).getServlet().getSession().getCookie().getSecure()).isTrue();
    assertThat(server(production).getServlet().getSession().getCookie().getHttpOnly()).isTrue();
    CamundaBpmProperties camunda = camunda(production);
    assertThat(camunda.getWebapp().getSessionCookie().isEnableSecureCookie()).isTrue();
    assertThat(camunda.getWebapp().getCsrf().isEnableSecureCookie()).isTrue();
    assertThat(camunda.getWebapp().getHeaderSecurity().isHstsDisabled()).isFalse();
    assertThat(camunda.getGenericProperties().getProperties()).containsEntry("enablePasswordPolicy", true);
  }

  @Test
  void theDemoProfileRunsOnPlainHttpWithTheDemoPassword() throws IOException {
    StandardEnvironment demo = environment("application-demo.yml", "application.yml");

    assertThat(server(demo).getServlet().getSession().getCookie().getSecure()).isFalse();
    CamundaBpmProperties camunda = camunda(demo);
    assertThat(camunda.getWebapp().getSessionCookie().isEnableSecureCookie()).isFalse();
    assertThat(camunda.getWebapp().getCsrf().isEnableSecureCookie()).isFalse();
    assertThat(camunda.getWebapp().getHeaderSecurity().isHstsDisabled()).isTrue();
    assertThat(camunda.getGenericProperties().getProperties()).containsEntry("enablePasswordPolicy", false)
        // the other engine settings of application.yml stay
        .containsEntry("queryMaxResultsLimit", 2000);
  }

  /** The files in order of precedence, as Spring Boot stacks a profile's file over application.yml. */
  private static StandardEnvironment environment(String... files) throws IOException {
    StandardEnvironment environment = new StandardEnvironment();
    for (String file : files) {
      List<PropertySource<?>> sources = new YamlPropertySourceLoader().load(file, new ClassPathResource(file));
      sources.forEach(environment.getPropertySources()::addLast);
    }
    return environment;
  }

  private static ServerProperties server(StandardEnvironment environment) {
    return Binder.get(environment).bind("server", ServerProperties.class).get();
  }

  private static CamundaBpmProperties camunda(StandardEnvironment environment) {
    return Binder.get(environment).bind("camunda.bpm", CamundaBpmProperties.class).get();
  }
}
