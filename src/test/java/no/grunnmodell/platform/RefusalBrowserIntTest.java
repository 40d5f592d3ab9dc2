package no.grunnmodell.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static no.grunnmodell.browser.Tasklist.field;
import static no.grunnmodell.browser.Tasklist.typeDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import no.grunnmodell.IntTestBase;
import no.grunnmodell.browser.HeadlessChromium;
import no.grunnmodell.browser.Tasklist;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A rule refusing what a kontaktperson did in the real Tasklist: the answer is our Norwegian sentence, with no
 * engine prefix, id or English in front of it, and nothing was started.
 */
class RefusalBrowserIntTest extends IntTestBase {

  @RegisterExtension
  static final HeadlessChromium chromium = new HeadlessChromium();

  private static final String COURSE = "Hjelpetiltaksforløp – familier med barn 4–12 år";

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;

  @Test
  void startingASecondCourseForTheSameCaseIsRefusedInPlainNorwegian() throws Exception {
    LocalDate today = LocalDate.now(Days.OSLO);
    String caseReference = "DOBBEL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    runtimeService.startProcessInstanceByKey("FamilyCourse", Map.of("serviceId", "lorenskog",
        "caseReference", caseReference, "kontaktperson", "lorenskog-kontaktperson",
        "birthDate", today.minusYears(8).toString(), "decisionDate", today.minusDays(2).toString()));
    Tasklist tasklist = new Tasklist(chromium.page(), port);
    Page page = tasklist.page();

    tasklist.logIn("lorenskog-kontaktperson", "demo");
    Locator startForm = tasklist.openStartForm(COURSE);
    field(startForm, "Saksnummer i fagsystemet").fill(caseReference);
    typeDate(field(startForm, "Barnets fødselsdato"), today.minusYears(8).minusMonths(1).withDayOfMonth(5));
    typeDate(field(startForm, "Vedtaksdato"), today.minusDays(1));
    Response response = page.waitForResponse(r -> "POST".equals(r.request().method())
        && r.url().endsWith("/submit-form"), () -> page.locator(".modal-dialog .modal-footer button.btn-primary")
        .click());

    Assertions.assertThat(response.status()).isEqualTo(409);
    Locator notice = page.locator(".notifications .alert-danger, .modal-dialog .alert-danger").first();
    assertThat(notice).containsText("Det finnes allerede et forløp for dette saksnummeret i Lørenskog "
        + "barnevernstjeneste.");
    Assertions.assertThat(notice.innerText()).doesNotContain("ENGINE-").doesNotContain("Cannot")
        .doesNotContain("FamilyCourse:");
    Files.createDirectories(HeadlessChromium.SCREENSHOTS);
    page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.SCREENSHOTS.resolve(
        "refusal-in-the-tasklist.png")));
    Assertions.assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseReference)
        .count()).isEqualTo(1);
  }
}
