package no.grunnmodell.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two rounds of the deadline watch at once, each in its own transaction on its own thread, as two nodes (or a job
 * run again after its lock ran out) would run them. The first escalates and holds its transaction open until the
 * second has looked for overdue steps and found none escalated (the first's rows are not committed yet), so both
 * try the same steps.
 */
final class EscalationRace {

  private EscalationRace() {
  }

  /** What the race must leave behind: every step escalated by one round only, one escalation and one marker each. */
  static void assertEachEscalatedOnce(int[] escalated, List<Task> steps, RuntimeService runtimeService) {
    assertThat(escalated[0]).isGreaterThanOrEqualTo(steps.size());
    assertThat(escalated[1]).as("escalated by the second round").isZero();
    for (Task step : steps) {
      assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("DeadlineEscalation")
          .processInstanceBusinessKey(step.getId()).count()).as("escalations of %s", step.getId()).isEqualTo(1);
      assertThat(runtimeService.createIncidentQuery().incidentType(MissedDeadlines.INCIDENT_TYPE)
          .configuration(step.getId()).count()).as("markers of %s", step.getId()).isEqualTo(1);
    }
  }

  /** @return how many steps the first and the second round escalated */
  static int[] run(MissedDeadlines missedDeadlines, PlatformTransactionManager transactionManager) throws Exception {
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
      return new int[] {first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS)};
    } finally {
      nodes.shutdownNow();
    }
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
