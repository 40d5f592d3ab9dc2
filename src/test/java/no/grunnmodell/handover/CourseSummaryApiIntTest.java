package no.grunnmodell.handover;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * {@code GET /api/courses/{id}/summary} for the case system: the minimum a new service needs, for the kontaktperson
 * and the leder of the course's service; another service's course is answered as unknown. And the course status
 * shows where a course went when the family moved.
 */
class CourseSummaryApiIntTest extends HandoverTestSupport {

  @Autowired TestRestTemplate http;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void theKontaktpersonAndTheLederReadTheSummaryWithOnlyWhatANewServiceNeeds() throws Exception {
    ProcessInstance course = courseAtClosure();
    String id = courseId(course);

    ResponseEntity<String> response = get("lorenskog-kontaktperson", id);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode summary = json.readTree(response.getBody());
    assertThat(summary.path("courseId").asText()).isEqualTo(id);
    assertThat(summary.path("serviceId").asText()).isEqualTo(SERVICE);
    assertThat(summary.path("targetGroup").asText()).isEqualTo("FAMILY");
    assertThat(summary.path("child").path("firstName").asText()).isEqualTo("Sofie");
    assertThat(summary.path("child").path("birthDate").asText())
        .isEqualTo(today().minusYears(8).minusMonths(2).toString());
    assertThat(summary.path("plan").path("goals").get(0).path("goal").asText()).isEqualTo("Faste leggetider");
    assertThat(summary.path("plan").path("measures").get(0).asText()).isEqualTo("veiledning");
    assertThat(summary.path("plan").path("measureDescription").asText()).isEqualTo("Veiledning hver 14. dag");
    assertThat(summary.path("evaluations")).hasSize(1);
    assertThat(summary.path("evaluations").get(0).path("outcome").asText()).isEqualTo("CLOSE");
    assertThat(summary.path("evaluations").get(0).path("date").asText()).isEqualTo(today().toString());
    assertThat(summary.path("evaluations").get(0).path("goals").get(0).path("attainment").asText())
        .isEqualTo("SOME_PROGRESS");
    assertThat(summary.path("consents").get(0).path("kind").asText()).isEqualTo("CONSENT");
    assertThat(summary.path("consents").get(0).path("decision").asText()).isEqualTo("GIVEN");
    assertThat(response.getBody()).doesNotContain(course.getBusinessKey(), "caseReference", "childView",
        "kontaktperson", "Vil ha mindre krangling");

    assertThat(get("lorenskog-leder", id).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void anotherServicesCourseIsNotFoundAndTheTiltaksarbeiderIsRefused() {
    String id = courseId(courseAtClosure());

    assertThat(get("grorud-kontaktperson", id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get("grorud-leder", id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get("lorenskog-kontaktperson", "no-such-course").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get("lorenskog-tiltaksarbeider", id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theSendingServicesCourseStatusSaysWhereTheCourseWentAndTheAnswer() throws Exception {
    ProcessInstance course = courseAtClosure();
    String id = courseId(course);
    ProcessInstance handover = closeAndHandOver(course, movedTo(RECEIVING, null, true));

    JsonNode sent = status(id);
    assertThat(sent.path("closureReason").asText()).isEqualTo("MOVED");
    assertThat(sent.path("handover").path("status").asText()).isEqualTo("SENT");
    assertThat(sent.path("handover").path("toServiceId").asText()).isEqualTo(RECEIVING);
    assertThat(sent.path("handover").path("answer").isNull()).isTrue();

    answerAsReceivingLeder(receipt(handover), java.util.Map.of("handoverDecision", "DECLINE",
        "handoverDeclineReason", "Familien bor ikke i bydelen"));

    JsonNode declined = status(id);
    assertThat(declined.path("handover").path("status").asText()).isEqualTo("DECLINED");
    assertThat(declined.path("handover").path("answer").asText()).isEqualTo("DECLINED");
    assertThat(declined.path("handover").path("answeredAt").asText()).isNotBlank();
    assertThat(declined.toString()).doesNotContain("Familien bor ikke i bydelen");
  }

  private JsonNode status(String courseId) throws Exception {
    ResponseEntity<String> response = http.withBasicAuth("lorenskog-kontaktperson", "demo")
        .getForEntity("/api/courses/" + courseId, String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  private ResponseEntity<String> get(String user, String courseId) {
    return http.withBasicAuth(user, "demo").getForEntity("/api/courses/" + courseId + "/summary", String.class);
  }
}
