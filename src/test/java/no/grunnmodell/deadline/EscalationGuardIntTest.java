package no.grunnmodell.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.grunnmodell.course.CourseTestSupport;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two rounds of the deadline watch at once, as two nodes (or a job run again after its lock ran out) would run
 * them: each overdue step is escalated by one of them only.
 */
class EscalationGuardIntTest extends CourseTestSupport {

  private static final long HOUR = 3_600_000L;

  @Autowired MissedDeadlines missedDeadlines;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void twoRoundsAtOnceEscalateEachOverdueStepOnce() throws Exception {
    List<ProcessInstance> courses = new ArrayList<>();
    List<Task> steps = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      courses.add(startFamilyCourse(newCaseReference(), 8));
      steps.add(task(courses.get(i), "Task_RegisterIntake"));
    }
    Date latestDue = steps.stream().map(Task::getDueDate).max(Date::compareTo).orElseThrow();
    ClockUtil.setCurrentTime(new Date(latestDue.getTime() + HOUR));

    // The first round escalates and holds its transaction open until the second has looked for overdue steps and
    // found none escalated (the first round's rows are not committed yet), so both try the same steps.
    CountDownLatch firstEscalated = new CountDownLatch(1);
    CountDownLatch secondStarted = new CountDownLatch(1);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> first = nodes.submit(() -> new TransactionTemplate(transactionManager).execute(status -> {
        int escalated = missedDeadlines.escalateOverdueSteps();
        firstEscalated.countDown();
        await(secondStarted);
        sleep(300);
        return escalated;
      }));
      Future<Integer> second = nodes.submit(() -> {
        await(firstEscalated);
        secondStarted.countDown();
        return new TransactionTemplate(transactionManager).execute(status -> missedDeadlines.escalateOverdueSteps());
      });
      assertThat(first.get(60, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(steps.size());
      assertThat(second.get(60, TimeUnit.SECONDS)).as("escalated by the second round").isZero();
    } finally {
      nodes.shutdownNow();
    }

    for (Task step : steps) {
      assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("DeadlineEscalation")
          .processInstanceBusinessKey(step.getId()).count()).as("escalations of %s", step.getId()).isEqualTo(1);
      assertThat(runtimeService.createIncidentQuery().incidentType(MissedDeadlines.INCIDENT_TYPE)
          .configuration(step.getId()).count()).as("markers of %s", step.getId()).isEqualTo(1);
      assertThat(guardRows(step)).isEqualTo(1);
    }

    // A later round finds them escalated; a step done takes its guard row with it
    assertThat(missedDeadlines.escalateOverdueSteps()).isZero();
    registerIntake(courses.get(0));
    assertThat(guardRows(steps.get(0))).isZero();
    assertThat(runtimeService.createIncidentQuery().incidentType(MissedDeadlines.INCIDENT_TYPE)
        .configuration(steps.get(0).getId()).count()).isZero();
  }

  private int guardRows(Task step) {
    return jdbc.queryForObject("select count(*) from GM_ESCALATED_STEP where TASK_ID = ?", Integer.class,
        step.getId());
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
