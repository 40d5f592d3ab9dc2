package no.grunnmodell.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class RefusalLoggingTest {

  private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
  private final ListAppender<ILoggingEvent> events = new ListAppender<>();
  private RefusalLogging filter;
  private Logger engine;
  private Logger refusals;

  @BeforeEach
  void listen() {
    filter = new RefusalLogging();
    events.setContext(context);
    events.start();
    engine = context.getLogger("org.camunda.bpm.engine.context");
    refusals = context.getLogger(RefusalLogging.LOGGER);
    engine.addAppender(events);
    refusals.addAppender(events);
  }

  @AfterEach
  void stopListening() {
    context.getTurboFilterList().remove(filter);
    engine.detachAppender(events);
    refusals.detachAppender(events);
  }

  /** As the engine's ContextLogger logs ENGINE-16004: the message, then the exception as the last parameter. */
  private void engineLogs(Throwable thrown) {
    engine.error("ENGINE-16004 Exception while closing command context: {}", thrown.getMessage(), thrown);
  }

  @Test
  void aRefusalFromAListenerIsOneInfoLineWithoutItsText() {
    Refusal refusal = Refusal.invalid("goals", "Planen må ha minst ett konkret mål for saksnummer 2026-0042.",
        "The plan needs a goal.");
    engineLogs(new ProcessEngineException("ENGINE-03051 There was an exception while invoking the TaskListener",
        refusal));

    assertThat(events.list).singleElement().satisfies(event -> {
      assertThat(event.getLevel()).isEqualTo(Level.INFO);
      assertThat(event.getFormattedMessage()).isEqualTo("Refused: 400 Refusal (field goals)");
      assertThat(event.getThrowableProxy()).isNull();
    });
  }

  @Test
  void aMissingAuthorizationIsOneInfoLine() {
    engineLogs(new AuthorizationException("ENGINE-03110 The user 'x' does not have 'READ' permission"));

    assertThat(events.list).singleElement().satisfies(event -> {
      assertThat(event.getLevel()).isEqualTo(Level.INFO);
      assertThat(event.getFormattedMessage()).isEqualTo("Refused: 403 AuthorizationException");
    });
  }

  @Test
  void aRefusalTheRestApiWrapsAsA500IsOneInfoLine() {
    Logger rest = context.getLogger(RefusalLogging.REST_EXCEPTION_LOGGER);
    rest.addAppender(events);
    try {
      // As the REST API's ExceptionLogger logs it: the stack trace is the message itself
      java.io.StringWriter trace = new java.io.StringWriter();
      new RuntimeException("Cannot complete task", Refusal.forbidden("Dette steget er ikke ditt.", "Not your step."))
          .printStackTrace(new java.io.PrintWriter(trace));
      rest.warn("ENGINE-REST-HTTP500 " + trace);
    } finally {
      rest.detachAppender(events);
    }

    assertThat(events.list).singleElement().satisfies(event -> {
      assertThat(event.getLevel()).isEqualTo(Level.INFO);
      assertThat(event.getFormattedMessage()).isEqualTo("Refused: Refusal (engine REST API)");
      assertThat(event.getThrowableProxy()).isNull();
    });
  }

  @Test
  void anotherServicesCourseOverTheRestApiIsOneInfoLine() {
    Logger rest = context.getLogger(RefusalLogging.REST_EXCEPTION_LOGGER);
    rest.addAppender(events);
    try {
      rest.warn("ENGINE-REST-HTTP500 org.camunda.bpm.engine.ProcessEngineException: ENGINE-13034 Cannot read the "
          + "process instance 'x' because it belongs to no authenticated tenant.\n\tat org.camunda...");
    } finally {
      rest.detachAppender(events);
    }

    assertThat(events.list).singleElement().satisfies(event -> {
      assertThat(event.getLevel()).isEqualTo(Level.INFO);
      assertThat(event.getFormattedMessage()).startsWith("Refused: 404 another service's course");
    });
  }

  @Test
  void anyOtherFailureKeepsTheEnginesErrorAndStackTrace() {
    engineLogs(new ProcessEngineException("ENGINE-03051 …", new NullPointerException("a bug")));

    assertThat(events.list).singleElement().satisfies(event -> {
      assertThat(event.getLevel()).isEqualTo(Level.ERROR);
      assertThat(event.getThrowableProxy()).isNotNull();
    });
  }
}
