package no.grunnmodell.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The Camunda 7.24 Cockpit as a leder uses it, for browser tests: the login (the same form as the Tasklist's),
 * the dashboard with the leder's overview, and a course's page.
 */
public final class Cockpit {

  private final Page page;
  private final String url;

  public Cockpit(Page page, int port) {
    this.page = page;
    this.url = "http://localhost:" + port + "/camunda/app/cockpit/default/";
  }

  public Page page() {
    return page;
  }

  /** Logs in on the dashboard; the same care with the login form as {@link Tasklist#logIn}. */
  public void logIn(String user, String password) {
    page.navigate(url + "#/dashboard");
    Locator userName = page.locator("form[name=signinForm] input[ng-model=username]");
    Locator passwordInput = page.locator("form[name=signinForm] input[ng-model=password]");
    assertThat(userName).isVisible();
    for (int attempt = 1; attempt <= 3; attempt++) {
      userName.fill(user);
      passwordInput.fill(password);
      if (user.equals(userName.inputValue()) && password.equals(passwordInput.inputValue())) {
        break;
      }
    }
    page.locator("form[name=signinForm] button[type=submit]").click();
  }

  /** The leder's overview on the dashboard, once it has drawn its figures. */
  public Locator overview() {
    Locator overview = page.locator(".gm-overview");
    assertThat(overview.locator("[data-figure=overdueSteps]")).isVisible();
    return overview;
  }

  /** A course's page in Cockpit, as the overview links it. */
  public void openCourse(String processInstanceId) {
    page.navigate(url + "#/process-instance/" + processInstanceId + "/runtime");
    assertThat(page.locator(".ctn-toolbar")).isAttached();
  }

  /** The toolbar button of a course or definition page with this glyphicon (e.g. "remove" for cancel). */
  public Locator toolbarButton(String glyphicon) {
    return page.locator(".ctn-toolbar a.btn:has(> .glyphicon-" + glyphicon + ")");
  }
}
