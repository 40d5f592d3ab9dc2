package no.grunnmodell.overview;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import no.grunnmodell.browser.Cockpit;
import no.grunnmodell.browser.HeadlessChromium;
import no.grunnmodell.browser.Tasklist;
import no.grunnmodell.course.CourseTestSupport;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * The leder's overview in the real Cockpit, in headless Chromium: lorenskog-leder logs in, finds the overview on
 * the dashboard, and every figure it shows is the one /api/reports/overview gives for the same service; the CSV
 * downloads; a kontaktperson gets nothing; and a course's page offers the leder no button they may not use.
 * Leaves target/browser-screenshots/cockpit-overview.png. Skipped (loudly) without Chromium.
 */
class CockpitOverviewBrowserIntTest extends CourseTestSupport {

  @RegisterExtension
  static final HeadlessChromium chromium = new HeadlessChromium();

  private static final String LEDER = "lorenskog-leder";

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;

  private ProcessInstance waitingForIntake;

  /** Courses with something to show, seen 20 days on: an overdue intake, evaluations overdue and coming. */
  @BeforeEach
  void coursesTwentyDaysOn() {
    Instant started = Instant.now();
    ClockUtil.setCurrentTime(Date.from(started));
    waitingForIntake = startFamilyCourse(newCaseReference(), 8);
    courseWithPlanEvaluatedIn(10);
    courseWithPlanEvaluatedIn(35);
    ProcessInstance lateIntake = startFamilyCourse(newCaseReference(), 8);
    Task intake = task(lateIntake, "Task_RegisterIntake");
    ClockUtil.setCurrentTime(new Date(intake.getDueDate().getTime() + 3_600_000L));
    registerIntake(lateIntake);
    // the engine's clock stands still from here, so the page and the API answer for the same moment
    ClockUtil.setCurrentTime(Date.from(started.plus(Duration.ofDays(20))));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theLederFindsTheOverviewOnTheDashboardWithTheApisFigures() throws Exception {
    Cockpit cockpit = new Cockpit(chromium.page(), port);
    cockpit.logIn(LEDER, "demo");
    Locator overview = cockpit.overview();
    JsonNode api = new ObjectMapper().readTree(http.withBasicAuth(LEDER, "demo")
        .getForObject("/api/reports/overview?serviceId=lorenskog", String.class));

    assertThat(overview.locator("h2")).hasText("Oversikt for leder – Lørenskog barnevernstjeneste");
    assertThat(figure(overview, "overdueSteps")).hasText(api.path("overdueSteps").asText());
    assertThat(figure(overview, "evaluationsOverdue")).hasText(api.path("evaluations").path("overdue").asText());
    assertThat(figure(overview, "evaluationsDueSoon")).hasText(api.path("evaluations").path("dueSoon").asText());
    Assertions.assertThat(api.path("evaluations").path("overdue").asLong()).isPositive();
    Assertions.assertThat(api.path("evaluations").path("dueSoon").asLong()).isPositive();
    long running = 0;
    for (JsonNode phase : api.path("coursesPerPhase")) {
      running += phase.path("courses").asLong();
      assertThat(overview.locator("[data-block=perPhase] tr[data-phase='" + phase.path("phase").asText() + "'] td")
          .first()).hasText(phase.path("label").asText());
      assertThat(overview.locator("[data-block=perPhase] tr[data-phase='" + phase.path("phase").asText()
          + "'] [data-count]")).hasText(phase.path("courses").asText());
    }
    assertThat(figure(overview, "runningCourses")).hasText(String.valueOf(running));

    Assertions.assertThat(api.path("overduePerStep").size()).isPositive();
    // A step id can name two steps (the family course's and aftercare's «Gjennomfør samarbeidsmøte …»): the row is
    // the one with the step's id and its exact name.
    for (JsonNode step : api.path("overduePerStep")) {
      Locator row = overview.locator("[data-block=perStep] tr[data-step='" + step.path("step").asText() + "']")
          .filter(new Locator.FilterOptions().setHas(overview.page().getByText(step.path("name").asText(),
              new Page.GetByTextOptions().setExact(true))));
      assertThat(row.locator("[data-count]")).hasText(step.path("overdue").asText());
    }
    assertThat(overview.locator("[data-block=perStep] tbody tr")).hasCount(api.path("overduePerStep").size());
    for (JsonNode person : api.path("overduePerKontaktperson")) {
      String name = person.path("firstName").isNull() ? "Ikke tatt av noen (tilbudt en rolle)"
          : person.path("firstName").asText() + " " + person.path("lastName").asText();
      assertThat(overview.locator("[data-block=perKontaktperson] tr[data-person='" + name + "'] [data-count]"))
          .hasText(person.path("overdue").asText());
    }
    assertThat(overview.locator("[data-block=perKontaktperson] tbody tr"))
        .hasCount(api.path("overduePerKontaktperson").size());
    for (JsonNode month : api.path("deadlinesKeptPerMonth")) {
      Locator bar = overview.locator("rect[data-month='" + month.path("month").asText() + "']");
      if (month.path("sharePercent").isNull()) {
        assertThat(bar).hasCount(0);
      } else {
        assertThat(bar).hasAttribute("data-share", month.path("sharePercent").asText());
      }
    }

    // the oldest overdue steps link to the course in Cockpit
    String oldestCase = api.path("oldestOverdue").get(0).path("caseReference").asText();
    Locator link = overview.locator("[data-block=oldest] a").first();
    assertThat(link).hasText(oldestCase);
    assertThat(link).hasAttribute("href",
        "#/process-instance/" + api.path("oldestOverdue").get(0).path("processInstanceId").asText() + "/runtime");
    // the dashboard lists the ten oldest, each with its link; this test's own course is among them unless other
    // tests of the run left more (older) overdue steps in the service, so its count follows the API's list
    int shown = Math.min(10, api.path("oldestOverdue").size());
    int listed = 0;
    for (int i = 0; i < shown; i++) {
      String caseReference = api.path("oldestOverdue").get(i).path("caseReference").asText();
      listed += waitingForIntake.getBusinessKey().equals(caseReference) ? 1 : 0;
    }
    assertThat(overview.locator("[data-block=oldest] a")).hasCount(shown);
    assertThat(overview.locator("[data-block=oldest] a", new Locator.LocatorOptions()
        .setHasText(waitingForIntake.getBusinessKey()))).hasCount(listed);

    // Cockpit scrolls inside its own frame, so a tall window shows the whole overview in one picture
    cockpit.page().setViewportSize(1400, 2400);
    overview.locator("[data-block=kept]").scrollIntoViewIfNeeded();
    Files.createDirectories(HeadlessChromium.SCREENSHOTS);
    cockpit.page().screenshot(new Page.ScreenshotOptions()
        .setPath(HeadlessChromium.SCREENSHOTS.resolve("cockpit-overview.png")));
    cockpit.page().setViewportSize(1400, 1000);

    // «Last ned som CSV» downloads the same overview with the session
    Download download = cockpit.page().waitForDownload(() -> overview.locator("a.gm-csv").click());
    Assertions.assertThat(download.suggestedFilename()).matches("forlopsoversikt-lorenskog-\\d{4}-\\d{2}-\\d{2}\\.csv");
    byte[] csv = Files.readAllBytes(download.path());
    Assertions.assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
    Assertions.assertThat(new String(csv, StandardCharsets.UTF_8))
        .contains("Oversikt for leder;Lørenskog barnevernstjeneste;")
        .contains("Forsinkede steg per steg\r\n").contains(oldestCase);

    // the course page: no button the leder may not use, and Cockpit's «Brukeroppgaver» loads
    cockpit.openCourse(waitingForIntake.getId());
    assertThat(cockpit.page().locator("[cam-widget-variables-table] tbody tr").first()).isVisible();
    assertThat(cockpit.page().locator("[cam-widget-variables-table] td.actions").first()).isHidden();
    for (String button : new String[] {"remove", "pause", "plus", "repeat"}) {
      assertThat(cockpit.toolbarButton(button)).isHidden();
    }
    cockpit.page().navigate("http://localhost:" + port + "/camunda/app/cockpit/default/#/tasks");
    assertThat(cockpit.page().locator("#multiple-groups-info")).isVisible(); // drawn once the counts per group came
    Assertions.assertThat(cockpit.page().locator("#task-group-counts tbody tr").count()).isPositive();
    assertThat(cockpit.page().locator(".notifications .alert-danger")).hasCount(0);
  }

  /** The positive control for the hidden buttons: the administrator sees them. */
  @Test
  void theAdministratorKeepsTheButtons() {
    Cockpit cockpit = new Cockpit(chromium.page(), port);
    cockpit.logIn("admin", "demo");
    assertThat(cockpit.page().locator(".gm-overview")).isVisible();
    cockpit.openCourse(waitingForIntake.getId());
    assertThat(cockpit.page().locator("[cam-widget-variables-table] td.actions").first()).isVisible();
    for (String button : new String[] {"remove", "pause", "plus"}) {
      assertThat(cockpit.toolbarButton(button)).isVisible();
    }
  }

  @Test
  void aKontaktpersonGetsNoOverview() {
    Page page = chromium.page();
    Tasklist tasklist = new Tasklist(page, port);
    tasklist.logIn(KONTAKTPERSON, "demo");
    // the Tasklist session reaches Cockpit's API, but the overview is refused
    Assertions.assertThat(page.navigate("http://localhost:" + port
        + "/camunda/api/cockpit/plugin/grunnmodell/default/overview").status()).isEqualTo(HttpStatus.FORBIDDEN.value());
    Assertions.assertThat(page.content()).doesNotContain("overduePerStep");
    // and Cockpit itself does not let a kontaktperson in
    Cockpit cockpit = new Cockpit(chromium.newPage("nb-NO"), port);
    cockpit.logIn(KONTAKTPERSON, "demo");
    assertThat(cockpit.page().locator("form[name=signinForm]")).isVisible();
    assertThat(cockpit.page().locator(".gm-overview")).hasCount(0);
  }

  private static Locator figure(Locator overview, String name) {
    return overview.locator("[data-figure=" + name + "]");
  }
}
