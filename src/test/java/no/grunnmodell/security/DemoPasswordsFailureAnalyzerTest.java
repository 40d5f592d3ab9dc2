package no.grunnmodell.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class DemoPasswordsFailureAnalyzerTest {

  @Test
  void aStartRefusedForDemoPasswordsIsAShortReportWithWhatToDo() {
    DemoPasswordsExposed refused = new DemoPasswordsExposed(List.of("narvik-kontaktperson", "narvik-tiltaksarbeider",
        "narvik-leder", "harstad-kontaktperson", "admin"));
    FailureAnalysis analysis = new DemoPasswordsFailureAnalyzer()
        .analyze(new BeanCreationException("demoUserGuard", "Init failed", refused));

    assertThat(analysis).isNotNull();
    assertThat(analysis.getDescription()).isEqualTo("Refusing to start: narvik-kontaktperson, "
        + "narvik-tiltaksarbeider, narvik-leder and 2 more demo users still have the demo password outside the demo "
        + "profile. Anyone who has read the README could log in as them.");
    assertThat(analysis.getAction()).contains("change their passwords in Admin")
        .contains("-Dspring-boot.run.profiles=demo");
  }

  @Test
  void oneOrAFewUsersAreAllNamed() {
    assertThat(new DemoPasswordsExposed(List.of("admin")).getMessage())
        .isEqualTo("Refusing to start: the demo user admin still has the demo password outside the demo profile.");
    assertThat(DemoPasswordsExposed.summary(List.of("a", "b"))).isEqualTo("the demo users a, b");
  }
}
