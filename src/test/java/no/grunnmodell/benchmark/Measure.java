package no.grunnmodell.benchmark;

import java.util.Arrays;
import java.util.List;
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
