package no.grunnmodell.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.grunnmodell.course.CourseTestSupport;
import no.grunnmodell.security.TasklistFilterNames;
import no.grunnmodell.tasklist.TasklistFilters;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.util.ReflectionTestUtils;

/** Deadlines in a running course: due dates, escalation to the leder, the Cockpit marker, filters and the report. */
class DeadlineIntTest extends CourseTestSupport {

  private static final long HOUR = 3_600_000L;

  @Autowired MissedDeadlines missedDeadlines;
  @Autowired TasklistFilters tasklistFilters;
  @Autowired FilterService filterService;
  @Autowired IdentityService identityService;
  @Autowired TestRestTemplate http;

  @AfterEach
  void resetClockAndUser() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void everyOpenStepOfANewCourseHasADueDateAFollowUpDateAndItsBasis() {
    ProcessInstance course = consentedCourse(8);

    for (Task step : taskService.createTaskQuery().processInstanceBusinessKey(course.getBusinessKey()).listPage(0, 200)) {
      assertThat(step.getDueDate()).as("due date of %s", step.getName()).isNotNull();
      assertThat(step.getFollowUpDate()).as("follow-up date of %s", step.getName()).isBeforeOrEqualTo(step.getDueDate());
      assertThat(step.getDescription()).startsWith("Frist ").contains("Tjenestens standard");
      assertThat(taskService.getVariableLocal(step.getId(), "deadlineText")).isEqualTo(step.getDescription());
    }
  }

  @Test
  void anOverdueStepIsEscalatedAfterItsDueDateAndNotBefore() {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 8);
    Task intake = task(course, "Task_RegisterIntake");

    ClockUtil.setCurrentTime(new Date(intake.getDueDate().getTime() - HOUR));
    missedDeadlines.escalateOverdueSteps();
    assertThat(markers(intake)).isEmpty();
    assertThat(escalations(intake)).isEmpty();

    ClockUtil.setCurrentTime(new Date(intake.getDueDate().getTime() + HOUR));
    missedDeadlines.escalateOverdueSteps();
    missedDeadlines.escalateOverdueSteps();

    assertThat(markers(intake)).singleElement().satisfies(incident -> {
      assertThat(incident.getActivityId()).isEqualTo("Task_RegisterIntake");
      assertThat(incident.getProcessInstanceId()).isEqualTo(course.getId());
      assertThat(incident.getIncidentMessage()).contains("Registrer første kontakt med familien");
    });
    Task followUp = escalationTask(intake, "Task_FollowUpOverdueStep");
    assertThat(taskService.getIdentityLinksForTask(followUp.getId()))
        .anyMatch(link -> "leder-lorenskog".equals(link.getGroupId()));
    assertThat(followUp.getTenantId()).isEqualTo(SERVICE);
    assertThat(taskService.getVariable(followUp.getId(), "caseReference")).isEqualTo(course.getBusinessKey());
  }

  /**
   * «Fristkontroll» escalates a backlog in rounds, each its own transaction (an asynchronous step), and comes back
   * until a round finds fewer than its share: here one step per round, so two overdue steps take three rounds at
   * least (other tests may have left overdue steps too), and each step is escalated once.
   */
  @Test
  void theDeadlineWatchWorksOffABacklogInRoundsUntilNoneIsLeft() {
    Task first = task(startFamilyCourse(newCaseReference(), 8), "Task_RegisterIntake");
    Task second = task(startFamilyCourse(newCaseReference(), 8), "Task_RegisterIntake");
    ClockUtil.setCurrentTime(new Date(Math.max(first.getDueDate().getTime(), second.getDueDate().getTime()) + HOUR));
    ReflectionTestUtils.setField(missedDeadlines, "stepsPerRun", 1);
    try {
      managementService.executeJob(managementService.createJobQuery().processDefinitionKey("DeadlineWatch")
          .timers().singleResult().getId());
      int rounds = 0;
      for (Job round = nextRound(); round != null; round = nextRound()) {
        managementService.executeJob(round.getId());
        rounds++;
      }
      assertThat(rounds).isGreaterThanOrEqualTo(3);
    } finally {
      ReflectionTestUtils.setField(missedDeadlines, "stepsPerRun", 200);
    }
    assertThat(markers(first)).hasSize(1);
    assertThat(markers(second)).hasSize(1);
    assertThat(escalations(first)).hasSize(1);
    assertThat(escalations(second)).hasSize(1);
  }

  private Job nextRound() {
    return managementService.createJobQuery().processDefinitionKey("DeadlineWatch").messages().singleResult();
  }

  @Test
  void completingTheOverdueStepClearsTheMarkerAndEndsTheEscalation() {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 8);
    Task intake = overdue(course, "Task_RegisterIntake");

    registerIntake(course);

    assertThat(markers(intake)).isEmpty();
    assertThat(historyService.createHistoricIncidentQuery().configuration(intake.getId()).resolved().count())
        .isEqualTo(1);
    assertThat(escalations(intake)).isEmpty();
  }

  @Test
  void whenTheCourseEndsTheMarkerAndTheEscalationGoToo() {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 8);
    Task intake = overdue(course, "Task_RegisterIntake");

    runtimeService.createMessageCorrelation("ConsentWithdrawn").processInstanceId(course.getId()).correlate();

    assertThat(markers(intake)).isEmpty();
    assertThat(escalations(intake)).isEmpty();
  }

  @Test
  void aStepThatStaysOverdueIsEscalatedASecondTime() {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 8);
    Task intake = overdue(course, "Task_RegisterIntake");
    ProcessInstance escalation = escalations(intake).get(0);

    managementService.executeJob(managementService.createJobQuery().processInstanceId(escalation.getId())
        .activityId("Timer_StillOverdue").singleResult().getId());

    Task second = escalationTask(intake, "Task_FollowUpStillOverdueStep");
    assertThat(second.getPriority()).isEqualTo(90);
    assertThat(escalationTask(intake, "Task_FollowUpOverdueStep")).isNotNull();
  }

  @Test
  void theLedersFilterShowsTheOverdueStepsOfTheirOwnServiceOnly() {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 8);
    Task intake = overdue(course, "Task_RegisterIntake");
    Filter serviceOverdue = filter(TasklistFilterNames.SERVICE_OVERDUE);

    identityService.setAuthentication("lorenskog-leder", List.of("leder-lorenskog"), List.of("lorenskog"));
    assertThat(filterService.<Task>listPage(serviceOverdue.getId(), 0, 200)).extracting(Task::getId).contains(intake.getId());
    identityService.setAuthentication("lorenskog-kontaktperson", List.of("kontaktperson-lorenskog"),
        List.of("lorenskog"));
    assertThat(filterService.<Task>listPage(filter(TasklistFilterNames.OVERDUE).getId(), 0, 200)).extracting(Task::getId)
        .contains(intake.getId());
    identityService.setAuthentication("grorud-leder", List.of("leder-grorud"), List.of("grorud"));
    assertThat(filterService.<Task>listPage(serviceOverdue.getId(), 0, 200)).extracting(Task::getId)
        .doesNotContain(intake.getId());
  }

  @Test
  void theFiltersExistOnceHoweverOftenTheApplicationStarts() {
    tasklistFilters.afterPropertiesSet();
    tasklistFilters.afterPropertiesSet();
    for (String name : List.of(TasklistFilterNames.MINE, TasklistFilterNames.OVERDUE, TasklistFilterNames.DUE_SOON,
        TasklistFilterNames.FOLLOW_UP_TODAY, TasklistFilterNames.TEAM, TasklistFilterNames.SERVICE_OVERDUE,
        TasklistFilterNames.OFFERED_TO_ME)) {
      assertThat(filterService.createFilterQuery().filterName(name).count()).as(name).isEqualTo(1);
      // every list shows the case number and the first name on each task
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> shown = (List<Map<String, Object>>) filter(name).getProperties().get("variables");
      assertThat(shown).as(name).extracting(v -> v.get("name"), v -> v.get("label"))
          .containsExactly(org.assertj.core.groups.Tuple.tuple("taskCaseReference", "Saksnummer"),
              org.assertj.core.groups.Tuple.tuple("taskChildFirstName", "Fornavn"));
    }
  }

  @Test
  void theOverdueReportListsOpenOverdueStepsPerServiceAndStepForTheLeder() throws Exception {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 8);
    Task intake = overdue(course, "Task_RegisterIntake");

    ResponseEntity<String> response = http.withBasicAuth("lorenskog-leder", "demo")
        .getForEntity("/api/reports/overdue", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode report = new ObjectMapper().readTree(response.getBody());
    assertThat(report.path("services").toString()).isEqualTo("[\"lorenskog\"]");
    assertThat(report.path("perStep").findValuesAsText("step")).contains("Task_RegisterIntake");
    assertThat(report.path("steps").findValuesAsText("taskId")).contains(intake.getId());
    assertThat(report.path("steps").findValuesAsText("caseReference")).contains(course.getBusinessKey());

    assertThat(http.withBasicAuth("lorenskog-kontaktperson", "demo")
        .getForEntity("/api/reports/overdue", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth("lorenskog-leder", "demo")
        .getForEntity("/api/reports/overdue?serviceId=grorud", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theReportCountsDeadlinesMetAndMissed() throws Exception {
    ProcessInstance late = startFamilyCourse(newCaseReference(), 8);
    overdue(late, "Task_RegisterIntake");
    registerIntake(late);
    ClockUtil.reset();
    ProcessInstance onTime = startFamilyCourse(newCaseReference(), 8);
    registerIntake(onTime);

    String from = today().minusDays(1).toString();
    String to = today().plusDays(30).toString();
    JsonNode report = new ObjectMapper().readTree(http.withBasicAuth("lorenskog-leder", "demo")
        .getForObject("/api/reports/deadlines-kept?from=" + from + "&to=" + to, String.class));
    JsonNode intake = null;
    for (JsonNode row : report.path("perStep")) {
      if (row.path("step").asText().equals("Task_RegisterIntake")) {
        intake = row;
      }
    }
    assertThat(intake).isNotNull();
    assertThat(intake.path("met").asLong()).isPositive();
    assertThat(intake.path("missed").asLong()).isPositive();
  }

  // ---- helpers ----

  private Task overdue(ProcessInstance course, String step) {
    Task task = task(course, step);
    ClockUtil.setCurrentTime(new Date(task.getDueDate().getTime() + HOUR));
    missedDeadlines.escalateOverdueSteps();
    assertThat(markers(task)).hasSize(1);
    return task;
  }

  private List<Incident> markers(Task task) {
    return runtimeService.createIncidentQuery().incidentType(MissedDeadlines.INCIDENT_TYPE)
        .configuration(task.getId()).list();
  }

  private List<ProcessInstance> escalations(Task task) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("DeadlineEscalation")
        .processInstanceBusinessKey(task.getId()).list();
  }

  private Task escalationTask(Task overdueStep, String step) {
    return taskService.createTaskQuery().processInstanceBusinessKey(overdueStep.getId())
        .taskDefinitionKey(step).singleResult();
  }

  private Filter filter(String name) {
    return filterService.createFilterQuery().filterName(name).singleResult();
  }
}
