package no.grunnmodell.specialised.referral;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static no.grunnmodell.browser.Tasklist.answer;
import static no.grunnmodell.browser.Tasklist.check;
import static no.grunnmodell.browser.Tasklist.field;

import com.microsoft.playwright.Locator;
import java.util.UUID;
import no.grunnmodell.browser.HeadlessChromium;
import no.grunnmodell.browser.Tasklist;
import no.grunnmodell.course.CourseTestSupport;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * From the evaluation to an approved MST referral in the real Tasklist, in headless Chromium: the kontaktperson
 * refers a 12-year-old with violence and crime, gets MST proposed first and sends it; the leder approves it.
 * Skipped (loudly) without Chromium.
 */
class ReferralBrowserIntTest extends CourseTestSupport {

  @RegisterExtension
  static final HeadlessChromium chromium = new HeadlessChromium();

  private static final String LEDER = "lorenskog-leder";

  @LocalServerPort int port;
  @Autowired ReferralRegistry referrals;
  @Autowired JdbcTemplate jdbc;
  @Autowired FilterService filterService;

  @Test
  void aKontaktpersonRefersToMstAndTheLederApprovesInTheTasklist() {
    String caseReference = "HENV-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    ProcessInstance course = familyCourseAtEvaluation(caseReference);

    // «Evaluer tiltaksplanen»: refer, for violence and crime
    Tasklist kontaktperson = new Tasklist(chromium.page(), port);
    kontaktperson.logIn(KONTAKTPERSON, "demo");
    kontaktperson.showCourse(caseReference);
    Locator evaluation = kontaktperson.openTask("Evaluer tiltaksplanen");
    Tasklist.fillEvaluationViews(evaluation, "Noe framgang", "Verre hjemme", "Redd på skolen",
        "Tryggheten på skolen er et mål i planen");
    check(evaluation, "Grunn til å vurdere andre hjelpetiltak");
    field(evaluation, "Hva er vurderingen, og hva gjøres videre?").fill("Henvise til Bufetat");
    assertThat(evaluation.getByText("Hva skal et spesialisert tiltak hjelpe med?")).hasCount(0);
    check(evaluation, "Henvis til spesialisert hjelpetiltak i Bufetat");
    check(evaluation, "Vold eller trusler");
    check(evaluation, "Kriminalitet");
    // No «Lagre» first: «Fullfør» is enabled once the form is complete, goal list and all.
    kontaktperson.completeTask();

    // «Forbered henvisning til Bufetat»: the ranked proposals; sending shows MST chosen and the tried measures
    // filled in, and asks for the problem load and the family's consent
    Locator referral = kontaktperson.openTask("Forbered henvisning til Bufetat");
    assertThat(referral).containsText("2 av Bufetats tiltak passer: MST – multisystemisk terapi, RFT");
    assertThat(referral).containsText("✓ Passer for vold eller trusler, kriminalitet.");
    assertThat(referral.getByText("Har familien samtykket til henvisningen?")).hasCount(0);
    check(referral, "Send henvisningen til leder for godkjenning");
    assertThat(referral.locator(".fjs-form-field-select")).containsText("MST – multisystemisk terapi – passer");
    assertThat(field(referral, "Hva er prøvd?")).hasValue("Tiltak i tiltaksplanen: veiledning (evaluert 1 gang).");
    check(referral, "Ja: uten mer hjelp kan det bli aktuelt med fosterhjem eller institusjon");
    answer(referral, "Har familien samtykket til henvisningen?", "Ja");
    answer(referral, "Har familien samtykket til at vi deler opplysninger om barnet og familien med Bufetat?", "Ja");
    Tasklist.typeDate(field(referral, "Dato familien samtykket til henvisningen"), today());
    // Text last: leaving a text field redraws the form, and a click on a radio button meanwhile is lost.
    field(referral, "Hvorfor er de kommunale tiltakene ikke nok?").fill("Vold hjemme tross ukentlig veiledning");
    kontaktperson.completeTask();

    // «Godkjenn henvisning»: the leder takes the step and approves
    Tasklist leder = new Tasklist(chromium.newPage("nb-NO"), port);
    leder.logIn(LEDER, "demo");
    // Offered to the leder group, so in the filter «Oppgaver for min rolle» (not «Mine oppgaver»)
    String roleFilter = filterService.createFilterQuery().filterName("Oppgaver for min rolle").singleResult().getId();
    leder.showCourse(caseReference, roleFilter);
    Locator approval = leder.openAndClaimTask("Godkjenn henvisning");
    assertThat(approval).containsText("Tiltak: MST – multisystemisk terapi");
    assertThat(approval).containsText("Kan problemene føre til plassering utenfor hjemmet? Ja.");
    check(approval, "Ja: registrer henvisningen som sendt til Bufetat");
    leder.completeTask();

    Referral sent = referrals.byProcessInstance(runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(course.getId()).processDefinitionKey("SpecialisedReferral").singleResult().getId())
        .orElseThrow();
    Assertions.assertThat(sent.status()).isEqualTo(ReferralStatus.SENT);
    Assertions.assertThat(sent.measureCode()).isEqualTo("MST");
    Assertions.assertThat(jdbc.queryForObject("select approved_by from gm_referral where id = ?", String.class,
        sent.id())).isEqualTo(LEDER);
    Assertions.assertThat(openTasks(course)).containsExactly("Task_RecordBufetatDecision");
    Assertions.assertThat(jdbc.queryForList("select decision from gm_audit_event where process_instance_id = ?"
        + " and event_type = 'REFERRAL_APPROVAL'", String.class, sent.processInstanceId()))
        .containsExactly("APPROVED");
    Assertions.assertThat(variable(course, "problemAreas").toString()).contains("VIOLENCE", "CRIME");
    Assertions.assertThat(jdbc.queryForList("select event_type || '=' || decision from gm_audit_event"
        + " where process_instance_id = ? and step = 'Task_PrepareReferral'", String.class, sent.processInstanceId()))
        .containsExactlyInAnyOrder("REFERRAL_CONSENT=GIVEN", "BUFETAT_SHARING_CONSENT=GIVEN");
  }
}
