package no.grunnmodell.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.grunnmodell.IntTestBase;
import no.grunnmodell.security.TasklistSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Cockpit as a leder has it, over the webapp session: pages that work, and buttons only for those with rights. */
class CockpitIntTest extends IntTestBase {

  private static final String LEDER = "lorenskog-leder";

  @Autowired TestRestTemplate http;

  /** «Brukeroppgaver» counts the open steps per group with the engine's task report. */
  @Test
  void aLederSeesTheUserTasksPageOfTheirOwnService() {
    TasklistSession cockpit = TasklistSession.login(http, LEDER, "cockpit");
    ResponseEntity<String> perGroup =
        cockpit.get("/camunda/api/engine/engine/default/task/report/candidate-group-count");
    assertThat(perGroup.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(perGroup.getBody()).doesNotContain("grorud");
  }

  @Test
  void onlyTheAdministratorMayChangeCoursesInCockpit() throws Exception {
    JsonNode leder = rights(LEDER);
    JsonNode admin = rights("admin");
    JsonNode owner = rights("prosesseier");
    leder.fields().forEachRemaining(right -> assertThat(right.getValue().asBoolean()).as(right.getKey()).isFalse());
    admin.fields().forEachRemaining(right -> assertThat(right.getValue().asBoolean()).as(right.getKey()).isTrue());
    assertThat(owner.path("suspendDefinitions").asBoolean()).isTrue();
    assertThat(owner.path("cancelCourses").asBoolean()).isFalse();
    assertThat(leder.size()).isEqualTo(7);
  }

  private JsonNode rights(String user) throws Exception {
    ResponseEntity<String> response = TasklistSession.login(http, user, "cockpit")
        .get("/camunda/api/cockpit/plugin/grunnmodell/default/rights");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return new ObjectMapper().readTree(response.getBody());
  }
}
