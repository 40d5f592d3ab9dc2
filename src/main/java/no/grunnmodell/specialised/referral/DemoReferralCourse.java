package no.grunnmodell.specialised.referral;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import no.grunnmodell.course.CourseRegistry;
import no.grunnmodell.course.CourseVariables;
import no.grunnmodell.course.EvaluationRequests;
import no.grunnmodell.course.TargetGroup;
import no.grunnmodell.platform.EngineClock;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo only: a course in Lørenskog (DEMO-HENVISNING, a 12-year-old with violence and crime) that has
 * been through intake, consent, start-up and a guidance session, and asked for an early evaluation, so that it
 * waits at «Evaluer tiltaksplanen» and a demo
 * can go from the evaluation («Henvis») to an approved MST referral in the Tasklist. The case is invented.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "grunnmodell.demo.seed-courses", havingValue = "true", matchIfMissing = true)
public class DemoReferralCourse {

  static final String SERVICE = "lorenskog";
  static final String CASE_REFERENCE = "DEMO-HENVISNING";
  private static final Logger LOG = LoggerFactory.getLogger(DemoReferralCourse.class);

  private final CourseRegistry registry;
  private final RuntimeService runtimeService;
  private final TaskService taskService;

  public DemoReferralCourse(CourseRegistry registry, RuntimeService runtimeService, TaskService taskService) {
    this.registry = registry;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void seed() {
    if (registry.find(SERVICE, CASE_REFERENCE).isPresent()) {
      return;
    }
    LocalDate today = EngineClock.today();
    String day = today.toString();
    String course = runtimeService.startProcessInstanceByKey(TargetGroup.FAMILY.processKey(), CASE_REFERENCE, Map.of(
        CourseVariables.SERVICE_ID, SERVICE, CourseVariables.CASE_REFERENCE, CASE_REFERENCE,
        CourseVariables.KONTAKTPERSON, SERVICE + "-kontaktperson",
        CourseVariables.BIRTH_DATE, today.minusYears(12).minusMonths(3).toString(),
        CourseVariables.DECISION_DATE, today.minusDays(1).toString())).getId();
    complete("Task_RegisterIntake", Map.of("firstContactDate", day, "dailyCare", "BOTH_PARENTS",
        "interpreterNeeded", false, "adaptationNeeded", false));
    complete("Task_ObtainConsent", Map.of("consentDecision", "GIVEN", "consentGivenBy", Spin.JSON("[\"mor\",\"far\"]"),
        "consentForm", "WRITTEN", "consentDate", day, "childView", "Vil ha ro hjemme og slippe bråk på skolen."));
    complete("Task_EcologicalMapping", Map.of("mappingDate", day, "childNeeds", "Trygghet og faste rammer",
        "parentCapacity", "Slitne foreldre, vil ha hjelp", "familyAndSurroundings", "Lite nettverk"));
    complete("Task_WhatMattersConversation", Map.of("conversationDate", day, "whatMatters", "Fotball og venner"));
    complete("Task_AnalyseMapping", Map.of("analysisSummary", "Vold hjemme og på skolen, politiet er involvert",
        "focusAreas", Spin.JSON("[\"barnets-behov\",\"skole\"]")));
    Map<String, Object> plan = new HashMap<>();
    plan.put("goals", Spin.JSON("[{\"goal\":\"Ingen vold hjemme\",\"indicator\":\"Ingen hendelser på en måned\"}]"));
    plan.put("measureTracks", Spin.JSON("[\"veiledning\"]"));
    plan.put("measureDescription", "Familieveiledning hver uke");
    plan.put("measuresPlannedUntil", today.plusMonths(6).toString());
    plan.put("evaluationDate", today.plusMonths(3).toString());
    plan.put("planParticipants", Spin.JSON("[\"barnet\",\"foreldre\"]"));
    plan.put("planChildViewGiven", "GIVEN");
    plan.put("planChildView", "Vil at det skal bli roligere hjemme.");
    plan.put("planChildViewWeight", "Målet om ro hjemme kommer fra barnet.");
    plan.put("planAgreedWithFamily", true);
    complete("Task_AgreeMeasurePlan", plan);
    complete("Task_LogGuidanceSession", Map.of("sessionDate", day, "sessionType", "HOME",
        "sessionTopic", "Grenser og konflikter", "sessionParticipants", Spin.JSON("[\"foreldre\"]"),
        "moreSessions", false));
    // The family course evaluates on the evaluation date; the demo asks for the evaluation now, as «Be om
    // evaluering nå» does.
    runtimeService.createMessageCorrelation(EvaluationRequests.MESSAGE).processInstanceId(course)
        .setVariable(EvaluationRequests.REASON, "Vold hjemme tross ukentlig veiledning").correlate();
    LOG.info("Demo course {} waits at the evaluation in {}", CASE_REFERENCE, SERVICE);
  }

  private void complete(String step, Map<String, Object> values) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(CASE_REFERENCE).tenantIdIn(SERVICE)
        .taskDefinitionKey(step).singleResult();
    taskService.complete(task.getId(), values);
  }
}
