package no.grunnmodell.course;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static no.grunnmodell.browser.Tasklist.field;
import static no.grunnmodell.browser.Tasklist.typeDate;
import static org.assertj.core.groups.Tuple.tuple;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.grunnmodell.IntTestBase;
import no.grunnmodell.browser.HeadlessChromium;
import no.grunnmodell.browser.Tasklist;
import no.grunnmodell.form.FormInput;
import no.grunnmodell.platform.Days;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A kontaktperson starts a family course in the real Tasklist, in headless Chromium, and works its first two
 * steps: the start form, «Registrer første kontakt med familien» and «Innhent samtykke» are filled in and submitted as a person would,
 * then the test checks what the Tasklist shows next and what the engine holds. Skipped (loudly) without Chromium.
 */
class TasklistBrowserIntTest extends IntTestBase {

  @RegisterExtension
  static final HeadlessChromium chromium = new HeadlessChromium();

  private static final String USER = "lorenskog-kontaktperson";
  private static final String COURSE = "Hjelpetiltaksforløp – familier med barn 4–12 år";
  private static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  @Test
  void aKontaktpersonStartsACourseAndGetsItThroughIntakeAndConsentInTheTasklist() {
    LocalDate today = LocalDate.now(Days.OSLO);
    LocalDate birthDate = today.minusYears(8).minusMonths(2).withDayOfMonth(5); // day first: 05.mm is not mm.05
    LocalDate decisionDate = today.minusDays(1);
    String caseReference = "NETT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Tasklist tasklist = new Tasklist(chromium.page(), port);

    tasklist.logIn(USER, "demo");

    // the start form, from the Tasklist's start dialog
    Locator startForm = tasklist.openStartForm(COURSE);
    assertThat(startForm.getByText("Start hjelpetiltaksforløp")).isVisible();
    field(startForm, "Saksnummer i fagsystemet").fill(caseReference);
    field(startForm, "Barnets fornavn").fill("Sofie");
    typeDate(field(startForm, "Barnets fødselsdato"), birthDate);
    typeDate(field(startForm, "Vedtaksdato"), decisionDate);
    assertThat(field(startForm, "Språk for tolk")).hasCount(0); // only when an interpreter is needed
    tasklist.submitStartForm();

    ProcessInstance course = runtimeService.createProcessInstanceQuery().processDefinitionKey("FamilyCourse")
        .processInstanceBusinessKey(caseReference).singleResult();
    Assertions.assertThat(course).as("course %s started from the Tasklist", caseReference).isNotNull();
    Task intakeTask = openTask(course, "Task_RegisterIntake");

    // «Registrer første kontakt med familien»
    tasklist.showCourse(caseReference);
    assertThat(tasklist.taskNames()).hasText(new String[] {"Registrer første kontakt med familien"});
    Locator intake = tasklist.openTask("Registrer første kontakt med familien");
    // the case, the child's first name and the kontaktperson by name (not the user id)
    assertThat(intake).containsText("Saksnummer " + caseReference + " · Sofie · vedtaksdato "
        + decisionDate.format(NORWEGIAN_DATE) + " · kontaktperson Kontaktperson Lørenskog barnevernstjeneste");
    assertThat(intake).containsText("Frist " + dueDay(intakeTask).format(NORWEGIAN_DATE) + ":"); // its basis follows
    for (String label : List.of("Dato for første kontakt med familien", "Hvem har den daglige omsorgen?",
        "Familien trenger tolk", "Behov for tilrettelegging (språk, kultur, funksjonsnedsettelse)")) {
      assertThat(intake.locator(".fjs-form-field-label", new Locator.LocatorOptions().setHasText(label)))
          .isVisible();
    }
    typeDate(field(intake, "Dato for første kontakt med familien"), today);
    intake.getByLabel("Begge foreldrene, som bor sammen", new Locator.GetByLabelOptions().setExact(true)).check();
    tasklist.completeTask();

    // «Innhent samtykke»: consent given, in writing, by the mother
    assertThat(tasklist.taskNames()).hasText(new String[] {"Innhent samtykke"});
    Locator consent = tasklist.openTask("Innhent samtykke");
    assertThat(consent.getByText("Innhent samtykke", new Locator.GetByTextOptions().setExact(true))).isVisible();
    assertThat(consent.getByText("Hvem har samtykket?")).hasCount(0); // shown once consent is given
    consent.getByLabel("Ja, familien samtykker", new Locator.GetByLabelOptions().setExact(true)).check();
    assertThat(consent.getByText("Hvem har samtykket?")).isVisible();
    consent.getByLabel("Mor", new Locator.GetByLabelOptions().setExact(true)).check();
    consent.getByLabel("Skriftlig", new Locator.GetByLabelOptions().setExact(true)).check();
    typeDate(field(consent, "Dato familien svarte"), today);
    field(consent, "Hva mener barnet om hjelpen?").fill("Vil ha mindre krangling hjemme.");
    assertThat(field(consent, "Hva ble avtalt videre?")).hasCount(0); // only when consent is refused
    assertThat(consent.getByText("Har barnet samtykket selv?")).hasCount(0); // only from 15 years
    tasklist.completeTask();

    // the start-up phase: two steps side by side, both the kontaktperson's, both with a due date
    // (created in the same instant: their order in the list is not fixed)
    assertThat(tasklist.tasks()).hasCount(2);
    for (String step : List.of("Gjennomfør økologisk kartlegging", "Samtale: «Hva er viktig for deg?»")) {
      Locator card = tasklist.task(step);
      assertThat(card).isVisible();
      assertThat(card.locator(".process-definition")).hasText("Oppstartsfase");
      assertThat(card.locator(".due-date")).isVisible();
      assertThat(card.locator(".due-date [am-time-ago]")).not().isEmpty();
    }

    // ... and in the engine
    Map<String, Object> variables = runtimeService.getVariables(course.getId());
    Assertions.assertThat(variables).containsEntry("phase", "STARTUP")
        .containsEntry("serviceId", "lorenskog")
        .containsEntry("caseReference", caseReference)
        .containsEntry("childFirstName", "Sofie")
        .containsEntry("kontaktperson", USER)
        .containsEntry("withinTargetGroup", true)
        .containsEntry("consentDecision", "GIVEN")
        .containsEntry("consentForm", "WRITTEN")
        .containsEntry("childView", "Vil ha mindre krangling hjemme.");
    Assertions.assertThat(FormInput.date(variables.get("birthDate"), "birthDate")).isEqualTo(birthDate);
    Assertions.assertThat(FormInput.date(variables.get("decisionDate"), "decisionDate")).isEqualTo(decisionDate);
    Assertions.assertThat(FormInput.date(variables.get("firstContactDate"), "firstContactDate")).isEqualTo(today);
    Assertions.assertThat(FormInput.date(variables.get("consentDate"), "consentDate")).isEqualTo(today);
    Assertions.assertThat(variables).containsEntry("dailyCare", "BOTH_PARENTS");
    Assertions.assertThat(FormInput.strings(variables.get("consentGivenBy"))).containsExactly("mor");

    HistoricProcessInstance history = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(course.getId()).singleResult();
    Assertions.assertThat(history.getStartUserId()).isEqualTo(USER);
    Assertions.assertThat(history.getTenantId()).isEqualTo("lorenskog");

    ProcessInstance startupPhase = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(course.getId()).singleResult();
    Assertions.assertThat(startupPhase.getProcessDefinitionId()).startsWith("StartupPhase:");
    Assertions.assertThat(taskService.createTaskQuery().processInstanceId(startupPhase.getId()).listPage(0, 200))
        .extracting(Task::getTaskDefinitionKey, Task::getAssignee)
        .containsExactlyInAnyOrder(tuple("Task_EcologicalMapping", USER), tuple("Task_WhatMattersConversation", USER));
    Assertions.assertThat(taskService.createTaskQuery().processInstanceId(startupPhase.getId()).listPage(0, 200))
        .allSatisfy(step -> Assertions.assertThat(step.getDueDate()).isNotNull());
  }

  private Task openTask(ProcessInstance course, String taskKey) {
    Task task = taskService.createTaskQuery().processInstanceId(course.getId()).taskDefinitionKey(taskKey)
        .singleResult();
    Assertions.assertThat(task).as("open task %s", taskKey).isNotNull();
    return task;
  }

  private static LocalDate dueDay(Task task) {
    return ZonedDateTime.ofInstant(task.getDueDate().toInstant(), Days.OSLO).toLocalDate();
  }
}
