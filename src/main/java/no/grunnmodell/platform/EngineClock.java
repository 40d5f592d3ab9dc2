package no.grunnmodell.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's one clock: the engine's. Dates a course records (a plan agreed, a course ended, a row in our
 * tables) and the "today" that form rules compare with are read from the clock the engine's timers use, so that a
 * test moving the engine's time moves all of it, and a deadline computed from a recorded date agrees with the timer
 * that keeps it. Days are Oslo days.
 */
public final class EngineClock {

  public static final ZoneId OSLO = Days.OSLO;

  private EngineClock() {
  }

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** Now as a {@link Date}, the type process variables and the engine's own dates use. */
  public static Date date() {
    return Date.from(now());
  }

  public static LocalDate today() {
    return now().atZone(OSLO).toLocalDate();
  }
}
