package no.grunnmodell.benchmark;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the benchmarks share: seeding in batches, and timing a query. */
final class Measure {

  private Measure() {
  }

  /** Inserts the rows 5,000 at a time. */
  static void batch(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
    for (int i = 0; i < rows.size(); i += 5_000) {
      jdbc.batchUpdate(sql, rows.subList(i, Math.min(rows.size(), i + 5_000)));
    }
  }

  /**
   * Seeds the history with completed steps of the services {@code prefix-0} … {@code prefix-(services-1)}: due on a
   * day of the past year, ended between a week early and two days late.
   */
  static void completedSteps(JdbcTemplate jdbc, String prefix, int count, int services, String[] steps,
                             Instant now, Random random) {
    List<Object[]> done = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Instant due = now.minus(Duration.ofDays(random.nextInt(365)));
      Instant end = due.plus(Duration.ofDays(random.nextInt(10) - 7));
      done.add(new Object[] {prefix + "-done-" + i, steps[i % steps.length], "Steg", prefix + "-" + (i % services),
          Timestamp.from(due.minus(Duration.ofDays(14))), Timestamp.from(end), Timestamp.from(due), "completed"});
    }
    batch(jdbc, "insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, NAME_, TENANT_ID_, START_TIME_, "
        + "END_TIME_, DUE_DATE_, DELETE_REASON_) values (?, ?, ?, ?, ?, ?, ?, ?)", done);
  }

  /** Runs the query once to warm up, then 15 times, and prints the median and the slowest run. */
  static void time(String what, Supplier<Integer> query) {
    query.get();
    long[] micros = new long[15];
    int rows = 0;
    for (int i = 0; i < micros.length; i++) {
      long start = System.nanoTime();
      rows = query.get();
      micros[i] = (System.nanoTime() - start) / 1_000;
    }
    Arrays.sort(micros);
    System.out.printf("%-42s median %6.1f ms, max %6.1f ms (%d rows)%n", what, micros[micros.length / 2] / 1000.0,
        micros[micros.length - 1] / 1000.0, rows);
  }
}
