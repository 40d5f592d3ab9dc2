package no.grunnmodell.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static no.grunnmodell.browser.Tasklist.field;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import no.grunnmodell.browser.Cockpit;
import no.grunnmodell.browser.EnglishText;
import no.grunnmodell.browser.HeadlessChromium;
import no.grunnmodell.browser.Tasklist;
import no.grunnmodell.course.CourseTestSupport;
import no.grunnmodell.deadline.MissedDeadlines;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Tasklist speaks Norwegian bokmål, as a caseworker sees it in headless Chromium: the login page, the task
 * list and its dates, the forms' own texts and date picker, and the errors; no English on the walked pages
 * ({@link EnglishText}). Tests the project's translation of the Camunda webapps
 * ({@code META-INF/resources/webjars/camunda/app/tasklist/locales/nb.json} and {@code scripts/config.js}, which
 * makes nb the fallback for every browser language the webapps do not have). Skipped (loudly) without Chromium.
 */
class NorwegianWebappBrowserIntTest extends CourseTestSupport {

  @RegisterExtension
  static final HeadlessChromium chromium = new HeadlessChromium();

  private static final List<String> WEEKDAYS = List.of("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag",
      "søndag");
  private static final List<String> MONTHS = List.of("januar", "februar", "mars", "april", "mai", "juni", "juli",
      "august", "september", "oktober", "november", "desember");

  /** The Tasklist's plugin script, which RequireJS loads before the Tasklist starts. */
  private static final String PLUGIN_SCRIPT = "**/api/tasklist/plugin/tasklistPlugins/static/app/plugin.js*";

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired MissedDeadlines missedDeadlines;

  @Test
  void theLoginPageIsInBokmal() {
    Tasklist tasklist = new Tasklist(chromium.page(), port);
    tasklist.openLoginPage();

    assertLoginPageInBokmal(tasklist);
  }

  @Test
  void aBrowserInALanguageTheWebappsDoNotHaveGetsBokmalToo() {
    Tasklist tasklist = new Tasklist(chromium.newPage("de-DE"), port);
    tasklist.openLoginPage();

    assertLoginPageInBokmal(tasklist);
  }

  @Test
  void theTaskListShowsNorwegianFiltersTextsAndDates() {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 8); // vedtak yesterday: intake due in 6 days
    Task intake = task(course, "Task_RegisterIntake");
    ZonedDateTime due = ZonedDateTime.ofInstant(intake.getDueDate().toInstant(), Days.OSLO);
    Tasklist tasklist = new Tasklist(chromium.page(), port);

    tasklist.logIn(KONTAKTPERSON, "demo");

    // the filters (their names are the project's) and the Tasklist's own texts
    assertThat(tasklist.filterNames().first()).isVisible();
    List<String> filters = tasklist.filterNames().allInnerTexts().stream()
        .map(name -> name.replaceAll("\\s+\\d+\\s*$", "").trim()).toList();
    Assertions.assertThat(filters).contains("Mine oppgaver", "Forsinket", "Frist innen 7 dager");
    Page page = tasklist.page();
    assertThat(page.locator(".start-process-action a")).hasText("Start forløp");
    assertThat(page.locator(".sorting-label")).hasText("Sorter etter");
    assertThat(page.locator("#footer-timezone")).containsText("Dato og klokkeslett vises i lokal tidssone");

    // the course's first step in the list: its due date in words and, on hover, as a Norwegian date
    tasklist.showCourse(course.getBusinessKey());
    Locator card = tasklist.task("Registrer første kontakt med familien");
    Locator dueDate = card.locator(".due-date");
    assertThat(dueDate).containsText("Frist");
    Locator dueIn = dueDate.locator("[am-time-ago]");
    assertThat(dueIn).hasText(Pattern.compile("^om (\\d+ dager|én dag)$"));
    dueIn.hover();
    String longDate = WEEKDAYS.get(due.getDayOfWeek().getValue() - 1) + " " + due.getDayOfMonth() + ". "
        + MONTHS.get(due.getMonthValue() - 1) + " " + due.getYear()
        + String.format(" kl. %02d:%02d", due.getHour(), due.getMinute());
    assertThat(page.locator(".tooltip .tooltip-inner")).hasText(longDate); // e.g. "fredag 27. november 2026 kl. 23:59"
  }

  /**
   * A caseworker's day walked page by page, failing on any English: the task list, a form refused for its empty
   * required fields, the date picker, a plan's goal list, and a step someone else ended while it was open.
   */
  @Test
  void aCaseworkerMeetsNoEnglishInTheTasklist() throws Exception {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 8);
    ProcessInstance planning = startFamilyCourse(newCaseReference(), 6);
    registerIntake(planning);
    answerConsent(planning, true);
    mapAndAnalyse(planning);
    Tasklist tasklist = new Tasklist(chromium.page(), port);
    Page page = tasklist.page();
    tasklist.logIn(KONTAKTPERSON, "demo");

    // the task list
    tasklist.showCourse(course.getBusinessKey());
    assertThat(tasklist.task("Registrer første kontakt med familien")).isVisible();
    EnglishText.assertNoneOn(page, "the task list");

    // a form sent without its required fields: form-js's own messages
    Locator form = tasklist.openTask("Registrer første kontakt med familien");
    page.locator(".task-details .form-actions button.btn-primary").click();
    assertThat(form.locator(".fjs-form-field-error").first()).hasText("Feltet må fylles ut.");
    screenshot(page, "tasklist-form-with-error.png");
    EnglishText.assertNoneOn(page, "a form with required-field errors");

    // the date picker: bokmål, weeks from Monday, dd.mm.åååå
    Locator date = field(form, "Dato for første kontakt med familien");
    assertThat(date).hasAttribute("placeholder", "dd.mm.åååå");
    date.click();
    Locator calendar = form.locator(".flatpickr-calendar.open");
    assertThat(calendar).isVisible();
    assertThat(calendar.locator(".flatpickr-weekday").first()).hasText("ma");
    assertThat(calendar.locator(".flatpickr-monthDropdown-months option").first()).hasText("januar");
    screenshot(page, "tasklist-date-picker.png");
    EnglishText.assertNoneOn(page, "the open date picker");

    // typed as a Norwegian caseworker does, the date is still read and sent as before
    LocalDate firstContact = today().minusDays(1);
    Tasklist.typeDate(date, firstContact);
    Tasklist.check(form, "Begge foreldrene, som bor sammen");

    // the course is ended elsewhere while the form is open: a Norwegian sentence, once, clear of the buttons
    runtimeService.deleteProcessInstance(course.getId(), "Registrert ved en feil");
    Response refused = page.waitForResponse(r -> "POST".equals(r.request().method())
        && r.url().endsWith("/submit-form"), () -> page.locator(".task-details .form-actions button.btn-primary")
        .click());
    Assertions.assertThat(refused.status()).isEqualTo(404);
    Locator banner = page.locator(".page-notifications .alert-danger").first();
    assertThat(banner).containsText("Fant ikke steget.");
    Assertions.assertThat(banner.innerText()).doesNotContain("<task>").doesNotContain("ENGINE-");
    Locator complete = page.locator(".task-details .form-actions button.btn-primary");
    complete.scrollIntoViewIfNeeded();
    assertNotCovering(banner.boundingBox(), complete.boundingBox());
    screenshot(page, "tasklist-refused-submit.png");
    EnglishText.assertNoneOn(page, "a refused submit");

    // the same step opened again from its address: the Tasklist's own wrapping ("<task> <- …") is gone
    String stale = page.url();
    page.navigate("about:blank");
    page.navigate(stale);
    Locator gone = page.locator(".page-notifications .alert-danger").first();
    assertThat(gone).containsText("Fant ikke dette i din tjeneste.");
    Assertions.assertThat(gone.innerText()).doesNotContain("<task>").doesNotContain("<-");
    Assertions.assertThat(gone.innerText().split("Fant ikke dette", -1)).hasSize(2); // once, not as title and text
    EnglishText.assertNoneOn(page, "a step that is gone");

    // a plan's goal list: form-js's list buttons
    tasklist.showCourse(planning.getBusinessKey());
    Locator plan = tasklist.openTask("Utarbeid tiltaksplan");
    Locator add = plan.locator(".fjs-repeat-render-add");
    assertThat(add).hasText(Pattern.compile("^\\s*Legg til\\s*$"));
    add.click();
    assertThat(plan.locator(".fjs-repeat-row-remove").nth(1)).hasAttribute("aria-label", "Fjern rad 2");
    EnglishText.assertNoneOn(page, "a plan's goal list");
  }

  /**
   * The first load after a start used to stop at «Load timeout for modules: tasklist-plugin-tasklistPlugins/plugin»:
   * the webapps' RequireJS gave a plugin script 7 seconds. A plugin script that takes 9 seconds now still loads.
   */
  @Test
  void aSlowPluginScriptDoesNotStopTheFirstLoad() {
    Page page = chromium.page();
    page.route(PLUGIN_SCRIPT, route -> {
      page.waitForTimeout(9_000); // longer than RequireJS's default of 7 seconds
      route.resume();
    });
    Tasklist tasklist = new Tasklist(page, port);

    tasklist.openLoginPage();

    assertThat(tasklist.loginButton()).hasText("Logg inn");
    assertThat(page.locator("#grunnmodell-load-failed")).hasCount(0);
  }

  /** A plugin script that does not load: a Norwegian message with «Prøv igjen», which loads the page again. */
  @Test
  void aFailedLoadSaysSoInNorwegianAndOffersARetry() {
    Page page = chromium.page();
    page.route(PLUGIN_SCRIPT, route -> route.abort());
    page.navigate("http://localhost:" + port + "/camunda/app/tasklist/default/");

    Locator failed = page.locator("#grunnmodell-load-failed");
    assertThat(failed).containsText("Siden ble ikke ferdig lastet.");
    EnglishText.assertNoneOn(page, "the failed load");
    page.unroute(PLUGIN_SCRIPT);
    failed.locator("button", new Locator.LocatorOptions().setHasText("Prøv igjen")).click();

    assertThat(new Tasklist(page, port).loginButton()).hasText("Logg inn");
    assertThat(failed).hasCount(0);
  }

  /**
   * A leder's follow-up in Cockpit walked page by page, failing on any English: the dashboard, and a course with an
   * overdue step (an incident) on its variables and its incidents («Avvik»).
   */
  @Test
  void aLederMeetsNoEnglishInCockpit() throws Exception {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 8);
    Task intake = task(course, "Task_RegisterIntake");
    try {
      ClockUtil.setCurrentTime(new Date(intake.getDueDate().getTime() + 86_400_000L));
      Assertions.assertThat(missedDeadlines.escalateOverdueSteps()).isPositive();
    } finally {
      ClockUtil.reset();
    }
    Cockpit cockpit = new Cockpit(chromium.page(), port);
    Page page = cockpit.page();

    cockpit.logIn("lorenskog-leder", "demo");
    cockpit.overview();
    EnglishText.assertNoneOn(page, "Cockpit's dashboard");

    cockpit.openCourse(course.getId());
    Locator variables = page.locator("[cam-widget-variables-table] tbody");
    assertThat(variables.locator("td.col-name",
        new Locator.LocatorOptions().setHasText(Pattern.compile("^\\s*Saksnummer\\s*$")))).isVisible();
    assertThat(variables.locator("tr", new Locator.LocatorOptions().setHasText("Fase")).locator("td.col-value"))
        .containsText("Mottak");
    assertThat(variables.locator("td.col-type").first()).not().hasText(Pattern.compile("String|Integer|Date"));
    assertThat(page.locator("dl.process-information dd", new Page.LocatorOptions().setHasText("FamilyCourse"))
        .first()).isHidden();
    screenshot(page, "cockpit-course-variables.png");
    EnglishText.assertNoneOn(page, "a course's variables in Cockpit");

    // The step's assignee by name, not by user id
    User kontaktperson = identityService.createUserQuery().userId(KONTAKTPERSON).singleResult();
    page.locator("ul.nav-tabs a").getByText("Brukeroppgaver", new Locator.GetByTextOptions().setExact(true))
        .first().click();
    Locator assignee = page.locator(".ctn-tabbed-content td.assignee").first();
    assertThat(assignee).containsText(kontaktperson.getFirstName() + " " + kontaktperson.getLastName());
    assertThat(assignee).not().containsText(KONTAKTPERSON);
    screenshot(page, "cockpit-course-user-tasks.png");
    EnglishText.assertNoneOn(page, "a course's steps in Cockpit");

    page.locator(".ctn-tabbed-content").page().getByText("Avvik", new Page.GetByTextOptions().setExact(true))
        .first().click();
    assertThat(page.locator(".ctn-tabbed-content")).containsText("Frist overskredet");
    screenshot(page, "cockpit-course-incidents.png");
    EnglishText.assertNoneOn(page, "a course's incidents in Cockpit");
  }

  private static void assertNotCovering(BoundingBox banner, BoundingBox button) {
    boolean overlaps = banner.x < button.x + button.width && button.x < banner.x + banner.width
        && banner.y < button.y + button.height && button.y < banner.y + banner.height;
    Assertions.assertThat(overlaps).as("the error banner covers «Fullfør»").isFalse();
  }

  private static void screenshot(Page page, String name) throws java.io.IOException {
    Files.createDirectories(HeadlessChromium.SCREENSHOTS);
    page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.SCREENSHOTS.resolve(name)));
  }

  private static void assertLoginPageInBokmal(Tasklist tasklist) {
    assertThat(tasklist.loginButton()).hasText("Logg inn");
    assertThat(tasklist.userNameInput()).hasAttribute("placeholder", "Brukernavn");
    assertThat(tasklist.passwordInput()).hasAttribute("placeholder", "Passord");
    assertThat(tasklist.page().locator("#footer-timezone"))
        .containsText("Dato og klokkeslett vises i lokal tidssone");
    assertThat(tasklist.page().locator("body")).not().containsText("Log in");
  }
}
