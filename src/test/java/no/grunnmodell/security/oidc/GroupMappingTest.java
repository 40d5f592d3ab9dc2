package no.grunnmodell.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.grunnmodell.security.ServiceDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;

/** The provider's groups to our groups, and the table as process owners write it in config/grunnmodell.yml. */
class GroupMappingTest {

  private static final ServiceDirectory SERVICES = new ServiceDirectory(List.of(
      new ServiceDirectory.Service("lorenskog", "Lørenskog barnevernstjeneste"),
      new ServiceDirectory.Service("grorud", "Barnevernstjenesten i bydel Grorud")));

  private final GroupMapping mapping = new GroupMapping(Map.of(
      "BV-Lorenskog-Kontaktperson", List.of("kontaktperson-lorenskog"),
      "/barnevern/grorud/ledere", List.of("leder-grorud", "tiltaksarbeider-grorud"),
      "kontaktperson-grorud", List.of("tiltaksarbeider-grorud")), GroupMapping.ourGroups(SERVICES));

  @Test
  void aProviderGroupInTheTableBecomesTheGroupsItIsMappedTo() {
    assertThat(mapping.map(List.of("BV-Lorenskog-Kontaktperson"))).containsExactly("kontaktperson-lorenskog");
    assertThat(mapping.map(List.of("/barnevern/grorud/ledere")))
        .containsExactly("leder-grorud", "tiltaksarbeider-grorud");
  }

  @Test
  void aProviderGroupNamedLikeOneOfOursStaysItselfUnlessTheTableSaysOtherwise() {
    assertThat(mapping.map(List.of("leder-lorenskog", "prosesseier", "camunda-admin")))
        .containsExactly("camunda-admin", "leder-lorenskog", "prosesseier");
    assertThat(mapping.map(List.of("kontaktperson-grorud"))).containsExactly("tiltaksarbeider-grorud");
  }

  @Test
  void everyOtherProviderGroupIsIgnoredAndNamesAreCaseSensitive() {
    assertThat(mapping.map(List.of("Alle-ansatte", "leder-oslo", "Leder-Lorenskog", "bv-lorenskog-kontaktperson")))
        .isEmpty();
    assertThat(mapping.map(List.of("Alle-ansatte", "BV-Lorenskog-Kontaktperson")))
        .containsExactly("kontaktperson-lorenskog");
  }

  @Test
  void theClaimMayBeAListOrOneDelimitedStringOrMissing() {
    assertThat(mapping.groupsOf(List.of("BV-Lorenskog-Kontaktperson", "leder-grorud"), ","))
        .containsExactly("kontaktperson-lorenskog", "leder-grorud");
    assertThat(mapping.groupsOf("BV-Lorenskog-Kontaktperson, leder-grorud", ","))
        .containsExactly("kontaktperson-lorenskog", "leder-grorud");
    assertThat(mapping.groupsOf("leder-grorud|prosesseier", "|")).containsExactly("leder-grorud", "prosesseier");
    assertThat(mapping.groupsOf(null, ",")).isEmpty();
  }

  @Test
  void aTableThatNamesAGroupWeDoNotHaveStopsTheStartUp() {
    assertThatThrownBy(() -> new GroupMapping(Map.of("BV-Lorenskog", List.of("kontaktperson-lorenskg")),
        GroupMapping.ourGroups(SERVICES)))
        .hasMessageContaining("BV-Lorenskog -> kontaktperson-lorenskg");
  }

  @Test
  void theShippedConfigurationMapsNothingAndDefaultsToTheGroupsClaim() throws IOException {
    OidcProperties shipped = bind(new FileSystemResource("config/grunnmodell.yml"));

    assertThat(shipped.groupMapping()).isEmpty();
    assertThat(shipped.groupClaim()).isEqualTo("groups");
    assertThat(shipped.groupDelimiter()).isEqualTo(",");
  }

  @Test
  void theTableAsWrittenInTheConfigurationFileKeepsTheProvidersSpelling() throws IOException {
    OidcProperties properties = bind(new ByteArrayResource("""
        grunnmodell:
          oidc:
            group-claim: roles
            group-mapping:
              "[BV-Lorenskog-Kontaktperson]": kontaktperson-lorenskog
              "[/barnevern/grorud/ledere]": [leder-grorud, tiltaksarbeider-grorud]
        """.getBytes(StandardCharsets.UTF_8)));

    assertThat(properties.groupClaim()).isEqualTo("roles");
    assertThat(properties.groupMapping()).containsOnly(
        Map.entry("BV-Lorenskog-Kontaktperson", List.of("kontaktperson-lorenskog")),
        Map.entry("/barnevern/grorud/ledere", List.of("leder-grorud", "tiltaksarbeider-grorud")));
    assertThat(GroupMapping.of(properties, SERVICES).map(Set.of("BV-Lorenskog-Kontaktperson")))
        .containsExactly("kontaktperson-lorenskog");
  }

  private static OidcProperties bind(org.springframework.core.io.Resource yaml) throws IOException {
    StandardEnvironment environment = new StandardEnvironment();
    List<PropertySource<?>> sources = new ArrayList<>(new YamlPropertySourceLoader().load("config", yaml));
    sources.forEach(environment.getPropertySources()::addFirst);
    return new Binder(ConfigurationPropertySources.get(environment))
        .bindOrCreate("grunnmodell.oidc", OidcProperties.class);
  }
}
