package no.grunnmodell.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import no.grunnmodell.course.CourseTestSupport;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Two rounds of the deadline watch at once (EscalationRace): each overdue step is escalated by one of them only. */
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

    int[] escalated = EscalationRace.run(missedDeadlines, transactionManager);
    EscalationRace.assertEachEscalatedOnce(escalated, steps, runtimeService);
    for (Task step : steps) {
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
}
