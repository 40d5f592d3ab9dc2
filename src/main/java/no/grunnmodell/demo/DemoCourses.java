package no.grunnmodell.demo;

import static no.grunnmodell.course.CourseVariables.*;

import java.time.LocalDate;
import java.util.Map;
import no.grunnmodell.course.CourseRegistry;
import no.grunnmodell.course.TargetGroup;
import no.grunnmodell.deadline.MissedDeadlines;
import no.grunnmodell.platform.EngineClock;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo only: a few courses in Lørenskog and Grorud so the Tasklist and Cockpit have something to show, one of
 * them with a vedtak three weeks old, so its intake is overdue and escalated to the leder at once.
 * Seeds only an empty registry; the case references are invented.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "grunnmodell.demo.seed-courses", havingValue = "true", matchIfMissing = true)
public class DemoCourses {

  private static final Logger LOG = LoggerFactory.getLogger(DemoCourses.class);

  private final CourseRegistry registry;
  private final RuntimeService runtimeService;
  private final MissedDeadlines missedDeadlines;

  public DemoCourses(CourseRegistry registry, RuntimeService runtimeService, MissedDeadlines missedDeadlines) {
    this.registry = registry;
    this.runtimeService = runtimeService;
    this.missedDeadlines = missedDeadlines;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void seed() {
    if (registry.find("lorenskog", "DEMO-1").isPresent()) {
      return;
    }
    LocalDate today = EngineClock.today();
    start("lorenskog", "DEMO-1", today.minusYears(7), today.minusDays(1));
    start("lorenskog", "DEMO-2", today.minusYears(10), today.minusDays(21));
    start("grorud", "DEMO-3", today.minusYears(5), today.minusDays(2));
    int escalated = missedDeadlines.escalateOverdueSteps();
    LOG.info("Demo courses started; {} overdue steps escalated", escalated);
  }

  private void start(String service, String caseReference, LocalDate birthDate, LocalDate decisionDate) {
    runtimeService.startProcessInstanceByKey(TargetGroup.FAMILY.processKey(), caseReference, Map.of(
        SERVICE_ID, service, CASE_REFERENCE, caseReference, KONTAKTPERSON, service + "-kontaktperson",
        BIRTH_DATE, birthDate.toString(), DECISION_DATE, decisionDate.toString()));
  }
}
