package no.grunnmodell.specialised.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import no.grunnmodell.PostgresIntTestBase;
import no.grunnmodell.platform.Days;
import no.grunnmodell.specialised.referral.BufetatDecision;
import no.grunnmodell.specialised.referral.ReferralGrounds;
import no.grunnmodell.specialised.referral.ReferralRegistry;
import no.grunnmodell.specialised.referral.ReferralStatus;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The catalogue seeded from config/ and the referral bookkeeping, on PostgreSQL. */
@Order(PostgresIntTestBase.RUN_LAST)
class SpecialisedCataloguePostgresIntTest extends PostgresIntTestBase {

  @Autowired SpecialisedMeasureCatalogue catalogue;
  @Autowired ReferralRegistry referrals;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate http;

  @Test
  void theCatalogueIsSeededFromTheFiles() {
    assertThat(catalogue.activeOn(LocalDate.now(Days.OSLO))).extracting(SpecialisedMeasure::code)
        .containsExactly("FAMILIEN_I_FOKUS", "MST", "MST_CAN", "PMTO", "RFT");
    SpecialisedMeasure pmto = catalogue.find("PMTO").orElseThrow();
    assertThat(pmto.durationMinMonths()).isNull();
    assertThat(pmto.deliveredBy()).isEqualTo(SpecialisedMeasure.DeliveredBy.MUNICIPALITY);
    assertThat(catalogue.rates("PMTO")).containsEntry(2022, new BigDecimal("0.00"));
    assertThat(jdbc.queryForList("select id from databasechangelog where id like 'specialised%' order by id",
        String.class)).containsExactly("specialised-1", "specialised-catalogue", "specialised-egenandel-rates");
  }

  @Test
  void theEndpointListsTheSeededMeasures() {
    ResponseEntity<String> response = http.withBasicAuth("grorud-leder", "demo")
        .getForEntity("/api/specialised-measures", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("\"code\":\"MST\"").contains("\"code\":\"RFT\"");
  }

  @Test
  void aReferralGoesThroughItsStatuses() {
    String courseId = UUID.randomUUID().toString();
    jdbc.update("insert into gm_course (id, service_id, case_reference, target_group, created_at)"
        + " values (?, 'grorud', ?, 'FAMILY', current_timestamp)", courseId, "PG-" + courseId);
    String id = referrals.createDraft(courseId, "grorud", "PG-" + courseId, "pi-" + courseId).id();
    referrals.prepared(id, "MST", "Vold", null, new ReferralGrounds("YES", null, "GIVEN", "GIVEN",
        LocalDate.now(Days.OSLO)), "grorud-kontaktperson");
    referrals.sent(id, "grorud-leder");
    LocalDate today = LocalDate.now(Days.OSLO);
    BufetatDecision granted = BufetatDecision.parse("GRANTED", today.toString(), null, today.toString(), false,
        today, today).decision();
    referrals.decided(id, granted, "BUFETAT", "grorud-leder");
    referrals.ended(id, today, today, "COMPLETED", new BigDecimal("500"));

    assertThat(referrals.find(id).orElseThrow()).satisfies(r -> {
      assertThat(r.status()).isEqualTo(ReferralStatus.ENDED);
      assertThat(r.sentAt()).isNotNull();
      assertThat(r.measureStart()).isEqualTo(today);
      assertThat(r.egenandelTotalNok()).isEqualByComparingTo("500");
    });
    assertThat(referrals.byProcessInstance("pi-" + courseId)).isPresent();
  }
}
