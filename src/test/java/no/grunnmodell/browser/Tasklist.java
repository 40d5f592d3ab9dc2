package no.grunnmodell.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * The Camunda 7.24 Tasklist as a caseworker uses it, for browser tests. Tasklist parts are found by their CSS
 * classes (their texts depend on the language); Camunda Forms fields by their labels (the forms are Norwegian
 * whatever the browser's language).
 */
public final class Tasklist {

  private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final Page page;
  private final String url;

  public Tasklist(Page page, int port) {
    this.page = page;
    this.url = "http://localhost:" + port + "/camunda/app/tasklist/default/";
  }

  public Page page() {
    return page;
  }

  // ---- login ----

  public void openLoginPage() {
    page.navigate(url);
    assertThat(loginButton()).isVisible();
  }

  public Locator loginButton() {
    return page.locator("form[name=signinForm] button[type=submit]");
  }

  public Locator userNameInput() {
    return page.locator("form[name=signinForm] input[ng-model=username]");
  }

  public Locator passwordInput() {
    return page.locator("form[name=signinForm] input[ng-model=password]");
  }

  public void logIn(String user, String password) {
    openLoginPage();
    // The login page can be drawn again while it is being filled in (its texts arrive translated), and the focus
    // then jumps back to the user name: on a busy machine the password ended up there. Type until both hold it.
    for (int attempt = 1; attempt <= 3; attempt++) {
      userNameInput().fill(user);
      passwordInput().fill(password);
      if (user.equals(userNameInput().inputValue()) && password.equals(passwordInput().inputValue())) {
        break;
      }
    }
    loginButton().click();
    assertThat(filterNames().first()).isVisible();
  }

  // ---- filters and the task list ----

  /** The filters' names as links (a focused filter's link also holds its task counter). */
  public Locator filterNames() {
    return page.locator(".task-filters .task-filter h4.name a");
  }

  /** Narrows the list to one course's steps with the Tasklist's own search (process instance business key). */
  public void showCourse(String caseReference) {
    showCourse(caseReference, null);
  }

  /**
   * Narrows the list to one course's steps in the filter with this id, e.g. «Oppgaver for min rolle», where the
   * steps offered to the role and not yet taken are; {@code null} for the Tasklist's first filter («Mine oppgaver»).
   */
  public void showCourse(String caseReference, String filterId) {
    String search = "[{\"type\":\"processInstanceBusinessKey\",\"operator\":\"eq\",\"value\":\"" + caseReference
        + "\"}]";
    // The search widget reads the address only when the Tasklist starts, so the Tasklist is loaded afresh. Not
    // with page.reload(): about one reload in ten came back as a blank page here (Chromium blocked the Tasklist's
    // scripts for a CSP nonce mismatch).
    page.navigate("about:blank");
    page.navigate(url + "#/?" + (filterId == null ? "" : "filter=" + filterId + "&") + "searchQuery="
        + URLEncoder.encode(search, StandardCharsets.UTF_8));
    assertThat(filterNames().first()).isVisible();
    assertThat(page.locator("[cam-widget-search-pill]")).containsText(caseReference);
  }

  /** Narrows the default filter's list to the courses whose case number contains this text (search «like»). */
  public void showCourses(String caseReferencePart) {
    String search = "[{\"type\":\"processInstanceBusinessKey\",\"operator\":\"Like\",\"value\":\"%"
        + caseReferencePart + "%\"}]";
    page.navigate("about:blank");
    page.navigate(url + "#/?searchQuery=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
    assertThat(filterNames().first()).isVisible();
    assertThat(page.locator("[cam-widget-search-pill]")).containsText(caseReferencePart);
  }

  /** The task cards in the list. */
  public Locator tasks() {
    return page.locator("ol.tasks-list > li.task");
  }

  /** The card of the task with exactly this name. */
  public Locator task(String name) {
    return tasks().filter(new Locator.FilterOptions().setHas(page.locator("h4.task a",
        new Page.LocatorOptions().setHasText(Pattern.compile("^\\s*" + literal(name) + "\\s*$")))));
  }

  /** The names of the tasks in the list, e.g. for {@code assertThat(taskNames()).hasText(new String[] {...})}. */
  public Locator taskNames() {
    return tasks().locator("h4.task a");
  }

  /** Opens the task from the list and waits for its Camunda Form; returns the form. */
  public Locator openTask(String name) {
    task(name).locator("h4.task a").click();
    assertThat(page.locator(".task-details .task-card h2.task")).hasText(name);
    Locator form = page.locator(".task-details .fjs-container");
    assertThat(form).isVisible();
    return form;
  }

  /**
   * Opens a step offered to the user's role and takes it («Ta oppgaven»), as a caseworker must before working it;
   * returns its form.
   */
  public Locator openAndClaimTask(String name) {
    Locator form = openTask(name);
    Locator claim = page.locator(".task-details button", new Page.LocatorOptions().setHasText("Ta oppgaven"));
    claim.click();
    assertThat(claim).hasCount(0);
    return form;
  }

  /** The card of the task with this name links to the task with this id: the same step, not a new one. */
  public void assertSameTask(String name, String taskId) {
    assertThat(task(name).locator("h4.task a[href*='task=" + taskId + "']")).hasCount(1);
  }

  /** Clicks the task form's complete button and waits until the engine has taken the form. */
  public void completeTask() {
    Response response = page.waitForResponse(Tasklist::isFormSubmission,
        () -> page.locator(".task-details .form-actions button.btn-primary").click());
    if (response.status() >= 300) {
      throw new AssertionError("The task form was not accepted: HTTP " + response.status() + " " + response.text());
    }
  }

  // ---- starting a course ----

  /** Opens the start dialog, picks the process by its name and waits for its start form; returns the form. */
  public Locator openStartForm(String processName) {
    page.locator(".start-process-action a").click();
    Locator dialog = page.locator(".modal-dialog");
    dialog.locator("ul.processes a", new Locator.LocatorOptions().setHasText(processName)).click();
    assertThat(dialog.locator(".modal-title")).containsText(processName);
    Locator form = dialog.locator(".fjs-container");
    assertThat(form).isVisible();
    return form;
  }

  /** Clicks the start dialog's start button and waits until the engine has started the process. */
  public void submitStartForm() {
    Response response = page.waitForResponse(Tasklist::isFormSubmission,
        () -> page.locator(".modal-dialog .modal-footer button.btn-primary").click());
    if (response.status() >= 300) {
      throw new AssertionError("The start form was not accepted: HTTP " + response.status() + " " + response.text());
    }
    page.locator(".modal-dialog").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
  }

  private static boolean isFormSubmission(Response response) {
    return "POST".equals(response.request().method()) && response.url().endsWith("/submit-form");
  }

  // ---- Camunda Forms ----

  /**
   * Types a date into a form-js date field as a Norwegian caseworker does: dd.mm.yyyy, then Enter. form-js 1.8
   * (flatpickr with typing allowed) reads the typed text in the browser's date order when Enter is pressed (or
   * when the field loses focus), then shows it in the browser's short format (nb: 5.3.2017) and submits it as
   * an ISO date (2017-03-05). Checks that the field shows the date it was given; never press Escape here: it
   * would also close the Tasklist's start dialog.
   */
  public static void typeDate(Locator dateInput, LocalDate day) {
    dateInput.click();
    dateInput.fill(day.format(TYPED_DATE));
    dateInput.press("Enter");
    assertThat(dateInput).hasValue(Pattern.compile(
        "^0?" + day.getDayOfMonth() + "\\.0?" + day.getMonthValue() + "\\." + day.getYear() + "$"));
  }

  /** Ticks the checkbox or picks the radio button with exactly this label. */
  public static void check(Locator form, String label) {
    form.getByLabel(label, new Locator.GetByLabelOptions().setExact(true)).check();
  }

  /** A radio group among several with the same answers («Ja», «Nei»): the answer under that question. */
  public static void answer(Locator form, String question, String answer) {
    form.locator(".fjs-form-field-radio", new Locator.LocatorOptions().setHasText(question))
        .getByLabel(answer, new Locator.GetByLabelOptions().setExact(true)).check();
  }

  /** A form-js select: open it, then pick the option with exactly this text («Nådd», not «Langt på vei nådd»). */
  public static void choose(Locator form, String label, String option) {
    form.locator(".fjs-form-field-select", new Locator.LocatorOptions().setHasText(label))
        .locator(".fjs-input-group").first().click();
    form.locator(".fjs-dropdownlist-item", new Locator.LocatorOptions()
        .setHasText(Pattern.compile("^\\s*" + literal(option) + "\\s*$"))).first().click();
  }

  /**
   * «Evaluer tiltaksplanen» up to its conclusion: the goal's attainment, the family's view, who took part (the child
   * and the parents), and the child's view with how it was weighed.
   */
  public static void fillEvaluationViews(Locator form, String attainment, String familyView, String childView,
                                         String childViewWeighed) {
    choose(form, "Måloppnåelse", attainment);
    field(form, "Familiens syn").fill(familyView);
    check(form, "Barnet");
    check(form, "Foreldre eller andre omsorgspersoner");
    check(form, "Barnet har gitt sitt syn");
    field(form, "Barnets syn").fill(childView);
    field(form, "Hvordan er barnets syn vektlagt?").fill(childViewWeighed);
  }

  /** A form field's input by its label; a trailing required-field asterisk in the label is allowed. */
  public static Locator field(Locator form, String label) {
    return form.getByLabel(Pattern.compile("^" + literal(label) + "\\*?$"));
  }

  /**
   * Text matched literally in a pattern. Playwright runs patterns as JavaScript regular expressions, which do not
   * know Java's {@code \Q...\E} (so no {@link Pattern#quote}).
   */
  public static String literal(String text) {
    return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
  }
}
