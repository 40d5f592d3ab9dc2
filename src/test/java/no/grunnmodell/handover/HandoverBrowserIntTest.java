package no.grunnmodell.handover;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static no.grunnmodell.browser.Tasklist.answer;
import static no.grunnmodell.browser.Tasklist.check;
import static no.grunnmodell.browser.Tasklist.choose;
import static no.grunnmodell.browser.Tasklist.field;
import static no.grunnmodell.browser.Tasklist.typeDate;

import com.microsoft.playwright.Locator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import no.grunnmodell.browser.HeadlessChromium;
import no.grunnmodell.browser.Tasklist;
import no.grunnmodell.course.CourseRegistry;
import no.grunnmodell.course.CourseTestSupport;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A family that moves, in the real Tasklist (headless Chromium): the kontaktperson in Lørenskog closes the course,
 * choosing Grorud from the list of services; Grorud's leder reads the summary in «Ta imot forløp fra Lørenskog
 * barnevernstjeneste», takes the course over and picks one of Grorud's kontaktpersons. Skipped (loudly) without
 * Chromium.
 */
class HandoverBrowserIntTest extends CourseTestSupport {

  @RegisterExtension
  static final HeadlessChromium chromium = new HeadlessChromium();

  @LocalServerPort int port;
  @Autowired FilterService filterService;
  @Autowired CourseRegistry courses;

  @Test
  void theNewServicesLederTakesTheCourseOverInTheTasklist() {
    String caseReference = "FLYTT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    ProcessInstance course = startFamilyCourse(caseReference, 8);
    registerIntake(course);
    answerConsent(course, true);
    runStartupPhase(course, "veiledning");
    fireTimer(course, "Timer_EvaluationDue");
    evaluate(course, "CLOSE");

    // The closure: moved, with consent, to Grorud
    Tasklist kontaktperson = new Tasklist(chromium.page(), port);
    kontaktperson.logIn(KONTAKTPERSON, "demo");
    kontaktperson.showCourse(caseReference);
    Locator closure = kontaktperson.openTask("Gjennomfør avslutningssamtale og avslutt forløpet");
    choose(closure, "Hvorfor avsluttes forløpet?", "Familien har flyttet");
    answer(closure, "Samtykker familien", "Ja");
    choose(closure, "Hvilken barnevernstjeneste hører familien til nå?", "Barnevernstjenesten i bydel Grorud");
    assertThat(closure.locator(".fjs-form-field-select", new Locator.LocatorOptions()
        .setHasText("Hvilken barnevernstjeneste"))).not().containsText("Lørenskog");
    typeDate(field(closure, "Dato for avslutningssamtalen"), today());
    field(closure, "Hvordan gikk det med målene?").fill("Noe framgang");
    field(closure, "Oppsummering og videre oppfølging").fill("Familien flytter til Oslo");
    kontaktperson.completeTask();

    // The course hands itself over («Overfør forløpet til ny tjeneste») and waits for Grorud's answer
    ProcessInstance handover = runtimeService.createProcessInstanceQuery().superProcessInstanceId(course.getId())
        .processDefinitionKey("CourseHandover").singleResult();
    Assertions.assertThat(handover).as("the handover the closure started").isNotNull();
    Assertions.assertThat(runtimeService.getVariable(handover.getId(), "handoverServiceId")).isEqualTo("grorud");
    String handoverId = (String) runtimeService.getVariable(handover.getId(), "handoverId");

    // Grorud's leder
    Tasklist leder = new Tasklist(chromium.newPage("nb-NO"), port);
    leder.logIn("grorud-leder", "demo");
    String roleFilter = filterService.createFilterQuery().filterName("Oppgaver for min rolle").singleResult().getId();
    String search = "[{\"type\":\"processVariables\",\"operator\":\"eq\",\"name\":\"handoverId\",\"value\":\""
        + handoverId + "\"}]";
    leder.page().navigate("about:blank");
    leder.page().navigate("http://localhost:" + port + "/camunda/app/tasklist/default/#/?filter=" + roleFilter
        + "&searchQuery=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
    Locator receipt = leder.openAndClaimTask("Ta imot forløp fra Lørenskog barnevernstjeneste");
    assertThat(receipt).containsText("Oppsummering fra Lørenskog barnevernstjeneste");
    assertThat(receipt).containsText("Faste leggetider");
    assertThat(receipt).containsText("Samtykke til hjelpetiltakene: gitt");
    assertThat(receipt).not().containsText(caseReference);
    check(receipt, "Ja: start et forløp hos oss");
    choose(receipt, "Kontaktperson hos dere", "Kontaktperson Barnevernstjenesten i bydel Grorud");
    typeDate(field(receipt, "Dato for vedtaket om hjelpetiltak hos dere"), today());
    String grorudCase = "GR-" + caseReference;
    field(receipt, "Saksnummer i deres fagsystem").fill(grorudCase);
    leder.completeTask();

    CourseRegistry.CourseRecord taken = courses.find("grorud", grorudCase).orElseThrow();
    Assertions.assertThat(courses.linkOf(taken.id())).contains(CourseRegistry.Link.HANDOVER);
    Assertions.assertThat(runtimeService.getVariable(taken.processInstanceId(), "kontaktperson"))
        .isEqualTo("grorud-kontaktperson");
    Assertions.assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(handover.getId())
        .singleResult().getEndActivityId()).isEqualTo("EndEvent_HandoverAccepted");
    Assertions.assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(course.getId())
        .singleResult().getEndActivityId()).isEqualTo("EndEvent_CourseClosed");
    Assertions.assertThat(variable(course, "handoverOutcome")).isEqualTo("ACCEPTED");
  }
}
