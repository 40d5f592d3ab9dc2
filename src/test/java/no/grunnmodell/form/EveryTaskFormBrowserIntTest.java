package no.grunnmodell.form;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import no.grunnmodell.browser.HeadlessChromium;
import no.grunnmodell.browser.Tasklist;
import no.grunnmodell.course.CourseTestSupport;
import no.grunnmodell.handover.HandoverVariables;
import no.grunnmodell.platform.Days;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.spin.Spin;
import org.springframework.beans.factory.annotation.Autowired;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every user task's form in the real Tasklist (headless Chromium), filled in as a caseworker does it and completed
 * with «Fullfør» alone, never «Lagre» first. The steps are read from the diagrams in processes/ (every user task
 * with a Camunda Form); each gets a course of its own that the engine puts at that step (process instance
 * modification, with the variables the earlier steps would have left), and the user who may work it (its assignee,
 * or a member of its candidate group, who takes it first) opens it by its link. Each field the form shows is filled
 * from its definition: every required one, every text and date field, answers that a later answer may depend on
 * first; a few forms get chosen answers where the first option is not a sensible one for the step. Then «Fullfør»:
 * the form must be accepted, no error banner may show, the step must be completed in the engine and what the form
 * submitted must be among the course's variables. A form referenced by a user task but never filled here fails the
 * test. A screenshot of each filled form is saved under target/browser-screenshots/forms/. Skipped (loudly) without
 * Chromium.
 */
class EveryTaskFormBrowserIntTest extends CourseTestSupport {

  @RegisterExtension
  static final HeadlessChromium chromium = new HeadlessChromium();

  private static final Path PROCESSES = Paths.get("processes");
  private static final Path FORMS = Paths.get("forms");
  private static final Path SCREENSHOTS = HeadlessChromium.SCREENSHOTS.resolve("forms");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TILTAKSARBEIDER = SERVICE + "-tiltaksarbeider";
  private static final String LEDER = SERVICE + "-leder";
  private static final String TEXT = "Fylt ut i testen";

  /** A user task with a Camunda Form, as the diagram has it. */
  record Step(String file, String processKey, String taskKey, String name, String formRef, String assignee,
              String candidateGroups) {
  }

  /**
   * Answers chosen where a form's first option does not suit the step, by the field's label: an option's label
   * (radio, select), a list of option labels (checklist), a date, a text, or {@code true} to tick a checkbox.
   */
  private static final Map<String, Map<String, Object>> ANSWERS = Map.of(
      "ta-imot-forlop", Map.of("Saksnummer i deres fagsystem", "MOTTATT-" + UUID.randomUUID().toString()
          .substring(0, 8).toUpperCase()));

  /** Dates that lie ahead of the step by nature (a next meeting, an evaluation), by the field's label. */
  private static Map<String, Object> futureDates() {
    LocalDate today = today();
    return Map.of("Neste evalueringsdato", today.plusMonths(3), "Evalueringsdato", today.plusMonths(3),
        "Tiltakene er ment å vare til", today.plusMonths(6), "Tiltakene er planlagt å vare til", today.plusMonths(6),
        "Dato for neste møte", today.plusMonths(1), "Dato for ny samtale", today.plusMonths(1),
        "Planlagt avslutningssamtale", today.plusMonths(1));
  }

  /** Variables a step needs beyond what {@link #courseVariables} gives every course, by the step's key. */
  private static final Map<String, Map<String, Object>> STEP_VARIABLES = Map.of(
      // a revision follows a plan, whose tracks were agreed then (the form asks whether the revision changes them)
      "Task_RevisePlan", Map.of("agreedMeasureTracks", Spin.JSON("[\"veiledning\"]")));

  @LocalServerPort int port;
  @Autowired IdentityService identityService;

  @Test
  void everyUserTaskFormIsCompletedWithFullførAloneInTheTasklist() throws IOException {
    List<Step> steps = userTaskSteps();
    Set<String> referenced = new TreeSet<>();
    steps.forEach(step -> referenced.add(step.formRef()));
    Assertions.assertThat(referenced).as("forms referenced by user tasks").isNotEmpty();
    Files.createDirectories(SCREENSHOTS);

    Map<String, Tasklist> tasklists = new HashMap<>();
    Set<String> exercised = new TreeSet<>();
    SoftAssertions softly = new SoftAssertions();
    String only = System.getProperty("grunnmodell.forms.only", "");
    for (Step step : steps) {
      if (!only.isEmpty() && !(step.formRef() + " " + step.taskKey()).matches(".*(" + only + ").*")) {
        exercised.add(step.formRef()); // a run narrowed by hand, while working on a form
        continue;
      }
      try {
        fillAndComplete(step, tasklists);
        exercised.add(step.formRef());
      } catch (AssertionError | RuntimeException e) {
        // the next step starts on a freshly loaded Tasklist, without this one's error banner
        tasklists.values().forEach(t -> t.page().navigate("about:blank"));
        softly.fail("%s «%s» (%s, form %s): %s", step.taskKey(), step.name(), step.file(), step.formRef(),
            e.getMessage());
      }
    }
    softly.assertThat(exercised).as("forms filled in and completed").containsExactlyElementsOf(referenced);
    softly.assertAll();
  }

  @Test
  void everyFormInFormsIsUsedByAUserTaskOrAStartEvent() throws IOException {
    Set<String> used = new TreeSet<>();
    userTaskSteps().forEach(step -> used.add(step.formRef()));
    used.addAll(startFormRefs());
    Set<String> present = new TreeSet<>();
    try (Stream<Path> files = Files.list(FORMS)) {
      files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".form"))
          .forEach(name -> present.add(name.substring(0, name.length() - ".form".length())));
    }
    Assertions.assertThat(present).containsExactlyInAnyOrderElementsOf(used);
  }

  // ---- one step ----

  private void fillAndComplete(Step step, Map<String, Tasklist> tasklists) throws IOException {
    String caseReference = "SKJEMA-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Task task = switch (step.taskKey()) {
      // steps whose course must really have gone the way there: a handover or a referral stored outside the engine
      case "Task_SendSummary", "Task_ReceiveCourse", "Task_PrepareReferral", "Task_ApproveReferral",
          "Task_RecordBufetatDecision", "Task_RemindBufetat", "Task_RecordMeasureEnd" -> walkedTo(step, caseReference);
      default -> {
        Map<String, Object> variables = courseVariables(step, caseReference);
        ProcessInstance instance = runtimeService.createProcessInstanceByKey(step.processKey())
            .businessKey(caseReference).setVariables(variables).startBeforeActivity(step.taskKey()).execute();
        List<Task> open = taskService.createTaskQuery().processInstanceId(instance.getId())
            .taskDefinitionKey(step.taskKey()).list();
        Assertions.assertThat(open).as("the step waiting in its course").hasSize(1);
        yield open.get(0);
      }
    };
    ProcessInstance instance = runtimeService.createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult();

    String user = worker(task);
    Tasklist tasklist = tasklists.computeIfAbsent(user, u -> {
      Tasklist logged = new Tasklist(chromium.newPage("nb-NO"), port);
      logged.logIn(u, "demo");
      return logged;
    });
    Page page = tasklist.page();
    // the Tasklist opens the task from its address; already loaded, it only follows the changed address
    page.navigate("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task.getId());
    assertThat(page.locator(".task-details .task-card h2.task")).hasText(task.getName());
    Locator form = page.locator(".task-details .fjs-container");
    assertThat(form).isVisible();
    if (task.getAssignee() == null) {
      Locator claim = page.locator(".task-details button", new Page.LocatorOptions().setHasText("Ta oppgaven"));
      claim.click();
      assertThat(claim).hasCount(0);
    }

    Map<String, Object> answers = new HashMap<>(futureDates());
    answers.putAll(ANSWERS.getOrDefault(step.formRef(), Map.of()));
    new FormFiller(form, answers).fill();
    screenshot(page, step.formRef() + "-" + step.taskKey() + ".png");
    Files.writeString(SCREENSHOTS.resolve(step.formRef() + "-" + step.taskKey() + ".html"),
        (String) form.evaluate("form => form.innerHTML"));

    Locator complete = page.locator(".task-details .form-actions button.btn-primary");
    try {
      assertThat(complete).isEnabled(new LocatorAssertions.IsEnabledOptions().setTimeout(5_000));
    } catch (AssertionError e) {
      throw new AssertionError("«Fullfør» stays disabled; the form shows: "
          + form.locator(".fjs-form-field-error").allInnerTexts() + " (fields " + fieldLabels(form) + ")", e);
    }
    List<Response> afterStep = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.function.Consumer<Response> watch = r -> {
      if (r.url().contains("/after-step/" + task.getId())) {
        afterStep.add(r);
      }
    };
    page.onResponse(watch);
    Response response;
    try {
      response = page.waitForResponse(r -> "POST".equals(r.request().method()) && r.url().endsWith("/submit-form"),
          new Page.WaitForResponseOptions().setTimeout(20_000), complete::click);
    } catch (RuntimeException e) {
      throw new AssertionError("«Fullfør» sent nothing; the form shows: "
          + form.locator(".fjs-form-field-error").allInnerTexts() + " (fields " + fieldLabels(form) + ")", e);
    }
    if (response.status() >= 300) {
      throw new AssertionError("The form was not accepted: HTTP " + response.status() + " " + response.text()
          + " (fields " + fieldLabels(form) + ")");
    }
    JsonNode submitted = JSON.readTree(response.request().postData()).path("variables");

    // the Tasklist asks whether the course ended with the step (to say so), and gets an answer
    try {
      page.waitForCondition(() -> !afterStep.isEmpty());
    } finally {
      page.offResponse(watch);
    }
    Assertions.assertThat(afterStep.get(0).status()).as("the Tasklist's question whether the course ended: %s",
        afterStep.get(0).text()).isEqualTo(200);

    // the Tasklist shows no error, and the step is done in the engine
    assertThat(page.locator(".notifications .alert-danger, .alert-danger:visible")).hasCount(0);
    Assertions.assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("step still open").isZero();
    HistoricTaskInstance done = historyService.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult();
    Assertions.assertThat(done.getEndTime()).as("step completed").isNotNull();
    Assertions.assertThat(done.getDeleteReason()).isEqualTo("completed");
    Assertions.assertThat(submitted.size()).as("values the form submitted").isPositive();
    assertArrived(instance.getBusinessKey(), instance, submitted);
  }

  /** Every value the form submitted is a variable of the course (or of a phase it called), the latest value. */
  private void assertArrived(String caseReference, ProcessInstance instance, JsonNode submitted) {
    List<String> instances = new ArrayList<>();
    instances.add(instance.getId());
    historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseReference).list()
        .stream().map(HistoricProcessInstance::getId).forEach(instances::add);
    List<HistoricVariableInstance> held = historyService.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(instances.toArray(String[]::new)).list();
    for (Map.Entry<String, JsonNode> entry : submitted.properties()) {
      String name = entry.getKey();
      JsonNode value = entry.getValue().path("value");
      List<HistoricVariableInstance> named = held.stream().filter(v -> v.getName().equals(name)).toList();
      Assertions.assertThat(named).as("submitted %s arrived as a variable", name).isNotEmpty();
      if (value.isTextual() || value.isBoolean()) {
        Object expected = value.isTextual() ? value.asText() : value.asBoolean();
        Assertions.assertThat(named).as("submitted %s = %s", name, expected)
            .anySatisfy(v -> Assertions.assertThat(String.valueOf(v.getValue())).isEqualTo(String.valueOf(expected)));
      }
    }
  }

  /**
   * Who works the step: its assignee, else a member of a group it is offered to (the demo users are
   * {@code <service>-<role>}), a tiltaksarbeider where both roles may.
   */
  private String worker(Task task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId).filter(java.util.Objects::nonNull).sorted(
            java.util.Comparator.comparing((String group) -> !group.startsWith("tiltaksarbeider-"))).toList();
    Assertions.assertThat(groups).as("groups offered %s", task.getName()).isNotEmpty();
    String group = groups.get(0);
    int dash = group.indexOf('-');
    return group.substring(dash + 1) + "-" + group.substring(0, dash);
  }

  /**
   * A family course taken through the Java API as the earlier forms would: to the handover (a family that moved,
   * to a municipality outside the system or to another service in it) or to the referral to Bufetat and on.
   */
  private Task walkedTo(Step step, String caseReference) {
    ProcessInstance course = familyCourseAtEvaluation(caseReference);
    if (step.processKey().startsWith("CourseHandover")) {
      evaluate(course, "CLOSE");
      boolean outside = step.taskKey().equals("Task_SendSummary");
      Map<String, Object> closure = new HashMap<>(Map.of("closureReason", "MOVED",
          "closingConversationDate", today().toString(), "finalEvaluation", "Noe framgang",
          "closingSummary", "Familien flytter", "handoverConsent", "GIVEN",
          "handoverServiceId", outside ? "OUTSIDE" : "grorud"));
      if (outside) {
        closure.put("handoverMunicipality", "Bodø");
      }
      as(KONTAKTPERSON, "kontaktperson-" + SERVICE, () -> complete(course, "Task_CloseCourse", closure));
      // the receiving service's step is in a process of its own, found by this course's handover
      ProcessInstance handover = runtimeService.createProcessInstanceQuery().superProcessInstanceId(course.getId())
          .processDefinitionKey("CourseHandover").singleResult();
      Assertions.assertThat(handover).as("the handover the closure started").isNotNull();
      String processInstance = outside ? handover.getId() : runtimeService.createProcessInstanceQuery()
          .processDefinitionKey("CourseHandoverReceipt").variableValueEquals(HandoverVariables.HANDOVER_ID,
              runtimeService.getVariable(handover.getId(), HandoverVariables.HANDOVER_ID)).singleResult().getId();
      Task open = taskService.createTaskQuery().processInstanceId(processInstance).taskDefinitionKey(step.taskKey())
          .singleResult();
      Assertions.assertThat(open).as("the handover's step").isNotNull();
      return open;
    }
    evaluate(course, "REFER", Map.of("problemAreas", Spin.JSON("[\"VIOLENCE\",\"CRIME\"]"),
        "exclusionCircumstances", Spin.JSON("[]")));
    if (!step.taskKey().equals("Task_PrepareReferral")) {
      String prepare = task(course, "Task_PrepareReferral").getId();
      Map<String, Object> values = new HashMap<>();
      for (String prefilled : List.of("problemAreas", "exclusionCircumstances", "referralMeasure", "triedMeasures")) {
        values.put(prefilled, taskService.getVariable(prepare, prefilled));
      }
      values.putAll(Map.of("referralAction", "SEND", "referralReason", "Vold hjemme tross veiledning",
          "referralDeviationReason", "", "placementRisk", "YES", "referralConsent", "GIVEN",
          "bufetatSharingConsent", "GIVEN", "referralConsentDate", today().toString()));
      values.values().removeIf(java.util.Objects::isNull);
      taskService.complete(prepare, values);
    }
    if (!step.taskKey().matches("Task_PrepareReferral|Task_ApproveReferral")) {
      as(LEDER, "leder-" + SERVICE, () -> complete(course, "Task_ApproveReferral",
          Map.of("referralApproval", "APPROVED")));
    }
    if (step.taskKey().equals("Task_RemindBufetat")) {
      ProcessInstance referral = runtimeService.createProcessInstanceQuery().superProcessInstanceId(course.getId())
          .processDefinitionKey("SpecialisedReferral").singleResult();
      managementService.executeJob(managementService.createJobQuery().processInstanceId(referral.getId())
          .activityId("Timer_BufetatAnswerOverdue").singleResult().getId());
    }
    if (step.taskKey().equals("Task_RecordMeasureEnd")) {
      complete(course, "Task_RecordBufetatDecision", Map.of("bufetatDecision", "GRANTED",
          "bufetatDecisionDate", today().toString(), "specialisedMeasureStart", today().toString()));
    }
    return task(course, step.taskKey());
  }

  private void as(String user, String group, Runnable work) {
    identityService.setAuthentication(user, List.of(group), List.of(SERVICE));
    try {
      work.run();
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** Steps before the first plan: their course has no plan yet (the plan's own form starts empty). */
  private static final Set<String> BEFORE_THE_PLAN = Set.of("Task_ReviewOutsideTargetGroup", "Task_RegisterIntake",
      "Task_ObtainConsent", "Task_AftercareConversation", "Task_AskAgainAboutAftercare", "Task_DecideAftercare",
      "Task_WhatMattersConversation", "Task_AgreeLifeAreaPlan");

  /** What a course holds when it reaches the step: the start, the intake, the consent, the plan. */
  private static Map<String, Object> courseVariables(Step step, String caseReference) {
    LocalDate today = today();
    boolean aftercare = step.processKey().equals("AftercareCourse");
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put("serviceId", SERVICE);
    vars.put("caseReference", caseReference);
    vars.put("kontaktperson", KONTAKTPERSON);
    vars.put("childFirstName", "Emil");
    vars.put("birthDate", (aftercare ? today.minusYears(18).minusMonths(1) : today.minusYears(9)).toString());
    vars.put("decisionDate", today.minusDays(7).toString());
    vars.put("withinTargetGroup", true);
    // what the earlier steps entered; a step's own form starts empty
    if (!Set.of("Task_ReviewOutsideTargetGroup", "Task_RegisterIntake").contains(step.taskKey())) {
      vars.put("firstContactDate", today.minusDays(5).toString());
      vars.put("dailyCare", "BOTH_PARENTS");
      if (!step.taskKey().equals("Task_ObtainConsent") && !aftercare) {
        vars.putAll(consent(true));
      }
    }
    vars.put("analysisSummary", "Faste rutiner på kveldene");
    boolean planned = !BEFORE_THE_PLAN.contains(step.taskKey()) && !step.processKey().equals("StartupPhase");
    if (planned) {
      vars.putAll(plan("veiledning", "stottende"));
    }
    vars.put("evaluationCount", 0);
    if (aftercare && planned) {
      vars.put("goals", Spin.JSON("[{\"lifeArea\":\"bolig\",\"goal\":\"Egen leilighet\","
          + "\"indicator\":\"Har signert leiekontrakt\"}]"));
    }
    if (aftercare && !step.taskKey().equals("Task_AftercareConversation")) {
      // asked again after a no; else the yes from the conversation
      vars.put("consentDecision", step.taskKey().equals("Task_AskAgainAboutAftercare") ? "REFUSED" : "GIVEN");
      vars.put("conversationDate", today.minusMonths(7).toString());
      vars.put("followUpAfterNoDue", today.minusMonths(1).toString());
      vars.put("evaluationDue", java.util.Date.from(today.plusMonths(3).atStartOfDay(
          Days.OSLO).toInstant()));
      vars.put("closureReason", "GOALS_MET");
    }
    if (step.processKey().equals("DeadlineEscalation")) {
      vars.put("escalationGroup", "leder-" + SERVICE);
      vars.put("overdueTaskId", "finnes-ikke");
      vars.put("overdueStepName", "Registrer første kontakt med familien");
      vars.put("overdueStep", "Task_RegisterIntake");
      vars.put("overdueAssignee", KONTAKTPERSON);
      vars.put("overdueDueText", Days.text(today.minusDays(3)));
      vars.put("overdueDaysAtEscalation", 3L);
      vars.put("deadlineBasis", "Tjenestens frist for første kontakt.");
      vars.put("secondEscalationAt", java.util.Date.from(today.plusDays(14).atStartOfDay(Days.OSLO).toInstant()));
    }
    vars.putAll(STEP_VARIABLES.getOrDefault(step.taskKey(), Map.of()));
    return vars;
  }

  // ---- the diagrams ----

  /** Every user task with a Camunda Form in processes/, in file order. */
  static List<Step> userTaskSteps() {
    List<Step> steps = new ArrayList<>();
    for (Path file : diagrams()) {
      org.w3c.dom.Document document = parse(file);
      NodeList processes = document.getElementsByTagNameNS(BPMN, "process");
      for (int p = 0; p < processes.getLength(); p++) {
        Element process = (Element) processes.item(p);
        NodeList tasks = process.getElementsByTagNameNS(BPMN, "userTask");
        for (int t = 0; t < tasks.getLength(); t++) {
          Element task = (Element) tasks.item(t);
          String formRef = task.getAttributeNS(CAMUNDA, "formRef");
          if (!formRef.isEmpty()) {
            steps.add(new Step(file.getFileName().toString(), process.getAttribute("id"), task.getAttribute("id"),
                task.getAttribute("name"), formRef, blankAsNull(task.getAttributeNS(CAMUNDA, "assignee")),
                blankAsNull(task.getAttributeNS(CAMUNDA, "candidateGroups"))));
          }
        }
      }
    }
    return steps;
  }

  private static Set<String> startFormRefs() {
    Set<String> refs = new LinkedHashSet<>();
    for (Path file : diagrams()) {
      NodeList starts = parse(file).getElementsByTagNameNS(BPMN, "startEvent");
      for (int i = 0; i < starts.getLength(); i++) {
        String formRef = ((Element) starts.item(i)).getAttributeNS(CAMUNDA, "formRef");
        if (!formRef.isEmpty()) {
          refs.add(formRef);
        }
      }
    }
    return refs;
  }

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

  private static List<Path> diagrams() {
    try (Stream<Path> files = Files.list(PROCESSES)) {
      return files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static org.w3c.dom.Document parse(Path file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(file.toFile());
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read " + file, e);
    }
  }

  private static String blankAsNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  // ---- the form ----

  private static List<String> fieldLabels(Locator form) {
    return form.locator(".fjs-form-field-label").allInnerTexts();
  }

  /**
   * Fills a Camunda Form as a caseworker does, field by field as the form shows them: first the answers (radio
   * buttons, checklists, checkboxes, selects, dates), since a later field may appear with an answer, then the texts
   * (leaving a text field redraws the form: a click meanwhile can be lost), then the answers again for anything a
   * text made appear.
   */
  private static final class FormFiller {

    /** Each field form-js shows: its type, label, whether it is required, filled, or cannot be changed. */
    private static final String DESCRIBE = """
        form => Array.from(form.querySelectorAll('.fjs-form-field')).map(field => {
          const type = Array.from(field.classList).filter(c => c.startsWith('fjs-form-field-'))
              .map(c => c.substring('fjs-form-field-'.length))
              .find(t => ['textfield','textarea','number','datetime','select','radio','checklist','checkbox']
                  .includes(t)) || '';
          const labelElement = field.querySelector('.fjs-form-field-label');
          const label = labelElement ? labelElement.textContent.replace(/\\*\\s*$/, '').trim() : '';
          const required = !!(labelElement && labelElement.querySelector('.fjs-asterix'));
          // not the date picker's own inputs (its year field always holds a year)
          const inputs = Array.from(field.querySelectorAll(
              'input.fjs-input, textarea, input[type=radio], input[type=checkbox], input.fjs-select-hidden-input'));
          const locked = field.classList.contains('fjs-disabled') || field.classList.contains('fjs-readonly')
              || inputs.some(i => i.disabled || i.readOnly && i.type !== 'text' && type !== 'select');
          let filled;
          if (type === 'radio' || type === 'checklist' || type === 'checkbox') {
            filled = inputs.some(i => i.checked);
          } else if (type === 'select') {
            const display = field.querySelector('.fjs-select-display');
            filled = !!display && !display.classList.contains('fjs-select-placeholder');
          } else {
            filled = inputs.some(i => i.value && i.value.trim() !== '');
          }
          const visible = !!(field.offsetParent || field.getClientRects().length);
          return { type, label, required, filled, locked, visible };
        })""";

    private final Locator form;
    private final Map<String, Object> answers;
    private final Set<String> done = new LinkedHashSet<>();

    FormFiller(Locator form, Map<String, Object> answers) {
      this.form = form;
      this.answers = answers;
    }

    void fill() {
      // a list of several (the plan's goals): one more row, with «Legg til», as a caseworker adds a second goal
      Locator add = form.locator("button.fjs-repeat-render-add");
      for (int i = 0; i < add.count(); i++) {
        if (add.nth(i).isVisible() && add.nth(i).isEnabled()) {
          assertThat(add.nth(i)).hasText(Pattern.compile("Legg til"));
          add.nth(i).click();
        }
      }
      for (int round = 0; round < 4; round++) {
        boolean changed = fillPass(false);
        changed |= fillPass(true);
        if (!changed) {
          return;
        }
      }
    }

    /** Fills the first unfilled field of the kind, again and again, until none is left; true if any was. */
    private boolean fillPass(boolean texts) {
      boolean changed = false;
      for (int action = 0; action < 80; action++) {
        List<Map<String, Object>> fields = describe();
        int index = -1;
        for (int i = 0; i < fields.size(); i++) {
          if (needsFilling(fields.get(i), texts)) {
            index = i;
            break;
          }
        }
        if (index < 0) {
          return changed;
        }
        Map<String, Object> field = fields.get(index);
        String type = (String) field.get("type");
        String label = (String) field.get("label");
        done.add(type + ":" + label + ":" + index);
        fillField(form.locator(".fjs-form-field").nth(index), type, label);
        changed = true;
      }
      throw new AssertionError("The form keeps showing new fields: " + done);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> describe() {
      return (List<Map<String, Object>>) form.evaluate(DESCRIBE);
    }

    private boolean needsFilling(Map<String, Object> field, boolean texts) {
      String type = (String) field.get("type");
      String label = (String) field.get("label");
      if (type.isEmpty() || Boolean.TRUE.equals(field.get("filled")) || Boolean.TRUE.equals(field.get("locked"))
          || !Boolean.TRUE.equals(field.get("visible"))) {
        return false;
      }
      boolean text = type.equals("textfield") || type.equals("textarea") || type.equals("number");
      if (text != texts) {
        return false;
      }
      if (text || type.equals("datetime")) {
        return true;
      }
      // an answer that is not required is only given where this test chooses it (the first option could send the
      // course somewhere else); a checkbox someone chose not to tick stays unticked
      return (Boolean.TRUE.equals(field.get("required")) || answers.containsKey(label))
          && !Boolean.FALSE.equals(answers.get(label));
    }

    private void fillField(Locator field, String type, String label) {
      Object answer = answers.get(label);
      switch (type) {
        case "radio" -> {
          if (answer instanceof String option) {
            field.getByLabel(option, new Locator.GetByLabelOptions().setExact(true)).check();
          } else {
            field.locator("input[type=radio]").first().check();
          }
        }
        case "checklist" -> {
          if (answer instanceof List<?> options) {
            for (Object option : options) {
              field.getByLabel((String) option, new Locator.GetByLabelOptions().setExact(true)).check();
            }
          } else {
            field.locator("input[type=checkbox]").first().check();
          }
        }
        case "checkbox" -> field.locator("input[type=checkbox]").check();
        case "select" -> {
          field.locator(".fjs-input-group").first().click();
          Locator items = field.locator(".fjs-dropdownlist-item");
          if (answer instanceof String option) {
            items = items.filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^\\s*" + Tasklist.literal(option) + "\\s*$")));
          }
          items.first().click();
        }
        case "datetime" -> Tasklist.typeDate(field.locator("input.fjs-input").first(),
            answer instanceof LocalDate day ? day : today());
        default -> {
          Locator input = field.locator("input.fjs-input, textarea").first();
          input.fill(answer instanceof String text ? text : type.equals("number") ? "2" : TEXT);
          input.blur();
        }
      }
    }
  }

  /** The whole form however long, under target/browser-screenshots/forms/. */
  private static void screenshot(Page page, String file) {
    var usual = page.viewportSize();
    try {
      page.setViewportSize(usual.width, 2600);
      page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(file)));
    } finally {
      page.setViewportSize(usual.width, usual.height);
    }
  }
}
