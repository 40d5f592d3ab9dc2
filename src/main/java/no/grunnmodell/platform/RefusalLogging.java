package no.grunnmodell.platform;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * The engine logs every exception that ends a command at ERROR with its stack trace (ENGINE-16004), including the
 * answers the application gives on purpose: a rule's {@link Refusal}, an authorization the caller lacks, another
 * service's course, a message for a course that does not wait for it. Those are answered to the caller as 400/403/404/409 and are not faults of
 * the server; as ERROR they would bury the real ones (and a passing test run printed dozens). They are logged as
 * one INFO line on {@value #LOGGER} instead: the status and the kind of refusal, never its text, which may name a
 * case. Every other exception keeps the engine's ERROR and stack trace.
 */
@Component
public class RefusalLogging extends TurboFilter {

  static final String LOGGER = "no.grunnmodell.refusals";
  private static final String ENGINE_COMMAND_LOGGER = "org.camunda.bpm.engine.context";
  /** The engine REST API's «ENGINE-REST-HTTP500» warning: submit-form wraps a refusal as a 500 before we answer. */
  static final String REST_EXCEPTION_LOGGER = "org.camunda.bpm.engine.rest.exception";
  /** The engine's «Cannot … because it belongs to no authenticated tenant»: another service's data. */
  private static final String OTHER_TENANT = "ENGINE-13034";

  private final org.slf4j.Logger refusals = LoggerFactory.getLogger(LOGGER);

  public RefusalLogging() {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (factory instanceof LoggerContext context) {
      context.addTurboFilter(this);
      start();
    }
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                            Throwable t) {
    boolean engineCommand = level == Level.ERROR && ENGINE_COMMAND_LOGGER.equals(logger.getName());
    boolean restException = level.isGreaterOrEqual(Level.WARN) && REST_EXCEPTION_LOGGER.equals(logger.getName());
    if (!engineCommand && !restException) {
      return FilterReply.NEUTRAL;
    }
    if (restException) {
      // The REST API logs the stack trace as the message text, not as a throwable: a refusal shows by its class name
      if (format != null && format.contains(Refusal.class.getName())) {
        refusals.info("Refused: Refusal (engine REST API)");
        return FilterReply.DENY;
      }
      if (format != null && format.contains(OTHER_TENANT)) {
        refusals.info("Refused: 404 another service's course ({}, engine REST API)", OTHER_TENANT);
        return FilterReply.DENY;
      }
      return FilterReply.NEUTRAL;
    }
    Throwable thrown = t != null ? t : lastThrowable(params);
    String refusal = describe(thrown);
    if (refusal == null) {
      return FilterReply.NEUTRAL;
    }
    refusals.info("Refused: {}", refusal);
    return FilterReply.DENY;
  }

  /** «403 AuthorizationException», «400 Refusal (field goals)», or null when it is not an expected refusal. */
  static String describe(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof Refusal refusal) {
        return refusal.status() + " Refusal" + (refusal.field() == null ? "" : " (field " + refusal.field() + ")");
      }
      if (cause instanceof AuthorizationException) {
        return "403 AuthorizationException";
      }
      if (cause instanceof MigratingProcessInstanceValidationException) {
        return "400 MigratingProcessInstanceValidationException";
      }
      if (cause instanceof MismatchingMessageCorrelationException) {
        return "404 MismatchingMessageCorrelationException";
      }
      if (cause.getMessage() != null && cause.getMessage().startsWith(OTHER_TENANT)) {
        return "404 another service's course (" + OTHER_TENANT + ")";
      }
    }
    return null;
  }

  private static Throwable lastThrowable(Object[] params) {
    return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable t ? t : null;
  }
}
