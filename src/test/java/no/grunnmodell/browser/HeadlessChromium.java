package no.grunnmodell.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * The machine's own headless Chromium (Debian package {@code chromium}), driven by Playwright for Java without
 * any browser download. Register it as a static field:
 * <pre>{@code @RegisterExtension static final HeadlessChromium chromium = new HeadlessChromium();}</pre>
 *
 * <ul>
 *   <li>Chromium is {@code /usr/bin/chromium}, else {@code chromium} on the PATH; another binary:
 *       {@code -Dgrunnmodell.chromium=/path} or the environment variable {@code GRUNNMODELL_CHROMIUM}.</li>
 *   <li>No Chromium on the machine: every test of the class is reported as <b>skipped</b>, with a banner on
 *       stderr, never as passed; with the environment variable {@code GRUNNMODELL_BROWSER_TESTS=required} (which
 *       {@code .ci/run} sets) they fail instead. {@code .ci/run} installs Chromium.</li>
 *   <li>Each test gets a fresh browser context (no cookies, no session) with a Norwegian desktop: language
 *       {@code nb-NO}, time zone Europe/Oslo.</li>
 *   <li>A failed test leaves a screenshot, the page's HTML and the browser console under
 *       {@code target/browser-screenshots/}.</li>
 * </ul>
 */
public final class HeadlessChromium implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
    AfterEachCallback {

  static final Path DEFAULT_EXECUTABLE = Paths.get("/usr/bin/chromium");
  public static final Path SCREENSHOTS = Paths.get("target", "browser-screenshots");
  /** Flags that work as root in a container, without a GPU and without Chromium phoning home. */
  private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
      "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
  /** The machines running the build are often busy: generous, but a hang still ends. */
  private static final double ACTION_TIMEOUT_MS = 60_000;
  private static final double NAVIGATION_TIMEOUT_MS = 120_000;
  private static final double ASSERTION_TIMEOUT_MS = 30_000;

  private String missing;
  private Playwright playwright;
  private Browser browser;
  private final List<BrowserContext> contexts = new ArrayList<>();
  private final List<String> console = new ArrayList<>();
  private Page page;

  /** The Chromium binary to use: the override if set, else Debian's, else a {@code chromium} on the PATH. */
  static Path executable() {
    String configured = System.getProperty("grunnmodell.chromium", System.getenv("GRUNNMODELL_CHROMIUM"));
    if (configured != null && !configured.isBlank()) {
      return Paths.get(configured.trim());
    }
    if (Files.isExecutable(DEFAULT_EXECUTABLE)) {
      return DEFAULT_EXECUTABLE;
    }
    String path = System.getenv().getOrDefault("PATH", "");
    return Arrays.stream(path.split(File.pathSeparator)).filter(dir -> !dir.isBlank())
        .map(dir -> Paths.get(dir, "chromium")).filter(Files::isExecutable).findFirst().orElse(DEFAULT_EXECUTABLE);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    Path executable = executable();
    if (!Files.isExecutable(executable)) {
      // each test is then reported as skipped (an assumption failing here would hide them: "Tests run: 0")
      missing = "BROWSER TESTS SKIPPED (" + context.getDisplayName() + "): no Chromium at " + executable
          + ". Install it (Debian: apt-get install -y chromium) or point -Dgrunnmodell.chromium at a Chromium binary.";
      System.err.println("*".repeat(100));
      System.err.println("*** " + missing);
      System.err.println("*".repeat(100));
      return;
    }
    playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(executable)
        .setHeadless(true)
        .setArgs(ARGS)
        .setTimeout(NAVIGATION_TIMEOUT_MS));
    PlaywrightAssertions.setDefaultAssertionTimeout(ASSERTION_TIMEOUT_MS);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (missing != null && "required".equals(System.getenv("GRUNNMODELL_BROWSER_TESTS"))) {
      // CI (.ci/run) requires them: a skipped browser test there would hide that the Tasklist was never tried
      throw new AssertionError(missing + " GRUNNMODELL_BROWSER_TESTS=required: the browser tests must run here.");
    }
    Assumptions.assumeTrue(missing == null, missing);
    console.clear();
    page = newPage("nb-NO");
  }

  /** A page in a new, separate browser context whose language is {@code locale} (e.g. "de-DE"). */
  public Page newPage(String locale) {
    BrowserContext browserContext = browser.newContext(new Browser.NewContextOptions()
        .setLocale(locale)
        .setTimezoneId("Europe/Oslo")
        .setViewportSize(1400, 1000));
    browserContext.setDefaultTimeout(ACTION_TIMEOUT_MS);
    browserContext.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
    contexts.add(browserContext);
    Page created = browserContext.newPage();
    created.onConsoleMessage(message -> {
      if (!"debug".equals(message.type()) && !"verbose".equals(message.type())) {
        console.add("[" + locale + "] " + message.type() + ": " + message.text());
      }
    });
    created.onPageError(error -> console.add("[" + locale + "] page error: " + error));
    created.onResponse(response -> {
      if (response.status() >= 500) {
        console.add("[" + locale + "] HTTP " + response.status() + " " + response.request().method() + " "
            + response.url());
      }
    });
    return created;
  }

  /** This test's page: Norwegian bokmål desktop browser, nothing loaded yet. */
  public Page page() {
    return page;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      if (context.getExecutionException().filter(e -> !(e instanceof TestAbortedException)).isPresent()
          && !contexts.isEmpty()) {
        saveEvidence(context);
      }
    } finally {
      contexts.forEach(BrowserContext::close);
      contexts.clear();
      page = null;
    }
  }

  private void saveEvidence(ExtensionContext context) {
    String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName()
        + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    try {
      Files.createDirectories(SCREENSHOTS);
      int n = 0;
      for (BrowserContext browserContext : contexts) {
        for (Page open : browserContext.pages()) {
          String file = name + (n++ == 0 ? "" : "-" + n);
          open.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(file + ".png")).setFullPage(true));
          Files.writeString(SCREENSHOTS.resolve(file + ".html"), open.content());
        }
      }
      Files.write(SCREENSHOTS.resolve(name + "-console.txt"), console);
      System.err.println("Browser test failed: screenshot, HTML and console in "
          + SCREENSHOTS.toAbsolutePath().resolve(name) + "*");
    } catch (IOException | RuntimeException e) {
      System.err.println("Browser test failed, and its screenshot could not be saved: " + e);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }
}
