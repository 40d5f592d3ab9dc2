package no.grunnmodell.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The application reads time from one clock, {@link EngineClock}: a date written from the wall clock next to one
 * from the engine's clock disagrees as soon as a test (or an operator) moves the engine's time, and a deadline
 * computed from it no longer matches its timer.
 */
class OneClockTest {

  private static final Pattern WALL_CLOCK = Pattern.compile(
      "new Date\\(\\)|(Instant|LocalDate|LocalDateTime|ZonedDateTime|OffsetDateTime|LocalTime)\\.now\\("
          + "|System\\.currentTimeMillis\\(|Clock\\.system|ClockUtil\\.");

  @Test
  void onlyEngineClockReadsTheTime() throws IOException {
    Path main = Path.of("src/main/java");
    try (Stream<Path> files = Files.walk(main)) {
      List<String> readers = files.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !f.endsWith(Path.of("no/grunnmodell/platform/EngineClock.java")))
          .flatMap(OneClockTest::wallClockLines)
          .toList();
      assertThat(readers).as("read the time through platform.EngineClock").isEmpty();
    }
  }

  private static Stream<String> wallClockLines(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      return IntStream.range(0, lines.size())
          .filter(i -> WALL_CLOCK.matcher(lines.get(i)).find())
          .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).trim());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
