package no.grunnmodell.deployment;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.grunnmodell.IntTestBase;
import no.grunnmodell.platform.GatedDeployer;
import no.grunnmodell.platform.ModelDeployer;
import no.grunnmodell.platform.StartupDeployment;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Deployments over the engine REST API as Camunda Modeler makes them, and the deployment of processes/ and forms/
 * at start-up: who may deploy, what is refused and how the refusal reads, and the record of each deployment.
 */
class DeploymentIntTest extends IntTestBase {

  static final String PROCESS_OWNER = "prosesseier";
  static final String GOOD_FORM = "{\"id\":\"deployment-test-form\",\"type\":\"default\",\"schemaVersion\":16,"
      + "\"components\":[{\"key\":\"note\",\"label\":\"Notat\",\"type\":\"textfield\"}]}";

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repositoryService;
  @Autowired DeploymentLog deploymentLog;
  @Autowired DeploymentSettings settings;
  @Autowired DeploymentGate gate;
  @Autowired ModelDeployer modelDeployer;
  @Autowired JdbcTemplate jdbc;

  private final List<String> deployed = new ArrayList<>();

  @AfterEach
  void removeWhatTheTestDeployed() {
    deployed.forEach(id -> repositoryService.deleteDeployment(id, true));
    settings.setRestEnabled(true);
  }

  /** A small diagram like a process owner's, with one user task on a Camunda Form. */
  static String diagram(String processId, String extra) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s"
            targetNamespace="http://grunnmodell.no/bpmn">
          <bpmn:process id="%1$s" name="Deployment test" isExecutable="true" camunda:historyTimeToLive="P30D">
            <bpmn:startEvent id="Start"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Note"/>
            <bpmn:userTask id="Task_Note" name="Skriv notat" camunda:formRef="deployment-test-form"
                camunda:formRefBinding="latest" camunda:candidateGroups="leder-${serviceId}">
              <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Note" targetRef="End"/>
            <bpmn:endEvent id="End"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
            %2$s
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(processId, extra);
  }

  @Test
  void aProcessOwnersGoodDiagramAndFormAreDeployedAndRecorded() throws IOException {
    String name = uniqueName();
    Map<String, String> files = new LinkedHashMap<>();
    files.put("deployment-test.bpmn", diagram("DeploymentTestGood", ""));
    files.put("deployment-test.form", GOOD_FORM);

    ResponseEntity<String> response = deploy(PROCESS_OWNER, name, null, files);

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    String id = json(response).path("id").asText();
    deployed.add(id);
    assertThat(repositoryService.getDeploymentResourceNames(id))
        .containsExactlyInAnyOrder("deployment-test.bpmn", "deployment-test.form");
    assertThat(deploymentLog.forDeployment(id)).singleElement().satisfies(entry -> {
      assertThat(entry.deployedBy()).isEqualTo(PROCESS_OWNER);
      assertThat(entry.via()).isEqualTo(DeploymentLog.Via.REST);
      assertThat(entry.name()).isEqualTo(name);
      assertThat(entry.source()).isEqualTo("Camunda Modeler");
      assertThat(entry.resources()).isEqualTo("deployment-test.bpmn,deployment-test.form");
      assertThat(entry.deployedAt()).isNotNull();
    });
  }

  @Test
  void aServiceTaskThatCallsGetClassIsRefusedWith400NamingFileElementAndExpression() throws IOException {
    String name = uniqueName();
    long recorded = deploymentLog.count();

    ResponseEntity<String> response = deploy(PROCESS_OWNER, name, null, Map.of("evil.bpmn", diagram("EvilGetClass",
        "<bpmn:serviceTask id=\"Task_Evil\" camunda:expression=\"${&quot;&quot;.getClass().forName("
            + "'java.lang.Runtime')}\"/>")));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    String message = json(response).path("message").asText();
    // What Camunda Modeler shows: the body's message, in English
    assertThat(message).startsWith("The deployment was refused and nothing was deployed:")
        .contains("evil.bpmn, element Task_Evil (bpmn:serviceTask), "
            + "camunda:expression=\"${\"\".getClass().forName('java.lang.Runtime')}\": getClass and class are never "
            + "allowed").contains("Instead: Allowed in expressions:");
    assertThat(json(response).path("type").asText()).isEqualTo("Refusal");
    assertNothingDeployed(name, "EvilGetClass");
    assertThat(deploymentLog.count()).isEqualTo(recorded);
  }

  @Test
  void aScriptTaskIsRefusedWith400() throws IOException {
    String name = uniqueName();

    ResponseEntity<String> response = deploy(PROCESS_OWNER, name, null, Map.of("script.bpmn", diagram("EvilScript",
        "<bpmn:scriptTask id=\"Task_Script\" scriptFormat=\"javascript\"><bpmn:script>1</bpmn:script>"
            + "</bpmn:scriptTask>")));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json(response).path("message").asText())
        .contains("script.bpmn, element Task_Script (bpmn:scriptTask): scripts are not allowed.")
        .contains("Instead: Call the application's Java through camunda:delegateExpression")
        .contains("${courseMilestone}");
    assertNothingDeployed(name, "EvilScript");
  }

  @Test
  void aDelegateExpressionNamingAnEngineServiceIsRefusedWith400() throws IOException {
    String name = uniqueName();

    ResponseEntity<String> response = deploy(PROCESS_OWNER, name, null, Map.of("service.bpmn",
        diagram("EvilRuntimeService", "<bpmn:serviceTask id=\"Task_Service\" "
            + "camunda:delegateExpression=\"${runtimeService}\"/>")));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json(response).path("message").asText()).contains("service.bpmn, element Task_Service "
        + "(bpmn:serviceTask), camunda:delegateExpression=\"${runtimeService}\": \"runtimeService\" is not one of the "
        + "application's delegates.");
    assertNothingDeployed(name, "EvilRuntimeService");
  }

  @Test
  void aDeploymentWithATenantIdIsRefusedWith400() throws IOException {
    String name = uniqueName();

    ResponseEntity<String> response = deploy(PROCESS_OWNER, name, "lorenskog",
        Map.of("tenant.bpmn", diagram("TenantDiagram", "")));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json(response).path("message").asText()).contains("tenant id \"lorenskog\"")
        .contains("Deploy without a tenant id");
    assertNothingDeployed(name, "TenantDiagram");
  }

  @Test
  void otherKindsOfFilesAreRefusedByName() throws IOException {
    String name = uniqueName();

    ResponseEntity<String> response = deploy(PROCESS_OWNER, name, null, Map.of("decision.dmn", "<definitions/>",
        "page.html", "<script>alert(1)</script>"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json(response).path("message").asText()).contains("decision.dmn: this kind of file may not be deployed")
        .contains("page.html: this kind of file may not be deployed");
    assertThat(repositoryService.createDeploymentQuery().deploymentName(name).count()).isZero();
  }

  @Test
  void lederKontaktpersonAndTiltaksarbeiderMayNotDeploy() {
    for (String user : List.of("lorenskog-leder", "lorenskog-kontaktperson", "lorenskog-tiltaksarbeider")) {
      String name = uniqueName();

      ResponseEntity<String> response = deploy(user, name, null,
          Map.of("deployment-test.bpmn", diagram("DeploymentTestNotAllowed", "")));

      assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertNothingDeployed(name, "DeploymentTestNotAllowed");
    }
  }

  @Test
  void withRestDeploymentTurnedOffOnlyTheStartupDeploymentIsAccepted() throws IOException {
    settings.setRestEnabled(false);
    String name = uniqueName();

    // The client-chosen name and source of the start-up deployment change nothing
    ResponseEntity<String> response = deploy(PROCESS_OWNER, name, null,
        Map.of("deployment-test.bpmn", diagram("DeploymentTestRestOff", "")), "grunnmodell-startup");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json(response).path("message").asText()).isEqualTo("Diagrams and forms cannot be deployed while the "
        + "application runs: they are deployed from the repository's processes/ and forms/ at start-up. Commit the "
        + "change there and restart the application.");
    assertNothingDeployed(name, "DeploymentTestRestOff");

    Deployment startup = StartupDeployment.run(() -> repositoryService.createDeployment().name(uniqueName())
        .addString("processes/deployment-test-startup.bpmn", diagram("DeploymentTestStartup", "")).deploy());
    deployed.add(startup.getId());
    assertThat(deploymentLog.forDeployment(startup.getId())).singleElement().satisfies(entry -> {
      assertThat(entry.via()).isEqualTo(DeploymentLog.Via.STARTUP);
      assertThat(entry.deployedBy()).isEqualTo("system");
    });
  }

  @Test
  void theApplicationsOwnDeploymentAtStartUpWasVettedAndRecorded() {
    assertThat(jdbc.queryForObject("select count(*) from gm_deployment where via = 'STARTUP' and deployed_by = "
        + "'system' and resources like '%processes/family-course.bpmn%'", Integer.class)).isPositive();
  }

  @Test
  void aBadDiagramInProcessesStopsTheStartWithTheProblemsAsTheRootCause() {
    long deployments = repositoryService.createDeploymentQuery().count();

    assertThatThrownBy(() -> modelDeployer.deploy(List.of("deployment/refused-at-startup/processes/*.bpmn")))
        .isInstanceOf(IllegalStateException.class)
        .hasNoCause()
        .hasMessageContaining("cannot be deployed, so the application does not start")
        .hasMessageContaining("processes/refused-at-startup.bpmn, element Task_RunsAnyJava (bpmn:serviceTask), "
            + "camunda:class=\"java.lang.ProcessBuilder\": naming a Java class is not allowed.")
        .hasMessageContaining("Instead: Call the application's Java through camunda:delegateExpression");
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("RefusedAtStartup").count())
        .isZero();
  }

  @Test
  void deploymentsAlreadyInTheDatabaseLoadUntouched() {
    // What the engine hands the deployers when it loads an existing deployment into its cache: not new
    DeploymentEntity existing = new DeploymentEntity();
    existing.setId("existing-" + UUID.randomUUID());
    ResourceEntity script = new ResourceEntity();
    script.setName("old.bpmn");
    script.setBytes(diagram("OldScript", "<bpmn:scriptTask id=\"Old\"/>").getBytes(UTF_8));
    existing.addResource(script);
    existing.setNew(false);
    long recorded = deploymentLog.count();

    new GatedDeployer(gate).deploy(existing);

    assertThat(deploymentLog.count()).isEqualTo(recorded);
  }

  private void assertNothingDeployed(String deploymentName, String processKey) {
    assertThat(repositoryService.createDeploymentQuery().deploymentName(deploymentName).count()).isZero();
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey).count()).isZero();
  }

  private ResponseEntity<String> deploy(String user, String name, String tenantId, Map<String, String> files) {
    return deploy(user, name, tenantId, files, "Camunda Modeler");
  }

  /** POST /engine-rest/deployment/create with the parts Camunda Modeler sends. */
  private ResponseEntity<String> deploy(String user, String name, String tenantId, Map<String, String> files,
                                        String source) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", name);
    parts.add("deployment-source", source);
    parts.add("enable-duplicate-filtering", "true");
    if (tenantId != null) {
      parts.add("tenant-id", tenantId);
    }
    files.forEach((file, content) -> parts.add(file, new ByteArrayResource(content.getBytes(UTF_8)) {
      @Override
      public String getFilename() {
        return file;
      }
    }));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    return http.withBasicAuth(user, "demo").postForEntity("/engine-rest/deployment/create",
        new HttpEntity<>(parts, headers), String.class);
  }

  private static JsonNode json(ResponseEntity<String> response) throws IOException {
    return new ObjectMapper().readTree(response.getBody());
  }

  private static String uniqueName() {
    return "deployment-test-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
