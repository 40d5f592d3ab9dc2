package no.grunnmodell.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Pattern;
import no.grunnmodell.course.CourseTestSupport;
import no.grunnmodell.course.FormValues;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Tasklist speaks Norwegian bokmål, as a caseworker sees it in headless Chromium: the login page, the task
 * list and its dates. Tests the project's translation of the Camunda webapps
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

  @LocalServerPort int port;

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
    ZonedDateTime due = ZonedDateTime.ofInstant(intake.getDueDate().toInstant(), FormValues.OSLO);
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

  private static void assertLoginPageInBokmal(Tasklist tasklist) {
    assertThat(tasklist.loginButton()).hasText("Logg inn");
    assertThat(tasklist.userNameInput()).hasAttribute("placeholder", "Brukernavn");
    assertThat(tasklist.passwordInput()).hasAttribute("placeholder", "Passord");
    assertThat(tasklist.page().locator("#footer-timezone"))
        .containsText("Dato og klokkeslett vises i lokal tidssone");
    assertThat(tasklist.page().locator("body")).not().containsText("Log in");
  }
}
