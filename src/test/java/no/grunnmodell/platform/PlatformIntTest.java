package no.grunnmodell.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.grunnmodell.IntTestBase;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

class PlatformIntTest extends IntTestBase {

  @Autowired RepositoryService repositoryService;
  @Autowired ModelDeployer deployer;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate http;
  @Autowired WebappWarmUp warmUp;

  /**
   * The webapps' APIs are started with the server, not by the first request after a start (which made the first
   * Tasklist load stop at a RequireJS timeout): all five, found under the names Camunda's starter gives them.
   */
  @Test
  void theWebappApisAreStartedWithTheServer() throws InterruptedException {
    assertThat(warmUp.awaitStarted(120_000)).containsExactlyInAnyOrderElementsOf(WebappWarmUp.SERVLETS);
  }

  @Test
  void everyDiagramAndFormIsDeployedUnderItsStableName() {
    Set<String> deployed = repositoryService.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME)
        .list().stream()
        .flatMap(d -> repositoryService.getDeploymentResourceNames(d.getId()).stream())
        .collect(Collectors.toSet());
    Set<String> expected = ModelDeployer.modelResources().stream().map(ModelDeployer::stableName)
        .collect(Collectors.toSet());
    assertThat(expected).isNotEmpty().allMatch(n -> n.startsWith("processes/") || n.startsWith("forms/"));
    assertThat(deployed).containsAll(expected);
  }

  @Test
  void redeployingUnchangedModelsCreatesNoNewVersions() {
    long deployments = repositoryService.createDeploymentQuery().count();
    Map<String, Integer> versions = latestVersions();

    deployer.afterPropertiesSet();
    deployer.afterPropertiesSet();

    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(latestVersions()).isEqualTo(versions);
  }

  @Test
  void liquibaseOwnsTheSchemaWithCamundasAndTheProjectsChangesets() {
    List<String> files = jdbc.queryForList("select distinct filename from databasechangelog", String.class);
    assertThat(files).anyMatch(f -> f.contains("org/camunda/bpm/engine/db/liquibase"));
    assertThat(files).anyMatch(f -> f.startsWith("db/changelog/"));
  }

  @Test
  void restApiRefusesCallsWithoutCredentials() {
    ResponseEntity<String> response = http.getForEntity("/engine-rest/process-definition", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void restApiAnswersAnAuthenticatedDemoUser() {
    ResponseEntity<String> response = http.withBasicAuth("lorenskog-kontaktperson", "demo")
        .getForEntity("/engine-rest/process-definition?maxResults=50", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void restApiRefusesAWrongPassword() {
    // A user no other test logs in as: after a wrong password the engine refuses that user for a few seconds
    // (login throttling), which failed whichever test class ran next with lorenskog-kontaktperson.
    ResponseEntity<String> response = http.withBasicAuth("tinn-tiltaksarbeider", "wrong")
        .getForEntity("/engine-rest/process-definition", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void healthReportsTheEngineAndTheDatabase() {
    ResponseEntity<String> response = http.getForEntity("/actuator/health", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("\"status\":\"UP\"").contains("\"db\"").contains("\"processEngine\"");
  }

  @Test
  void tasklistIsServed() {
    ResponseEntity<String> response = http.getForEntity("/camunda/app/tasklist/", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private Map<String, Integer> latestVersions() {
    return repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
        .collect(Collectors.toMap(ProcessDefinition::getKey, ProcessDefinition::getVersion));
  }

  /** Every endpoint docs/api.md documents is in the OpenAPI description the application serves, and no other. */
  @Test
  void theOpenApiDescriptionHasTheEndpointsOfTheApiDocument() throws Exception {
    ResponseEntity<String> response = http.getForEntity("/v3/api-docs", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    com.fasterxml.jackson.databind.JsonNode paths = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(response.getBody()).path("paths");
    Set<String> described = new java.util.TreeSet<>();
    paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> described.add(
        method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey().replaceAll("\\{[^}]*}", "{}"))));

    String document = java.nio.file.Files.readString(java.nio.file.Path.of("docs/api.md"));
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("`(GET|POST|PUT|DELETE|PATCH) (/api/[^`\\s\\[?]*)")
        .matcher(document);
    Set<String> documented = new java.util.TreeSet<>();
    while (m.find()) {
      documented.add(m.group(1) + " " + m.group(2).replaceAll("\\{[^}]*}", "{}"));
    }

    assertThat(documented).isNotEmpty();
    assertThat(described).as("endpoints the application describes").containsAll(documented);
    assertThat(documented).as("endpoints docs/api.md documents").containsAll(described);
  }
}
