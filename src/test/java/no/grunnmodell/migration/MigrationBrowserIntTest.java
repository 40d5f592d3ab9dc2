package no.grunnmodell.migration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Map;
import no.grunnmodell.browser.HeadlessChromium;
import no.grunnmodell.course.CourseTestSupport;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cockpit's «Flytt forløp» panel as the process owner uses it in headless Chromium: the dry run of a changed family
 * course on the dashboard, and «Flytt forløpene». A leder, who has Cockpit too, gets no panel. Skipped (loudly)
 * without Chromium.
 */
class MigrationBrowserIntTest extends CourseTestSupport {

  @RegisterExtension
  static final HeadlessChromium chromium = new HeadlessChromium();

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;

  private final ProbeDeployments deployments = new ProbeDeployments();

  @AfterEach
  void removeProbes() {
    deployments.removeAll(repositoryService);
  }

  @Test
  void theProcessOwnerMovesTheCoursesFromCockpitsDashboard() {
    String key = FamilyCourseProbe.newKey();
    deploy(key, FamilyCourseProbe.unchanged());
    ProcessInstance course = runtimeService.startProcessInstanceByKey(key, Map.of("serviceId", SERVICE,
        "caseReference", newCaseReference(), "kontaktperson", KONTAKTPERSON,
        "birthDate", today().minusYears(8).toString(), "decisionDate", today().toString()));
    ProcessDefinition v2 = deploy(key, FamilyCourseProbe.renamedConsentAndClosureConfirmed());
    Page page = chromium.page();

    logInToCockpit(page, "prosesseier");

    Locator process = page.locator(".gm-migration-process[data-process-key='" + key + "']");
    Locator row = process.locator("tr[data-process-instance='" + course.getId() + "']");
    assertThat(row.locator(".gm-migration-outcome")).hasText("Kan flyttes");
    assertThat(row).containsText(course.getBusinessKey());
    assertThat(row).containsText("Registrer første kontakt med familien");
    process.locator(".gm-migration-move").click();
    process.locator(".gm-migration-confirm").click();
    assertThat(process.locator(".gm-migration-result")).hasText("1 forløp er flyttet til versjon 2; 0 ble der de var.");
    assertThat(row.locator(".gm-migration-outcome")).hasText("Flyttet");
    Assertions.assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(course.getId())
        .singleResult().getProcessDefinitionId()).isEqualTo(v2.getId());
  }

  @Test
  void aLederSeesNoMigrationPanel() {
    Page page = chromium.page();
    // The panel asks the server first; the leder is refused, and the panel stays empty.
    var overview = page.waitForResponse(response -> response.url().endsWith("/migrations/overview"),
        () -> logInToCockpit(page, "lorenskog-leder"));
    Assertions.assertThat(overview.status()).isEqualTo(403);
    assertThat(page.locator(".gm-migration")).hasCount(0);
  }

  private void logInToCockpit(Page page, String user) {
    page.navigate("http://localhost:" + port + "/camunda/app/cockpit/default/");
    Locator name = page.locator("form[name=signinForm] input[ng-model=username]");
    Locator password = page.locator("form[name=signinForm] input[ng-model=password]");
    // As in Tasklist.logIn: the login page may be drawn again while it is filled in.
    for (int attempt = 1; attempt <= 3; attempt++) {
      name.fill(user);
      password.fill("demo");
      if (user.equals(name.inputValue()) && "demo".equals(password.inputValue())) {
        break;
      }
    }
    page.locator("form[name=signinForm] button[type=submit]").click();
    assertThat(page.locator(".dashboard")).isVisible();
  }

  private ProcessDefinition deploy(String key, java.util.function.Consumer<BpmnModelInstance> change) {
    String id = repositoryService.createDeployment().name("migreringsprøve")
        .addString("processes/" + key + ".bpmn", FamilyCourseProbe.diagram(key, change)).deploy().getId();
    deployments.add(id);
    return repositoryService.createProcessDefinitionQuery().deploymentId(id).singleResult();
  }
}
