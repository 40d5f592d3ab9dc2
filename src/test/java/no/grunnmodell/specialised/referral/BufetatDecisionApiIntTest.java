package no.grunnmodell.specialised.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.grunnmodell.JsonRequests;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Bufetat's decision arriving over REST: POST /api/referrals/{id}/decision. */
class BufetatDecisionApiIntTest extends ReferralTestSupport {

  @Autowired TestRestTemplate http;
  private final ObjectMapper json = new ObjectMapper();

  private ResponseEntity<String> post(String referralId, String body) {
    return postAs(LEDER, referralId, body);
  }

  private ResponseEntity<String> postAs(String user, String referralId, String body) {
    return JsonRequests.send(http, user, HttpMethod.POST, "/api/referrals/" + referralId + "/decision", body);
  }

  private JsonNode body(ResponseEntity<String> response) throws Exception {
    return json.readTree(response.getBody());
  }

  @Test
  void aGrantFromBufetatContinuesTheCourseWithTheMeasureAlongside() throws Exception {
    ProcessInstance course = referralSent();
    Referral referral = referral(course);
    String start = today().plusDays(14).toString();

    ResponseEntity<String> response = post(referral.id(), "{\"decision\":\"GRANTED\",\"decidedOn\":\"" + today()
        + "\",\"reason\":\"Innvilget MST\",\"measureStart\":\"" + start + "\"}");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(body(response).path("status").asText()).isEqualTo("GRANTED");
    assertThat(body(response).path("measureStart").asText()).isEqualTo(start);
    assertThat(body(response).path("decisionSource").asText()).isEqualTo("BUFETAT");
    assertThat(jdbc.queryForObject("select decision_recorded_by from gm_referral where id = ?", String.class,
        referral.id())).isEqualTo(LEDER);
    assertThat(variable(course, "referralOutcome")).isEqualTo("GRANTED");
    assertThat(course).isWaitingAt("Gateway_AwaitEvaluation", "CallActivity_SpecialisedMeasure");
    assertThat(openTasks(course)).containsExactly("Task_RecordMeasureEnd");

    ResponseEntity<String> again = http.withBasicAuth(LEDER, "demo")
        .getForEntity("/api/referrals/" + referral.id(), String.class);
    assertThat(body(again).path("status").asText()).isEqualTo("GRANTED");
    assertThat(body(again).path("caseReference").asText()).isEqualTo(course.getBusinessKey());
  }

  @Test
  void aRefusalFromBufetatGoesBackToPlanRevisionWithTheReason() throws Exception {
    ProcessInstance course = referralSent();

    ResponseEntity<String> response = post(referral(course).id(), "{\"decision\":\"REFUSED\",\"decidedOn\":\""
        + today() + "\",\"reason\":\"Problemene er ikke alvorlige nok\"}");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(course).isWaitingAt("Task_ReviseMeasurePlan");
    assertThat((String) variable(course, "referralOutcomeNote")).endsWith(": Problemene er ikke alvorlige nok");
  }

  @Test
  void aSecondDecisionIsAConflictAndChangesNothing() throws Exception {
    ProcessInstance course = referralSent();
    String id = referral(course).id();
    post(id, "{\"decision\":\"REFUSED\",\"decidedOn\":\"" + today() + "\",\"reason\":\"Nei\"}");

    ResponseEntity<String> response = post(id, "{\"decision\":\"GRANTED\",\"decidedOn\":\"" + today()
        + "\",\"measureStart\":\"" + today() + "\"}");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(body(response).path("message").asText())
        .isEqualTo("Referral " + id + " is already decided: REFUSED on " + today() + ".");
    assertThat(referrals.find(id).orElseThrow().status()).isEqualTo(ReferralStatus.REFUSED);
  }

  @Test
  void aDecisionOnAReferralNotYetSentIsAConflict() throws Exception {
    ProcessInstance course = referralProposed(12, "VIOLENCE");
    prepareAndSend(course);

    ResponseEntity<String> response = post(referral(course).id(), "{\"decision\":\"REFUSED\",\"decidedOn\":\""
        + today() + "\",\"reason\":\"Nei\"}");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(body(response).path("message").asText())
        .endsWith("is not waiting for Bufetat's decision: its status is PREPARED.");
    assertThat(openTasks(course)).containsExactly("Task_ApproveReferral");
  }

  @Test
  void aDecisionAfterTheConsentWasWithdrawnIsAConflict() throws Exception {
    ProcessInstance course = referralSent();
    String id = referral(course).id();
    runtimeService.createMessageCorrelation("ConsentWithdrawn").processInstanceId(course.getId()).correlate();

    ResponseEntity<String> response = post(id, "{\"decision\":\"REFUSED\",\"decidedOn\":\"" + today()
        + "\",\"reason\":\"Nei\"}");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(body(response).path("message").asText()).isEqualTo("Referral " + id + " was withdrawn and takes no"
        + " decision.");
  }

  @Test
  void onlyTheServicesKontaktpersonOrLederMayRecordTheDecisionAndOtherServicesSeeNothing() throws Exception {
    ProcessInstance course = referralSent();
    String id = referral(course).id();
    String refusal = "{\"decision\":\"REFUSED\",\"decidedOn\":\"" + today() + "\",\"reason\":\"Nei\"}";

    // Another service's referral is answered exactly as an unknown id, so ids cannot be probed.
    String unknown = "no-such-referral";
    ResponseEntity<String> read = http.withBasicAuth("grorud-leder", "demo").getForEntity("/api/referrals/" + id,
        String.class);
    ResponseEntity<String> readUnknown = http.withBasicAuth("grorud-leder", "demo")
        .getForEntity("/api/referrals/" + unknown, String.class);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(read.getBody()).isEqualTo(readUnknown.getBody().replace(unknown, id));
    ResponseEntity<String> decide = postAs("grorud-leder", id, refusal);
    assertThat(decide.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(decide.getBody()).isEqualTo(postAs("grorud-leder", unknown, refusal).getBody().replace(unknown, id));
    ResponseEntity<String> tiltaksarbeider = postAs("lorenskog-tiltaksarbeider", id, refusal);
    assertThat(tiltaksarbeider.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(body(tiltaksarbeider).path("message").asText())
        .isEqualTo("Only a kontaktperson or the leder in service lorenskog can record Bufetat's decision.");
    assertThat(http.postForEntity("/api/referrals/" + id + "/decision", refusal, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(referrals.find(id).orElseThrow().status()).isEqualTo(ReferralStatus.SENT);

    assertThat(postAs(KONTAKTPERSON, id, refusal).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void anUnknownReferralIsNotFound() throws Exception {
    ResponseEntity<String> response = post("no-such-referral", "{\"decision\":\"REFUSED\",\"decidedOn\":\"2026-01-05\","
        + "\"reason\":\"Nei\"}");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(body(response).path("message").asText()).isEqualTo("No referral with id 'no-such-referral'.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "no decision | {\"decidedOn\":\"TODAY\",\"reason\":\"x\"} | decision | decision is required: GRANTED or REFUSED.",
      "unknown decision | {\"decision\":\"MAYBE\",\"decidedOn\":\"TODAY\"} | decision | decision must be GRANTED or REFUSED, not 'MAYBE'.",
      "withdrawal is the service's | {\"decision\":\"WITHDRAWN\",\"decidedOn\":\"TODAY\",\"reason\":\"x\"} | decision | decision must be GRANTED or REFUSED, not 'WITHDRAWN'.",
      "no date | {\"decision\":\"REFUSED\",\"reason\":\"x\"} | decidedOn | decidedOn is required (a date, e.g. 2026-12-01).",
      "not a date | {\"decision\":\"REFUSED\",\"decidedOn\":\"01.12.2026\",\"reason\":\"x\"} | decidedOn | decidedOn must be a date as yyyy-MM-dd, not '01.12.2026'.",
      "a future date | {\"decision\":\"REFUSED\",\"decidedOn\":\"2999-01-01\",\"reason\":\"x\"} | decidedOn | decidedOn cannot be in the future (2999-01-01).",
      "before it was sent | {\"decision\":\"REFUSED\",\"decidedOn\":\"2000-01-01\",\"reason\":\"x\"} | decidedOn | decidedOn (2000-01-01) cannot be before the referral was sent (TODAY).",
      "granted without start | {\"decision\":\"GRANTED\",\"decidedOn\":\"TODAY\"} | measureStart | measureStart is required (a date, e.g. 2026-12-01).",
      "refused without reason | {\"decision\":\"REFUSED\",\"decidedOn\":\"TODAY\"} | reason | reason is required when the decision is REFUSED."})
  void anInvalidDecisionIsABadRequestNamingTheFieldAndNothingIsRecorded(String name, String body, String field,
                                                                         String message) throws Exception {
    ProcessInstance course = referralSent();

    JsonNode error = badRequest(course, body.replace("TODAY", today().toString()));

    assertThat(error.path("field").asText()).isEqualTo(field);
    assertThat(error.path("message").asText()).isEqualTo(message.replace("TODAY", today().toString()));
    assertThat(openTasks(course)).containsExactly("Task_RecordBufetatDecision");
  }

  @Test
  void aBodyThatIsNotJsonIsABadRequest() throws Exception {
    assertThat(badRequest(referralSent(), "decision=GRANTED").path("message").asText())
        .isEqualTo("The request body is not valid JSON.");
  }

  @Test
  void allProblemsAreListed() throws Exception {
    JsonNode error = badRequest(referralSent(), "{}");

    assertThat(error.path("field").asText()).isEqualTo("decision");
    assertThat(error.path("message").asText()).isEqualTo("decision is required: GRANTED or REFUSED."
        + " decidedOn is required (a date, e.g. 2026-12-01).");
  }

  /** Posts a decision that is refused as a bad request; nothing is recorded. The error body, for its checks. */
  private JsonNode badRequest(ProcessInstance course, String body) throws Exception {
    String id = referral(course).id();
    ResponseEntity<String> response = post(id, body);

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(referrals.find(id).orElseThrow().status()).isEqualTo(ReferralStatus.SENT);
    return body(response);
  }
}
