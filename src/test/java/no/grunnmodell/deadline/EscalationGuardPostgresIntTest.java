package no.grunnmodell.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.grunnmodell.PostgresIntTestBase;
import no.grunnmodell.platform.Days;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The race of {@link EscalationGuardIntTest} on PostgreSQL, where production runs it: the second round's insert
 * waits for the first round's commit, fails on the key, and the round goes on without the step.
 */
@Order(PostgresIntTestBase.RUN_LAST)
class EscalationGuardPostgresIntTest extends PostgresIntTestBase {

  @Autowired MissedDeadlines missedDeadlines;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void twoRoundsAtOnceEscalateEachOverdueStepOnce() throws Exception {
    LocalDate today = LocalDate.now(Days.OSLO);
    List<Task> steps = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ProcessInstance course = runtimeService.startProcessInstanceByKey("FamilyCourse", Map.of(
          "serviceId", "grorud", "caseReference", "PG-RACE-" + System.nanoTime() + "-" + i,
          "kontaktperson", "grorud-kontaktperson", "birthDate", today.minusYears(7).toString(),
          "decisionDate", today.toString()));
      steps.add(taskService.createTaskQuery().processInstanceId(course.getId()).singleResult());
    }
    Date latestDue = steps.stream().map(Task::getDueDate).max(Date::compareTo).orElseThrow();
    ClockUtil.setCurrentTime(new Date(latestDue.getTime() + 3_600_000L));

    int[] escalated = EscalationRace.run(missedDeadlines, transactionManager);

    EscalationRace.assertEachEscalatedOnce(escalated, steps, runtimeService);
  }
}
