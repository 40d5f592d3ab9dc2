package no.grunnmodell.course;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static no.grunnmodell.browser.Tasklist.check;
import static no.grunnmodell.browser.Tasklist.choose;
import static no.grunnmodell.browser.Tasklist.field;
import static no.grunnmodell.browser.Tasklist.typeDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ViewportSize;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;
import no.grunnmodell.browser.HeadlessChromium;
import no.grunnmodell.browser.Tasklist;
import no.grunnmodell.platform.Days;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A family course through two evaluation cycles in the real Tasklist (headless Chromium), every form filled in as a
 * caseworker does it and completed with «Fullfør» alone: the kontaktperson starts the course and works the first
 * contact, the consent and the start-up phase to a plan with guidance and a support measure; the kontaktperson and
 * a tiltaksarbeider each log a guidance session, each on a fresh form; the tiltaksarbeider starts the support
 * measure. The engine is then moved to the evaluation date (its clock, and the evaluation timer's job through the
 * Java API: the browser cannot wait three months). The kontaktperson continues the plan with a new date, and the
 * Tasklist still shows the same running guidance and support steps; at that date the kontaktperson closes the
 * course and holds the closing conversation. Screenshots of the evaluation form and of the task list are saved
 * under target/browser-screenshots/two-evaluation-cycles-*.png. Skipped (loudly) without Chromium.
 */
class TwoEvaluationCyclesBrowserIntTest extends CourseTestSupport {

  @RegisterExtension
  static final HeadlessChromium chromium = new HeadlessChromium();

  private static final String COURSE = "Hjelpetiltaksforløp – familier med barn 4–12 år";
  private static final String TILTAKSARBEIDER = "lorenskog-tiltaksarbeider";
  private static final String GUIDANCE = "Logg veiledningssamtale";
  private static final String SUPPORT_START = "Iverksett støttende tiltak";
  private static final String SUPPORT_END = "Registrer at det støttende tiltaket er avsluttet";
  private static final String EVALUATION = "Evaluer tiltaksplanen";

  @LocalServerPort int port;
  @Autowired FilterService filterService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aKontaktpersonTakesAFamilyThroughTwoEvaluationsAndClosesTheCourseInTheTasklist() {
    LocalDate startDay = today();
    String caseReference = "EVAL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    String roleFilter = filterService.createFilterQuery().filterName("Oppgaver for min rolle").singleResult().getId();
    Tasklist kontaktperson = new Tasklist(chromium.page(), port);
    kontaktperson.logIn(KONTAKTPERSON, "demo");

    // «Start forløp»
    Locator start = kontaktperson.openStartForm(COURSE);
    field(start, "Saksnummer i fagsystemet").fill(caseReference);
    field(start, "Barnets fornavn").fill("Emil");
    typeDate(field(start, "Barnets fødselsdato"), startDay.minusYears(9).withDayOfMonth(5));
    typeDate(field(start, "Vedtaksdato"), startDay.minusDays(1));
    kontaktperson.submitStartForm();
    ProcessInstance course = runtimeService.createProcessInstanceQuery().processDefinitionKey("FamilyCourse")
        .processInstanceBusinessKey(caseReference).singleResult();
    Assertions.assertThat(course).as("course %s started from the Tasklist", caseReference).isNotNull();

    // The first contact and the consent
    kontaktperson.showCourse(caseReference);
    Locator intake = kontaktperson.openTask("Registrer første kontakt med familien");
    typeDate(field(intake, "Dato for første kontakt med familien"), startDay);
    check(intake, "Begge foreldrene, som bor sammen");
    kontaktperson.completeTask();

    Locator consent = kontaktperson.openTask("Innhent samtykke");
    check(consent, "Ja, familien samtykker");
    check(consent, "Mor");
    check(consent, "Far");
    check(consent, "Skriftlig");
    typeDate(field(consent, "Dato familien svarte"), startDay);
    field(consent, "Hva mener barnet om hjelpen?").fill("Vil at mamma og pappa skal krangle mindre.");
    kontaktperson.completeTask();

    // The start-up phase
    Locator mapping = kontaktperson.openTask("Gjennomfør økologisk kartlegging");
    typeDate(field(mapping, "Dato for kartleggingen"), startDay);
    field(mapping, "Barnets behov og utvikling").fill("Sover lite, sliten på skolen");
    field(mapping, "Foreldrenes omsorgskapasitet").fill("Varme foreldre, lite struktur på kveldene");
    field(mapping, "Familie, nettverk og nærmiljø").fill("Besteforeldre i nærheten");
    check(mapping, "Foreldre");
    check(mapping, "Barnet");
    kontaktperson.completeTask();

    Locator whatMatters = kontaktperson.openTask("Samtale: «Hva er viktig for deg?»");
    typeDate(field(whatMatters, "Dato for samtalen"), startDay);
    field(whatMatters, "Hva er viktig for barnet?").fill("Fotball på tirsdager og å ha det rolig hjemme");
    field(whatMatters, "Hva ønsker barnet skal bli annerledes?").fill("Mindre krangling om kvelden");
    kontaktperson.completeTask();

    Locator analysis = kontaktperson.openTask("Analyser kartleggingen");
    field(analysis, "Analyse: hva skal hjelpen rette seg mot?").fill("Faste rutiner på kveldene");
    check(analysis, "Barnets behov");
    check(analysis, "Foreldrenes omsorg");
    kontaktperson.completeTask();

    LocalDate firstEvaluation = startDay.plusMonths(3);
    Locator plan = kontaktperson.openTask("Utarbeid tiltaksplan");
    field(plan, "Mål").fill("Faste leggetider");
    field(plan, "Hvordan ser vi at målet er nådd?").fill("Emil legger seg til fast tid 5 av 7 kvelder");
    check(plan, "Veiledning (familieveiledning)");
    check(plan, "Støttende tiltak");
    field(plan, "Hvem gjør hva, og hvor ofte?").fill("Familieveiledning hver 14. dag; støttekontakt en gang i uka");
    typeDate(field(plan, "Tiltakene er planlagt å vare til"), startDay.plusMonths(9));
    typeDate(field(plan, "Evalueringsdato"), firstEvaluation);
    check(plan, "Barnet");
    check(plan, "Foreldre eller andre omsorgspersoner");
    check(plan, "Barnet har gitt sitt syn");
    field(plan, "Barnets syn").fill("Vil legge seg senere i helgene");
    field(plan, "Hvordan er barnets syn vektlagt?").fill("Helgene er unntatt fra leggetidene");
    field(plan, "Planen er gjennomgått med familien").check(); // a required checkbox: its label ends in «*»
    kontaktperson.completeTask();

    // The guidance is offered to the role: the kontaktperson takes a session and logs it
    kontaktperson.showCourse(caseReference, roleFilter);
    assertThat(kontaktperson.taskNames()).hasText(new String[] {GUIDANCE});
    logGuidanceSession(kontaktperson.openAndClaimTask(GUIDANCE), startDay, "Rutiner ved leggetid");
    kontaktperson.completeTask();

    // The tiltaksarbeider logs the next session on a fresh form, and starts the support measure
    Tasklist tiltaksarbeider = new Tasklist(chromium.newPage("nb-NO"), port);
    tiltaksarbeider.logIn(TILTAKSARBEIDER, "demo");
    tiltaksarbeider.showCourse(caseReference, roleFilter);
    assertThat(tiltaksarbeider.tasks()).hasCount(2);
    assertThat(tiltaksarbeider.task(SUPPORT_START)).isVisible();
    Locator secondSession = tiltaksarbeider.openAndClaimTask(GUIDANCE);
    assertThat(field(secondSession, "Tema")).isEmpty();
    assertThat(field(secondSession, "Dato for samtalen")).isEmpty();
    logGuidanceSession(secondSession, startDay, "Belønning for leggetid");
    tiltaksarbeider.completeTask();

    Locator support = tiltaksarbeider.openAndClaimTask(SUPPORT_START);
    choose(support, "Tiltak", "Støttekontakt");
    typeDate(field(support, "Startdato"), startDay);
    field(support, "Hvem utfører tiltaket?").fill("Frivilligsentralen");
    tiltaksarbeider.completeTask();

    String guidanceStep = task(course, "Task_LogGuidanceSession").getId();
    String supportStep = task(course, "Task_RecordSupportMeasureEnded").getId();
    Assertions.assertThat(completedSteps(course, "Task_LogGuidanceSession")).isEqualTo(2);

    // First evaluation, at the date in the plan: the kontaktperson continues the plan with a new date
    moveEngineToEvaluationDate(course, firstEvaluation);
    LocalDate secondEvaluation = firstEvaluation.plusMonths(3);
    kontaktperson.showCourse(caseReference);
    assertThat(kontaktperson.tasks()).hasCount(2);
    assertThat(kontaktperson.task(SUPPORT_END)).isVisible();
    Locator evaluation = kontaktperson.openTask(EVALUATION);
    assertThat(evaluation).containsText("Evalueringsdato i planen: " + Days.text(firstEvaluation));
    evaluate(evaluation, "Noe framgang", "Leggetidene holder på hverdager", "Fortsett planen");
    typeDate(field(evaluation, "Neste evalueringsdato"), secondEvaluation);
    screenshot(kontaktperson.page(), "two-evaluation-cycles-1-evaluation.png");
    kontaktperson.completeTask();

    // The measures run on: the same open steps, not started again
    kontaktperson.showCourse(caseReference);
    assertThat(kontaktperson.taskNames()).hasText(new String[] {SUPPORT_END});
    kontaktperson.assertSameTask(SUPPORT_END, supportStep);
    screenshot(kontaktperson.page(), "two-evaluation-cycles-2-my-tasks-after-continue.png");
    kontaktperson.showCourse(caseReference, roleFilter);
    assertThat(kontaktperson.taskNames()).hasText(new String[] {GUIDANCE});
    kontaktperson.assertSameTask(GUIDANCE, guidanceStep);
    screenshot(kontaktperson.page(), "two-evaluation-cycles-3-role-tasks-after-continue.png");
    Assertions.assertThat(completedSteps(course, "Task_StartSupportMeasure")).isEqualTo(1);
    Assertions.assertThat(completedSteps(course, "Task_LogGuidanceSession")).isEqualTo(2);

    // Second evaluation, at the new date: the kontaktperson closes the course
    moveEngineToEvaluationDate(course, secondEvaluation);
    kontaktperson.showCourse(caseReference);
    Locator second = kontaktperson.openTask(EVALUATION);
    assertThat(second).containsText("Evalueringsdato i planen: " + Days.text(secondEvaluation));
    evaluate(second, "Nådd", "Emil sover bedre, og kveldene er rolige", "Avslutt forløpet");
    assertThat(field(second, "Neste evalueringsdato")).hasCount(0);
    screenshot(kontaktperson.page(), "two-evaluation-cycles-4-second-evaluation.png");
    kontaktperson.completeTask();

    Locator closure = kontaktperson.openTask("Gjennomfør avslutningssamtale og avslutt forløpet");
    choose(closure, "Hvorfor avsluttes forløpet?", "Målene er nådd");
    assertThat(closure.getByText("Samtykker familien")).hasCount(0); // only for a family that moved
    typeDate(field(closure, "Dato for avslutningssamtalen"), secondEvaluation);
    field(closure, "Hvordan gikk det med målene?").fill("Faste leggetider er nådd; familien er fornøyd");
    field(closure, "Oppsummering og videre oppfølging").fill("Ingen videre tiltak; helsesykepleier følger med");
    kontaktperson.completeTask();

    kontaktperson.showCourse(caseReference);
    assertThat(kontaktperson.tasks()).hasCount(0);
    Assertions.assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(course.getId())
        .singleResult().getEndActivityId()).isEqualTo("EndEvent_CourseClosed");
    Assertions.assertThat(variable(course, "outcome")).isEqualTo("CLOSED");
    Assertions.assertThat(variable(course, "evaluationCount")).isEqualTo(2);
    Assertions.assertThat(variable(course, "closureReason")).isEqualTo("GOALS_MET");
    Assertions.assertThat(completedSteps(course, "Task_EvaluatePlan")).isEqualTo(2);
  }

  /** «Logg veiledningssamtale» on a fresh form: at home, with the parents, and more sessions to come. */
  private static void logGuidanceSession(Locator form, LocalDate day, String topic) {
    typeDate(field(form, "Dato for samtalen"), day);
    choose(form, "Type", "Hjemmebesøk");
    field(form, "Tema").fill(topic);
    check(form, "Foreldre eller andre omsorgspersoner");
    check(form, "Veiledningen fortsetter: flere samtaler er planlagt");
  }

  /** «Evaluer tiltaksplanen»: the goal's attainment, everyone's views, and the conclusion. */
  private static void evaluate(Locator form, String attainment, String familyView, String conclusion) {
    Tasklist.fillEvaluationViews(form, attainment, familyView, "Det er lettere å sovne nå",
        "Emil vil beholde leggetidene; det teller");
    check(form, "Ingen grunn til andre tiltak");
    check(form, conclusion);
  }

  /** The engine's clock moves to the evaluation date, and the evaluation timer, due then, fires. */
  private void moveEngineToEvaluationDate(ProcessInstance course, LocalDate evaluationDate) {
    Job timer = managementService.createJobQuery().processInstanceId(course.getId())
        .activityId("Timer_EvaluationDue").singleResult();
    Assertions.assertThat(timer).as("the evaluation timer").isNotNull();
    Assertions.assertThat(ZonedDateTime.ofInstant(timer.getDuedate().toInstant(), Days.OSLO).toLocalDate())
        .isEqualTo(evaluationDate);
    ClockUtil.setCurrentTime(timer.getDuedate());
    managementService.executeJob(timer.getId());
  }

  private long completedSteps(ProcessInstance course, String taskKey) {
    return historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(course.getBusinessKey())
        .taskDefinitionKey(taskKey).finished().count();
  }

  /** The whole page, the form or list however long, under target/browser-screenshots/. */
  private static void screenshot(Page page, String file) {
    ViewportSize usual = page.viewportSize();
    try {
      Files.createDirectories(HeadlessChromium.SCREENSHOTS);
      // The Tasklist scrolls its columns itself: a tall window shows the whole form at once.
      page.setViewportSize(usual.width, 2600);
      page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.SCREENSHOTS.resolve(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      page.setViewportSize(usual.width, usual.height);
    }
  }
}
