package no.grunnmodell.benchmark;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.grunnmodell.PostgresIntTestBase;
import no.grunnmodell.deadline.OverdueReport;
import no.grunnmodell.platform.Days;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How fast the managers' overdue report is on a PostgreSQL holding tens of thousands of courses: open steps
 * (about one in five overdue) and completed steps, spread over ten services. Prints figures and the query plan;
 * asserts nothing about time. Not part of {@code mvn verify} (the name does not end in Test); run it with
 * {@code mvn test -Dtest=OverdueReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Order(PostgresIntTestBase.RUN_LAST)
class OverdueReportBenchmark extends PostgresIntTestBase {

  private static final int SERVICES = 10;
  private static final int OPEN_STEPS = 60_000;
  private static final int DONE_STEPS = 200_000;
  private static final String[] STEPS = {"Task_RegisterIntake", "Task_ObtainConsent", "Task_AgreeMeasurePlan",
      "Task_EvaluatePlan", "Task_LogGuidanceSession", "Task_CloseCourse"};

  @Autowired JdbcTemplate jdbc;
  @Autowired OverdueReport report;

  @Test
  void overdueReportOnTensOfThousandsOfCourses() {
    Instant now = Instant.now();
    long seeded = System.nanoTime();
    seed(now);
    System.out.printf("%nSeeded %,d open and %,d completed steps in %d s%n", OPEN_STEPS, DONE_STEPS,
        Duration.ofNanos(System.nanoTime() - seeded).toSeconds());
    jdbc.execute("analyze act_ru_task");
    jdbc.execute("analyze act_hi_taskinst");

    List<String> one = List.of("bench-3");
    List<String> all = new ArrayList<>();
    for (int s = 0; s < SERVICES; s++) {
      all.add("bench-" + s);
    }
    Measure.time("overdue per step, one service", () -> report.summary(one, now).size());
    Measure.time("overdue per step, ten services", () -> report.summary(all, now).size());
    Measure.time("200 oldest overdue steps, one service", () -> report.steps(one, now, 200).size());
    Measure.time("deadlines kept, one service, 90 days", () -> report.kept(one, LocalDate.now(Days.OSLO).minusDays(90),
        LocalDate.now(Days.OSLO), now).size());
    System.out.println("Plan of the per-step query:");
    jdbc.queryForList("explain select TENANT_ID_, TASK_DEF_KEY_, count(*) from ACT_RU_TASK where TENANT_ID_ in "
            + "('bench-3') and DUE_DATE_ < now() group by TENANT_ID_, TASK_DEF_KEY_", String.class)
        .forEach(line -> System.out.println("  " + line));
  }

  private void seed(Instant now) {
    Random random = new Random(42);
    List<Object[]> open = new ArrayList<>();
    for (int i = 0; i < OPEN_STEPS; i++) {
      // About one in five open steps is overdue, by up to 60 days; the rest are due within 60 days.
      long offsetDays = random.nextInt(5) == 0 ? -1 - random.nextInt(60) : 1 + random.nextInt(60);
      open.add(new Object[] {"bench-open-" + i, 1, STEPS[i % STEPS.length], "Steg", "bench-" + (i % SERVICES),
          Timestamp.from(now.plus(Duration.ofDays(offsetDays))), Timestamp.from(now.minus(Duration.ofDays(30))), 50, 1});
    }
    Measure.batch(jdbc, "insert into ACT_RU_TASK (ID_, REV_, TASK_DEF_KEY_, NAME_, TENANT_ID_, DUE_DATE_, "
        + "CREATE_TIME_, PRIORITY_, SUSPENSION_STATE_) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", open);
    Measure.completedSteps(jdbc, "bench", DONE_STEPS, SERVICES, STEPS, now, random);
  }
}
