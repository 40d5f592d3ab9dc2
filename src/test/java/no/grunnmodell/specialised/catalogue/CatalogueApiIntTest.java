package no.grunnmodell.specialised.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.grunnmodell.IntTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class CatalogueApiIntTest extends IntTestBase {

  @Autowired TestRestTemplate http;

  private ResponseEntity<String> get(String path) {
    return http.withBasicAuth("lorenskog-leder", "demo").getForEntity(path, String.class);
  }

  @Test
  void listsTheSeededActiveCatalogueWithRates() throws Exception {
    ResponseEntity<String> response = get("/api/specialised-measures");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode measures = new ObjectMapper().readTree(response.getBody());
    assertThat(measures).extracting(m -> m.path("code").asText())
        .containsExactly("FAMILIEN_I_FOKUS", "MST", "MST_CAN", "PMTO", "RFT");
    JsonNode mst = measures.get(1);
    assertThat(mst.path("name").asText()).isEqualTo("MST – multisystemisk terapi");
    assertThat(mst.path("minAge").asInt()).isEqualTo(12);
    assertThat(mst.path("maxAge").asInt()).isEqualTo(17);
    assertThat(mst.path("problemAreas")).extracting(JsonNode::asText).contains("VIOLENCE", "CRIME");
    assertThat(mst.path("exclusions")).extracting(JsonNode::asText).contains("NO_CARER_AT_HOME");
    assertThat(mst.path("typicalDurationMinMonths").asInt()).isEqualTo(3);
    assertThat(mst.path("deliveredBy").asText()).isEqualTo("BUFETAT");
    assertThat(mst.path("activeFrom").asText()).isEqualTo("2017-01-01");
    assertThat(mst.path("activeTo").isNull()).isTrue();
    assertThat(mst.path("egenandelRates")).extracting(r -> r.path("year").asInt() + "=" + r.path("monthlyAmountNok")
        .decimalValue().intValue()).containsExactly("2017=16185", "2022=15000");
    assertThat(measures.get(3).path("deliveredBy").asText()).isEqualTo("MUNICIPALITY");
  }

  @Test
  void listsTheCatalogueOnAGivenDay() throws Exception {
    ResponseEntity<String> response = get("/api/specialised-measures?on=2016-12-31");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new ObjectMapper().readTree(response.getBody())).isEmpty();
  }

  @Test
  void aBadDateIsAClearBadRequest() throws Exception {
    ResponseEntity<String> response = get("/api/specialised-measures?on=31.12.2026");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode problem = new ObjectMapper().readTree(response.getBody());
    assertThat(problem.path("field").asText()).isEqualTo("on");
    assertThat(problem.path("message").asText()).isEqualTo("on must be a date as yyyy-MM-dd, not '31.12.2026'.");
  }
}
