package no.grunnmodell.overview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.grunnmodell.course.CourseTestSupport;
import no.grunnmodell.overview.LederOverview.Evaluation;
import no.grunnmodell.overview.LederOverview.MonthKept;
import no.grunnmodell.platform.Days;
import no.grunnmodell.security.TasklistSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The leder's overview: its queries against what the engine's own Java API says of the same service (the shared
 * H2 database holds other tests' courses too, so every figure is checked against the engine, not against a
 * count of this test's courses), this test's courses in the right places, and who may read it over /api and
 * through the Cockpit session.
 */
class OverviewIntTest extends CourseTestSupport {

  private static final String LEDER = "lorenskog-leder";
  private static final List<String> COURSES = List.of("FamilyCourse", "AftercareCourse");
  private static final List<String> EVALUATIONS = List.of("Task_EvaluatePlan", "Task_EvaluateWithYoungPerson");

  @Autowired OverviewService overviews;
  @Autowired IdentityService identityService;
  @Autowired TestRestTemplate http;

  private Instant started;

  @BeforeEach
  void freezeTheClock() {
    started = Instant.now();
    ClockUtil.setCurrentTime(Date.from(started));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theFiguresAreTheEnginesOwn() {
    ProcessInstance waitingForIntake = startFamilyCourse(newCaseReference(), 8);
    ProcessInstance evaluationDatePassed = courseWithPlanEvaluatedIn(10);
    ProcessInstance evaluationComing = courseWithPlanEvaluatedIn(25);
    ProcessInstance evaluationStepOpen = courseWithPlanEvaluatedIn(10);
    evaluationDateReached(evaluationStepOpen); // the step is due 14 days after the date: in 24 days
    ProcessInstance evaluationStepLate = courseWithPlanEvaluatedIn(1);
    evaluationDateReached(evaluationStepLate); // due in 15 days
    ProcessInstance closing = courseWithPlanEvaluatedIn(1);
    evaluationDateReached(closing);
    evaluate(closing, "CLOSE"); // its evaluation date stays behind, but no evaluation is to come
    ProcessInstance lateIntake = startFamilyCourse(newCaseReference(), 8);
    Task intake = task(lateIntake, "Task_RegisterIntake");
    ClockUtil.setCurrentTime(new Date(intake.getDueDate().getTime() + 3_600_000L));
    registerIntake(lateIntake);
    ClockUtil.setCurrentTime(Date.from(started));

    Instant asOf = started.plus(Duration.ofDays(20));
    LederOverview overview = overviews.overview(SERVICE, asOf, 200);

    List<Task> overdue = taskService.createTaskQuery().tenantIdIn(SERVICE).dueBefore(Date.from(asOf)).list();
    assertThat(overview.overdueSteps()).isEqualTo(overdue.size());
    assertThat(overview.overduePerStep().stream().collect(Collectors.toMap(LederOverview.StepCount::step,
        LederOverview.StepCount::overdue)))
        .isEqualTo(overdue.stream().collect(Collectors.groupingBy(Task::getTaskDefinitionKey, Collectors.counting())))
        .containsKey("Task_RegisterIntake");
    assertThat(overview.overduePerKontaktperson().stream().collect(Collectors.toMap(
        p -> OverviewCsv.person(p.firstName(), p.lastName()), LederOverview.PersonCount::overdue)))
        .isEqualTo(overdue.stream().collect(Collectors.groupingBy(t -> name(t.getAssignee()), Collectors.counting())))
        .containsKey("Kontaktperson Lørenskog barnevernstjeneste");
    assertThat(overview.oldestOverdue()).hasSize(Math.min(overdue.size(), 200))
        .isSortedAccordingTo((a, b) -> a.due().compareTo(b.due()));
    assertThat(overview.oldestOverdue()).filteredOn(s -> s.processInstanceId().equals(waitingForIntake.getId()))
        .singleElement().satisfies(step -> {
          assertThat(step.caseReference()).isEqualTo(waitingForIntake.getBusinessKey());
          assertThat(step.name()).isEqualTo("Registrer første kontakt med familien");
          assertThat(step.heldByFirstName()).isEqualTo("Kontaktperson");
          assertThat(step.daysOverdue()).isBetween(12L, 14L);
          assertThat(step.cockpitLink())
              .isEqualTo("/camunda/app/cockpit/default/#/process-instance/" + waitingForIntake.getId() + "/runtime");
        });

    assertThat(overview.coursesPerPhase().stream().collect(Collectors.toMap(
        p -> String.valueOf(p.phase()), LederOverview.PhaseCount::courses))).isEqualTo(phasesByEngine())
        .containsKeys("INTAKE", "IMPLEMENTATION", "EVALUATION", "CLOSURE");
    assertThat(overview.coursesPerPhase()).anySatisfy(p -> {
      assertThat(p.phase()).isEqualTo("IMPLEMENTATION");
      assertThat(p.label()).isEqualTo("Tiltak pågår");
    });

    Map<String, Long> evaluations = evaluationsByEngine(asOf);
    assertThat(overview.evaluations().overdue()).isEqualTo(evaluations.get("overdue"));
    assertThat(overview.evaluations().dueSoon()).isEqualTo(evaluations.get("dueSoon"));
    assertThat(overview.evaluations().overdueCourses()).extracting(Evaluation::processInstanceId)
        .contains(evaluationDatePassed.getId(), evaluationStepLate.getId())
        .doesNotContain(closing.getId(), evaluationComing.getId(), evaluationStepOpen.getId());
    assertThat(overview.evaluations().dueSoonCourses()).extracting(Evaluation::processInstanceId)
        .contains(evaluationComing.getId(), evaluationStepOpen.getId())
        .doesNotContain(closing.getId(), evaluationDatePassed.getId());
    assertThat(overview.evaluations().overdueCourses()).filteredOn(e -> e.processInstanceId()
        .equals(evaluationStepLate.getId())).singleElement().satisfies(e -> {
          assertThat(e.openStep()).isTrue();
          assertThat(e.course()).isEqualTo("Hjelpetiltak");
          assertThat(e.kontaktpersonFirstName()).isEqualTo("Kontaktperson");
          assertThat(e.due()).isEqualTo(today().plusDays(15));
        });
    assertThat(overview.evaluations().overdueCourses()).filteredOn(e -> e.processInstanceId()
        .equals(evaluationDatePassed.getId())).singleElement().satisfies(e -> {
          assertThat(e.openStep()).isFalse();
          assertThat(e.due()).isEqualTo(today().plusDays(10));
        });

    assertThat(overview.deadlinesKeptPerMonth()).hasSize(12).isEqualTo(keptByEngine(asOf));
    assertThat(overview.deadlinesKeptPerMonth().get(11).month()).isEqualTo(YearMonth.from(
        asOf.atZone(Days.OSLO)).toString());
    assertThat(overview.deadlinesKeptPerMonth()).anySatisfy(m -> assertThat(m.missed()).isPositive());
  }

  @Test
  void theLederReadsTheOverviewOverTheApiAndInCockpitAlike() throws Exception {
    startFamilyCourse(newCaseReference(), 8);
    ResponseEntity<String> api = http.withBasicAuth(LEDER, "demo").getForEntity("/api/reports/overview",
        String.class);
    assertThat(api.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode overview = new ObjectMapper().readTree(api.getBody());
    assertThat(overview.path("serviceId").asText()).isEqualTo(SERVICE);
    assertThat(overview.path("serviceName").asText()).isEqualTo("Lørenskog barnevernstjeneste");
    assertThat(overview.path("deadlinesKeptPerMonth")).hasSize(12);

    TasklistSession cockpit = TasklistSession.login(http, LEDER, "cockpit");
    ResponseEntity<String> plugin = cockpit.get("/camunda/api/cockpit/plugin/grunnmodell/default/overview");
    assertThat(plugin.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new ObjectMapper().readTree(plugin.getBody())).isEqualTo(overview);
    assertThat(cockpit.get("/camunda/api/cockpit/plugin/grunnmodell/default/overview?serviceId=grorud")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(cockpit.get("/camunda/api/cockpit/plugin/grunnmodell/default/overview?limit=0")
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void aKontaktpersonAndAnotherServicesLederGetNothing() {
    assertThat(http.withBasicAuth(KONTAKTPERSON, "demo").getForEntity("/api/reports/overview", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth(KONTAKTPERSON, "demo").getForEntity("/api/reports/overview.csv", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth("grorud-leder", "demo")
        .getForEntity("/api/reports/overview?serviceId=lorenskog", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    // logged in to the Tasklist, a kontaktperson has a webapp session that reaches Cockpit's API: refused there too
    TasklistSession tasklist = TasklistSession.login(http, KONTAKTPERSON);
    ResponseEntity<String> plugin = tasklist.get("/camunda/api/cockpit/plugin/grunnmodell/default/overview");
    assertThat(plugin.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(plugin.getBody()).doesNotContain("overduePerStep");
    assertThat(tasklist.get("/camunda/api/cockpit/plugin/grunnmodell/default/overview.csv").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    // and without any session, the webapps' own filter refuses
    assertThat(http.getForEntity("/camunda/api/cockpit/plugin/grunnmodell/default/overview", String.class)
        .getStatusCode().value()).isIn(401, 403);
  }

  @Test
  void theAdministratorNamesTheService() {
    assertThat(http.withBasicAuth("admin", "demo").getForEntity("/api/reports/overview?serviceId=grorud",
        String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.withBasicAuth("admin", "demo").getForEntity("/api/reports/overview", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(http.withBasicAuth("admin", "demo").getForEntity("/api/reports/overview?serviceId=nowhere",
        String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theCsvOpensInNorwegianExcel() {
    startFamilyCourse(newCaseReference(), 8);
    for (ResponseEntity<byte[]> csv : List.of(
        http.withBasicAuth(LEDER, "demo").getForEntity("/api/reports/overview.csv", byte[].class),
        TasklistSession.login(http, LEDER, "cockpit").getBytes(
            "/camunda/api/cockpit/plugin/grunnmodell/default/overview.csv"))) {
      assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv").containsIgnoringCase("utf-8");
      assertThat(csv.getHeaders().getContentDisposition().getFilename())
          .matches("forlopsoversikt-lorenskog-\\d{4}-\\d{2}-\\d{2}\\.csv");
      byte[] body = csv.getBody();
      assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
      String text = new String(body, StandardCharsets.UTF_8);
      assertThat(text).contains("Oversikt for leder;Lørenskog barnevernstjeneste;")
          .contains("\r\nForsinkede steg per steg\r\nSteg;Forsinket;Lengst på overtid (dager)\r\n")
          .contains("\r\nForløp per fase\r\nFase;Forløp\r\n")
          .contains("Mottak;")
          .contains("\r\nFrister overholdt per måned\r\nMåned;Overholdt;Ikke overholdt;Andel overholdt (%)\r\n");
    }
  }

  // ---- helpers ----

  private String name(String userId) {
    if (userId == null) {
      return OverviewCsv.person(null, null);
    }
    User user = identityService.createUserQuery().userId(userId).singleResult();
    return user == null ? OverviewCsv.person(null, null) : OverviewCsv.person(user.getFirstName(), user.getLastName());
  }

  private List<ProcessInstance> runningCourses() {
    return runtimeService.createProcessInstanceQuery().tenantIdIn(SERVICE)
        .processDefinitionKeyIn(COURSES.toArray(String[]::new)).list();
  }

  private Map<String, Long> phasesByEngine() {
    return runningCourses().stream().collect(Collectors.groupingBy(
        c -> String.valueOf(runtimeService.getVariableLocal(c.getId(), "phase")), Collectors.counting()));
  }

  /** Overdue and coming evaluations, counted with the engine's API by the overview's rules. */
  private Map<String, Long> evaluationsByEngine(Instant asOf) {
    Instant horizon = asOf.plus(Duration.ofDays(30));
    Map<String, Long> counts = new HashMap<>(Map.of("overdue", 0L, "dueSoon", 0L));
    for (ProcessInstance course : runningCourses()) {
      List<Task> open = taskService.createTaskQuery().processInstanceId(course.getId())
          .taskDefinitionKeyIn(EVALUATIONS.toArray(String[]::new)).list();
      Instant due;
      if (!open.isEmpty()) {
        due = open.get(0).getDueDate().toInstant();
      } else {
        Object date = runtimeService.getVariableLocal(course.getId(), "evaluationDue");
        Object phase = runtimeService.getVariableLocal(course.getId(), "phase");
        if (date == null || List.of("CLOSURE", "CONSENT_WITHDRAWN", "ENDED").contains(phase)) {
          continue;
        }
        due = ((Date) date).toInstant();
      }
      if (due.isBefore(asOf)) {
        counts.merge("overdue", 1L, Long::sum);
      } else if (due.isBefore(horizon)) {
        counts.merge("dueSoon", 1L, Long::sum);
      }
    }
    return counts;
  }

  /** Deadlines kept per month, counted from the engine's task history by the overview's rules. */
  private List<MonthKept> keptByEngine(Instant asOf) {
    YearMonth last = YearMonth.from(asOf.atZone(Days.OSLO));
    Map<YearMonth, long[]> months = new TreeMap<>();
    for (int i = 11; i >= 0; i--) {
      months.put(last.minusMonths(i), new long[2]);
    }
    for (HistoricTaskInstance step : historyService.createHistoricTaskInstanceQuery().tenantIdIn(SERVICE).list()) {
      if (step.getDueDate() == null) {
        continue;
      }
      long[] month = months.get(YearMonth.from(step.getDueDate().toInstant().atZone(Days.OSLO)));
      if (month == null || step.getEndTime() != null && !"completed".equals(step.getDeleteReason())) {
        continue;
      }
      if (step.getEndTime() != null) {
        month[step.getEndTime().after(step.getDueDate()) ? 1 : 0]++;
      } else if (step.getDueDate().toInstant().isBefore(asOf)) {
        month[1]++;
      }
    }
    return months.entrySet().stream().map(e -> {
      long met = e.getValue()[0];
      long missed = e.getValue()[1];
      return new MonthKept(e.getKey().toString(), met, missed,
          met + missed == 0 ? null : (int) (100 * met / (met + missed)));
    }).toList();
  }
}
