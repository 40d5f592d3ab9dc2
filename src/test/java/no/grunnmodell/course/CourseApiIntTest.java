package no.grunnmodell.course;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.grunnmodell.IntTestBase;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The case system's view: starting a course from a vedtak and reading where it stands. */
class CourseApiIntTest extends IntTestBase {

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtimeService;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aVedtakStartsACourseWhoseFirstStepIsTheKontaktpersonsIntake() throws Exception {
    Map<String, Object> request = vedtak();
    ResponseEntity<String> response = post("lorenskog-kontaktperson", "/api/courses", request);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode course = json.readTree(response.getBody());
    assertThat(course.path("courseId").asText()).isNotBlank();
    assertThat(course.path("state").asText()).isEqualTo("ACTIVE");
    assertThat(course.path("phase").asText()).isEqualTo("INTAKE");
    assertThat(course.path("targetGroup").asText()).isEqualTo("FAMILY");
    assertThat(course.path("openSteps")).hasSize(1);
    assertThat(course.path("openSteps").get(0).path("step").asText()).isEqualTo("Task_RegisterIntake");
    assertThat(course.path("openSteps").get(0).path("name").asText()).isEqualTo("Registrer mottak");
    assertThat(course.path("openSteps").get(0).path("assignee").asText()).isEqualTo("lorenskog-kontaktperson");
  }

  @Test
  void aRetriedStartReturnsTheSameCourseAndStartsNoSecond() throws Exception {
    Map<String, Object> request = vedtak();
    JsonNode first = json.readTree(post("lorenskog-kontaktperson", "/api/courses", request).getBody());
    ResponseEntity<String> retry = post("lorenskog-leder", "/api/courses", request);

    assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(retry.getBody()).path("courseId").asText()).isEqualTo(first.path("courseId").asText());
    assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey((String) request.get("caseReference")).count()).isEqualTo(1);
  }

  @Test
  void aMissingFieldIsNamedInEnglish() throws Exception {
    Map<String, Object> request = vedtak();
    request.remove("birthDate");
    ResponseEntity<String> response = post("lorenskog-kontaktperson", "/api/courses", request);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode error = json.readTree(response.getBody());
    assertThat(error.path("field").asText()).isEqualTo("birthDate");
    assertThat(error.path("message").asText()).isEqualTo("birthDate is required (yyyy-MM-dd)");
  }

  @Test
  void aDateInTheWrongFormatIsNamed() throws Exception {
    Map<String, Object> request = vedtak();
    request.put("decisionDate", "24.11.2026");
    ResponseEntity<String> response = post("lorenskog-kontaktperson", "/api/courses", request);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(response.getBody()).path("field").asText()).isEqualTo("decisionDate");
  }

  @Test
  void anUnknownTargetGroupIsNamed() throws Exception {
    Map<String, Object> request = vedtak();
    request.put("targetGroup", "ELDERLY");
    ResponseEntity<String> response = post("lorenskog-kontaktperson", "/api/courses", request);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(response.getBody()).path("field").asText()).isEqualTo("targetGroup");
  }

  @Test
  void aKontaktpersonFromAnotherServiceIsRefused() throws Exception {
    Map<String, Object> request = vedtak();
    request.put("kontaktperson", "grorud-kontaktperson");
    ResponseEntity<String> response = post("lorenskog-kontaktperson", "/api/courses", request);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(response.getBody()).path("field").asText()).isEqualTo("kontaktperson");
  }

  @Test
  void aYoungPersonOutsideTheAftercareAgeRangeIsRefused() throws Exception {
    Map<String, Object> request = vedtak();
    request.put("targetGroup", "AFTERCARE");
    request.put("birthDate", LocalDate.now().minusYears(26).toString());
    ResponseEntity<String> response = post("lorenskog-kontaktperson", "/api/courses", request);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode error = json.readTree(response.getBody());
    assertThat(error.path("field").asText()).isEqualTo("birthDate");
    assertThat(error.path("message").asText()).contains("Aftercare is for young people aged 17 to 24");
  }

  @Test
  void anotherServicesStaffCannotStartOrReadItsCourses() throws Exception {
    Map<String, Object> request = vedtak();
    assertThat(post("grorud-kontaktperson", "/api/courses", request).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    JsonNode course = json.readTree(post("lorenskog-kontaktperson", "/api/courses", request).getBody());
    ResponseEntity<String> read = http.withBasicAuth("grorud-leder", "demo")
        .getForEntity("/api/courses/" + course.path("courseId").asText(), String.class);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void withoutCredentialsTheApiAnswers401() {
    ResponseEntity<String> response = http.getForEntity("/api/courses/whatever", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aCourseIsFoundByItsCaseReferenceAndUnknownOnesAre404() throws Exception {
    Map<String, Object> request = vedtak();
    JsonNode started = json.readTree(post("lorenskog-kontaktperson", "/api/courses", request).getBody());

    ResponseEntity<String> found = http.withBasicAuth("lorenskog-leder", "demo").getForEntity(
        "/api/courses?serviceId=lorenskog&caseReference=" + request.get("caseReference"), String.class);
    assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(found.getBody()).path("courseId").asText()).isEqualTo(started.path("courseId").asText());

    assertThat(http.withBasicAuth("lorenskog-leder", "demo").getForEntity("/api/courses/nope", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void withdrawnConsentLeavesOnlyTheWithdrawalStepAndCannotBeSentTwice() throws Exception {
    JsonNode started = json.readTree(post("lorenskog-kontaktperson", "/api/courses", vedtak()).getBody());
    String path = "/api/courses/" + started.path("courseId").asText() + "/consent-withdrawal";

    ResponseEntity<String> withdrawn = post("lorenskog-kontaktperson", path, Map.of());
    assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode course = json.readTree(withdrawn.getBody());
    assertThat(course.path("phase").asText()).isEqualTo("CONSENT_WITHDRAWN");
    assertThat(course.path("openSteps").get(0).path("step").asText()).isEqualTo("Task_RecordConsentWithdrawal");

    assertThat(post("lorenskog-kontaktperson", path, Map.of()).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  private ResponseEntity<String> post(String user, String path, Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
        String.class);
  }

  private static Map<String, Object> vedtak() {
    Map<String, Object> request = new HashMap<>();
    request.put("serviceId", "lorenskog");
    request.put("caseReference", "API-" + UUID.randomUUID().toString().substring(0, 8));
    request.put("targetGroup", "FAMILY");
    request.put("birthDate", LocalDate.now().minusYears(7).toString());
    request.put("decisionDate", LocalDate.now().minusDays(2).toString());
    request.put("kontaktperson", "lorenskog-kontaktperson");
    return request;
  }
}
