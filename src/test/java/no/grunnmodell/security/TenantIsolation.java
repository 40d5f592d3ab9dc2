package no.grunnmodell.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.grunnmodell.JsonRequests;
import no.grunnmodell.platform.Days;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The checks that one service's staff cannot reach another service's courses, shared by the H2 and the
 * PostgreSQL test so both databases are held to the same rules.
 */
public final class TenantIsolation {

  private TenantIsolation() {
  }

  public static ProcessInstance startCourse(RuntimeService runtime, String service, String caseReference) {
    return runtime.startProcessInstanceByKey("FamilyCourse", Map.of("serviceId", service,
        "caseReference", caseReference, "kontaktperson", service + "-kontaktperson",
        "birthDate", LocalDate.now(Days.OSLO).minusYears(8).toString(), "decisionDate", LocalDate.now(Days.OSLO).toString()));
  }

  /** Everything a Lørenskog kontaktperson might try on a Grorud course, over the engine REST API. */
  public static void lorenskogCannotReachGrorudOverRest(TestRestTemplate http, ProcessInstance grorud, Task grorudTask) {
    TestRestTemplate lorenskog = http.withBasicAuth("lorenskog-kontaktperson", "demo");
    assertThat(lorenskog.getForObject("/engine-rest/task?maxResults=1000", String.class))
        .doesNotContain(grorudTask.getId());
    assertThat(lorenskog.getForEntity("/engine-rest/task/" + grorudTask.getId(), String.class).getStatusCode())
        .isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
    assertThat(post(lorenskog, "/engine-rest/task/" + grorudTask.getId() + "/claim",
        "{\"userId\":\"lorenskog-kontaktperson\"}").getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(post(lorenskog, "/engine-rest/task/" + grorudTask.getId() + "/complete", "{}")
        .getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(lorenskog.getForEntity("/engine-rest/process-instance/" + grorud.getId(), String.class)
        .getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(lorenskog.getForEntity("/engine-rest/process-instance/" + grorud.getId() + "/variables",
        String.class).getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(lorenskog.getForObject("/engine-rest/process-instance?maxResults=1000", String.class))
        .doesNotContain(grorud.getId());
    assertThat(lorenskog.getForObject("/engine-rest/history/process-instance?maxResults=100&processInstanceId=" + grorud.getId(),
        String.class)).isEqualTo("[]");
    assertThat(lorenskog.getForObject("/engine-rest/history/variable-instance?maxResults=100&processInstanceId=" + grorud.getId(),
        String.class)).isEqualTo("[]");
    assertThat(lorenskog.getForObject("/engine-rest/history/task?maxResults=100&processInstanceId=" + grorud.getId(),
        String.class)).isEqualTo("[]");
  }

  /** The same over the Java API, as the Tasklist and Cockpit use it for a logged-in user. */
  public static void lorenskogCannotReachGrorudOverJava(IdentityService identity, TaskService tasks, RuntimeService runtime,
                                                  ProcessInstance grorud, Task grorudTask) {
    identity.setAuthentication("lorenskog-kontaktperson", List.of("kontaktperson-lorenskog"), List.of("lorenskog"));
    try {
      assertThat(tasks.createTaskQuery().taskId(grorudTask.getId()).count()).isZero();
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(grorud.getId()).count()).isZero();
      assertThatThrownBy(() -> tasks.claim(grorudTask.getId(), "lorenskog-kontaktperson"));
      assertThatThrownBy(() -> tasks.complete(grorudTask.getId()));
      assertThatThrownBy(() -> runtime.getVariables(grorud.getId()));
    } finally {
      identity.clearAuthentication();
    }
    assertThat(tasks.createTaskQuery().taskId(grorudTask.getId()).singleResult().getAssignee())
        .isEqualTo("grorud-kontaktperson");
  }

  public static ResponseEntity<String> post(TestRestTemplate http, String path, String json) {
    return JsonRequests.send(http, HttpMethod.POST, path, json);
  }
}
