package no.grunnmodell.specialised;

import java.time.Instant;
import java.time.LocalDate;
import no.grunnmodell.course.FormValues;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Today as the engine sees it. Referral dates (sent, decided, ended) are compared with the engine's clock, the same
 * clock its timers use, so that a test can move time for both at once.
 */
final class EngineClock {

  private EngineClock() {
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  static LocalDate today() {
    return now().atZone(FormValues.OSLO).toLocalDate();
  }
}
