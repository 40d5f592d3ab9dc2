package no.grunnmodell.tasklist;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static no.grunnmodell.browser.Tasklist.check;
import static no.grunnmodell.browser.Tasklist.field;
import static no.grunnmodell.browser.Tasklist.typeDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.grunnmodell.browser.HeadlessChromium;
import no.grunnmodell.browser.Tasklist;
import no.grunnmodell.course.CourseTestSupport;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Tasklist says whose case a step is, in headless Chromium: case number and first name on every task in the
 * list and at the top of the form, caseworkers' names instead of user ids, the tiltaksarbeider's first view, and
 * «Meld trukket samtykke» from the case number through the confirmation to the notice that the course is closed.
 */
class CaseInTheTasklistBrowserIntTest extends CourseTestSupport {

  @RegisterExtension
  static final HeadlessChromium chromium = new HeadlessChromium();

  private static final String TILTAKSARBEIDER = "lorenskog-tiltaksarbeider";
  private static final String INTAKE = "Registrer første kontakt med familien";
  private static final String GUIDANCE = "Logg veiledningssamtale";

  @LocalServerPort int port;
  @Autowired IdentityService identityService;

  @Test
  void twoFamiliesInTheListAreToldApartByCaseNumberAndFirstName() throws Exception {
    String prefix = "TO-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    ProcessInstance sofie = startFamilyCourse(prefix + "-A", "Sofie");
    ProcessInstance emil = startFamilyCourse(prefix + "-B", "Emil");
    Tasklist tasklist = new Tasklist(chromium.page(), port);
    String kontaktpersonName = fullName(KONTAKTPERSON);

    tasklist.logIn(KONTAKTPERSON, "demo");
    tasklist.showCourses(prefix);

    // two «Registrer første kontakt med familien», each saying which family it is
    assertThat(tasklist.task(INTAKE)).hasCount(2);
    Locator sofieCard = tasklist.task(INTAKE).filter(new Locator.FilterOptions().setHasText(sofie.getBusinessKey()));
    Locator emilCard = tasklist.task(INTAKE).filter(new Locator.FilterOptions().setHasText(emil.getBusinessKey()));
    assertThat(sofieCard).hasCount(1);
    assertThat(emilCard).hasCount(1);
    assertThat(sofieCard).containsText("Saksnummer");
    assertThat(sofieCard).containsText("Sofie");
    assertThat(sofieCard).not().containsText("Emil");
    assertThat(emilCard).containsText("Emil");
    assertThat(emilCard).not().containsText("Sofie");
    // the step's holder by name
    assertThat(sofieCard.locator(".assignee")).containsText(kontaktpersonName);
    assertThat(sofieCard).not().containsText(KONTAKTPERSON);
    screenshot(tasklist.page(), "tasklist-two-families-case-number-and-first-name.png");

    // at the top of the form: case number, first name and the kontaktperson's name
    sofieCard.locator("h4.task a").click();
    Locator form = tasklist.page().locator(".task-details .fjs-container");
    assertThat(form).isVisible();
    assertThat(form).containsText("Saksnummer " + sofie.getBusinessKey() + " · Sofie · vedtaksdato");
    assertThat(form).containsText("kontaktperson " + kontaktpersonName);
    assertThat(form).not().containsText(KONTAKTPERSON);
    screenshot(tasklist.page(), "tasklist-form-header-case-first-name-kontaktperson.png");
  }

  @Test
  void theTiltaksarbeiderStartsOnTheStepsOfferedToTheRole() throws Exception {
    String caseReference = "TA-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    ProcessInstance course = startFamilyCourse(caseReference, "Nora");
    registerIntake(course);
    answerConsent(course, true);
    runStartupPhase(course, "veiledning");
    Tasklist tasklist = new Tasklist(chromium.page(), port);

    tasklist.logIn(TILTAKSARBEIDER, "demo");
    // the Tasklist opens the first filter: for a tiltaksarbeider, theirs and the role's steps
    Locator focused = tasklist.page().locator(".task-filters .task-filter.active h4.name a");
    assertThat(focused).containsText("Mine steg og steg tilbudt rollen min");
    tasklist.showCourse(caseReference);
    assertThat(focused).containsText("Mine steg og steg tilbudt rollen min");
    Locator card = tasklist.task(GUIDANCE);
    assertThat(card).containsText(caseReference);
    assertThat(card).containsText("Nora");
    screenshot(tasklist.page(), "tasklist-tiltaksarbeider-default-view.png");

    // «Ta oppgaven» is a clear button; taken, the step stays in the same list, held by the tiltaksarbeider by name
    tasklist.openTask(GUIDANCE);
    Locator claim = tasklist.page().locator(".task-details button", new Page.LocatorOptions().setHasText("Ta oppgaven"));
    assertThat(claim).isVisible();
    screenshot(tasklist.page(), "tasklist-tiltaksarbeider-take-step.png");
    claim.click();
    assertThat(claim).hasCount(0);
    assertThat(tasklist.task(GUIDANCE).locator(".assignee")).containsText(fullName(TILTAKSARBEIDER));
    Assertions.assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseReference)
        .taskAssignee(TILTAKSARBEIDER).count()).isEqualTo(1);

    // the kontaktperson's first filter stays «Mine oppgaver»: the tiltaksarbeider's filter is theirs alone
    Tasklist kontaktperson = new Tasklist(chromium.newPage("nb-NO"), port);
    kontaktperson.logIn(KONTAKTPERSON, "demo");
    Assertions.assertThat(kontaktperson.filterNames().allInnerTexts())
        .noneMatch(name -> name.contains("Mine steg og steg tilbudt rollen min"));
    assertThat(kontaktperson.page().locator(".task-filters .task-filter.active h4.name a"))
        .containsText("Mine oppgaver");
  }

  @Test
  void aWithdrawalOfConsentIsLookedUpConfirmedAndTheClosedCourseIsShown() throws Exception {
    String caseReference = "TR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    ProcessInstance course = startFamilyCourse(caseReference, "Ida");
    registerIntake(course);
    answerConsent(course, true); // the start-up phase: two steps open
    Tasklist tasklist = new Tasklist(chromium.page(), port);
    Page page = tasklist.page();

    tasklist.logIn(KONTAKTPERSON, "demo");
    // no longer hidden among the courses in «Start forløp»
    page.locator(".start-process-action a").click();
    assertThat(page.locator(".modal-dialog ul.processes")).containsText("Hjelpetiltaksforløp");
    assertThat(page.locator(".modal-dialog ul.processes")).not().containsText("trukket samtykke");
    page.keyboard().press("Escape");
    page.locator(".modal-dialog").waitFor(new Locator.WaitForOptions()
        .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));

    // its own action in the header
    Locator action = page.locator("a.gm-withdrawal-action");
    assertThat(action).hasText("Meld trukket samtykke");
    action.click();
    Locator dialog = page.locator(".gm-withdrawal-dialog");
    assertThat(dialog.locator(".modal-title")).hasText("Meld fra om trukket samtykke");

    // an unknown case number: a Norwegian answer in the dialog, no 500, nothing stopped
    String unknown = "FINNES-IKKE-" + UUID.randomUUID().toString().substring(0, 4);
    dialog.getByLabel("Saksnummer i fagsystemet").fill(unknown);
    Response notFound = page.waitForResponse(r -> r.url().contains("/consent-withdrawal?"),
        () -> dialog.locator("button.gm-withdrawal-find").click());
    Assertions.assertThat(notFound.status()).isEqualTo(404);
    assertThat(dialog.locator(".alert-danger")).hasText("Fant ikke noe forløp med saksnummer " + unknown
        + " i din tjeneste. Sjekk saksnummeret.");
    assertThat(dialog.locator("button.gm-withdrawal-confirm")).isHidden();
    screenshot(page, "withdrawal-unknown-case-number.png");

    // the right case number: what will stop, and a question before anything is stopped
    dialog.getByLabel("Saksnummer i fagsystemet").fill(caseReference);
    dialog.locator("button.gm-withdrawal-find").click();
    Locator preview = dialog.locator(".gm-withdrawal-preview");
    assertThat(preview).containsText("Hjelpetiltaksforløp – familier med barn 4–12 år");
    assertThat(preview).containsText(caseReference);
    assertThat(preview).containsText("Ida");
    assertThat(preview.locator(".gm-withdrawal-steps li")).hasCount(2);
    assertThat(preview.locator(".gm-withdrawal-steps")).containsText("Gjennomfør økologisk kartlegging");
    assertThat(preview.locator(".gm-withdrawal-steps")).containsText("Samtale: «Hva er viktig for deg?»");
    assertThat(preview).containsText("Vil du stanse dette forløpet?");
    screenshot(page, "withdrawal-confirm-what-stops.png");
    Assertions.assertThat(openTasks(course)).contains("Task_EcologicalMapping"); // not yet

    dialog.locator("button.gm-withdrawal-confirm").click();
    assertThat(dialog.locator(".alert-success")).containsText("Forløpet i sak " + caseReference + " er stanset.");
    Assertions.assertThat(openTasks(course)).containsExactly("Task_RecordConsentWithdrawal");
    screenshot(page, "withdrawal-course-stopped.png");
    dialog.locator("button.gm-withdrawal-cancel").click();
    assertThat(dialog).hasCount(0);

    // the last step, and the notice that the course is closed
    tasklist.showCourse(caseReference);
    Locator record = tasklist.openTask("Registrer at samtykket er trukket");
    // the text first: form-js takes typed text a moment later, and «Fullfør» pressed before would find it empty
    field(record, "Hva er avtalt videre?").fill("Ny vurdering i barnevernstjenesten om tre måneder.");
    typeDate(field(record, "Dato samtykket ble trukket"), today());
    check(record, "Mor");
    tasklist.completeTask();
    Locator closed = page.locator(".gm-course-closed");
    assertThat(closed).containsText("Forløpet er avsluttet");
    assertThat(closed).containsText("Forløpet i sak " + caseReference + " (Ida) er avsluttet fordi samtykket er "
        + "trukket.");
    Assertions.assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(course.getId()).count())
        .isZero();
    screenshot(page, "course-closed-notice.png");
  }

  private ProcessInstance startFamilyCourse(String caseReference, String firstName) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("serviceId", SERVICE);
    vars.put("caseReference", caseReference);
    vars.put("childFirstName", firstName);
    vars.put("kontaktperson", KONTAKTPERSON);
    vars.put("birthDate", today().minusYears(8).minusMonths(2).toString());
    vars.put("decisionDate", today().minusDays(1).toString());
    return runtimeService.startProcessInstanceByKey("FamilyCourse", vars);
  }

  private String fullName(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    return user.getFirstName() + " " + user.getLastName();
  }

  private static void screenshot(Page page, String name) throws Exception {
    Path dir = HeadlessChromium.SCREENSHOTS;
    Files.createDirectories(dir);
    page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name)));
  }
}
