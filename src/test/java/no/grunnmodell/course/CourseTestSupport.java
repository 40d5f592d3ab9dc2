package no.grunnmodell.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.grunnmodell.ProcessTestSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;

/** What the course tests share: a family, a vedtak, and a caseworker completing tasks as the Tasklist would. */
public abstract class CourseTestSupport extends ProcessTestSupport {

  protected static String newCaseReference() {
    return "TEST-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Starts the family course as the case system or the start form would, for a child of the given age. */
  protected ProcessInstance startFamilyCourse(String caseReference, int childAgeAtDecision) {
    return startCourse("FamilyCourse", caseReference, childAgeAtDecision);
  }

  /** A family course for a child of this age, past the intake, whose family has consented. */
  protected ProcessInstance consentedCourse(int childAgeAtDecision) {
    ProcessInstance course = startFamilyCourse(newCaseReference(), childAgeAtDecision);
    registerIntake(course);
    answerConsent(course, true);
    return course;
  }

  /** A family course past its start-up phase with a plan of these tracks, whose measures now run. */
  protected ProcessInstance planAgreed(String... tracks) {
    ProcessInstance course = consentedCourse(8);
    runStartupPhase(course, tracks);
    return course;
  }

  /** Starts a version of the family course deployed under this process key (a test's copy, for example). */
  protected ProcessInstance startCourse(String processKey, String caseReference, int childAgeAtDecision) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("serviceId", SERVICE);
    vars.put("caseReference", caseReference);
    vars.put("kontaktperson", KONTAKTPERSON);
    vars.put("birthDate", today().minusYears(childAgeAtDecision).minusMonths(2).toString());
    vars.put("decisionDate", today().minusDays(1).toString());
    return runtimeService.startProcessInstanceByKey(processKey, vars);
  }

  /** The open task of the course (in the course or in a phase it calls) with this id in the diagram. */
  @Override
  protected Task task(ProcessInstance course, String taskKey) {
    List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(course.getBusinessKey())
        .tenantIdIn(SERVICE).taskDefinitionKey(taskKey).listPage(0, 200);
    assertThat(tasks).as("open task %s", taskKey).hasSize(1);
    return tasks.get(0);
  }

  @Override
  protected void complete(ProcessInstance course, String taskKey, Map<String, Object> formValues) {
    taskService.complete(task(course, taskKey).getId(), formValues);
  }

  @Override
  protected List<String> openTasks(ProcessInstance course) {
    return taskService.createTaskQuery().processInstanceBusinessKey(course.getBusinessKey()).tenantIdIn(SERVICE)
        .listPage(0, 200).stream().map(Task::getTaskDefinitionKey).sorted().toList();
  }

  // ---- the course, step by step, with what a caseworker would enter ----

  protected void registerIntake(ProcessInstance course) {
    complete(course, "Task_RegisterIntake", Map.of("firstContactDate", today().toString(),
        "dailyCare", "BOTH_PARENTS", "interpreterNeeded", false, "adaptationNeeded", false));
  }

  protected void answerConsent(ProcessInstance course, boolean given) {
    complete(course, "Task_ObtainConsent", consent(given));
  }

  /** «Innhent samtykke» as a kontaktperson fills it in: who consented and how, or what was agreed after a no. */
  protected static Map<String, Object> consent(boolean given) {
    Map<String, Object> values = new HashMap<>();
    values.put("consentDecision", given ? "GIVEN" : "REFUSED");
    values.put("consentDate", today().toString());
    values.put("childView", "Vil ha mindre krangling hjemme.");
    if (given) {
      values.put("consentGivenBy", Spin.JSON("[\"mor\",\"far\"]"));
      values.put("consentForm", "WRITTEN");
    } else {
      values.put("refusalNote", "Familien tar kontakt hvis de ombestemmer seg.");
    }
    return values;
  }

  /** A family course (child of 12) through intake, consent and a guidance plan with one session, at its evaluation. */
  protected ProcessInstance familyCourseAtEvaluation(String caseReference) {
    ProcessInstance course = startFamilyCourse(caseReference, 12);
    registerIntake(course);
    answerConsent(course, true);
    runStartupPhase(course, "veiledning");
    complete(course, "Task_LogGuidanceSession", guidanceSession(false));
    evaluationDateReached(course);
    return course;
  }

  protected void runStartupPhase(ProcessInstance course, String... tracks) {
    runStartupPhase(course, plan(tracks));
  }

  /** The start-up phase, ending with this plan (see {@link #plan}). */
  protected void runStartupPhase(ProcessInstance course, Map<String, Object> plan) {
    mapAndAnalyse(course);
    complete(course, "Task_AgreeMeasurePlan", plan);
  }

  /** The start-up phase up to the plan: the mapping, «Hva er viktig for deg?» and the analysis. */
  protected void mapAndAnalyse(ProcessInstance course) {
    complete(course, "Task_EcologicalMapping", Map.of("mappingDate", today().toString(),
        "childNeeds", "Trygghet", "parentCapacity", "God vilje", "familyAndSurroundings", "Lite nettverk"));
    complete(course, "Task_WhatMattersConversation", Map.of("conversationDate", today().toString(),
        "whatMatters", "Fotball og venner"));
    complete(course, "Task_AnalyseMapping", Map.of("analysisSummary", "Rutiner og nettverk",
        "focusAreas", Spin.JSON("[\"omsorg\"]")));
  }

  /** A family course past its plan (guidance), whose evaluation date is {@code days} days from today. */
  protected ProcessInstance courseWithPlanEvaluatedIn(int days) {
    ProcessInstance course = consentedCourse(8);
    Map<String, Object> plan = new HashMap<>(plan("veiledning"));
    plan.put("evaluationDate", today().plusDays(days).toString());
    runStartupPhase(course, plan);
    return course;
  }

  /** «Avtal tiltaksplan» as agreed with the family: these tracks, evaluated in three months. */
  public static Map<String, Object> plan(String... tracks) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < tracks.length; i++) {
      json.append(i > 0 ? "," : "").append('"').append(tracks[i]).append('"');
    }
    Map<String, Object> values = new HashMap<>();
    values.put("goals", Spin.JSON("[{\"goal\":\"Faste leggetider\",\"indicator\":\"5 av 7 kvelder\"}]"));
    values.put("measureTracks", Spin.JSON(json.append("]").toString()));
    values.put("measureDescription", "Veiledning hver 14. dag");
    values.put("measuresPlannedUntil", today().plusMonths(6).toString());
    values.put("evaluationDate", today().plusMonths(3).toString());
    values.put("planParticipants", Spin.JSON("[\"barnet\",\"foreldre\"]"));
    values.put("planChildViewGiven", "GIVEN");
    values.put("planChildView", "Vil legge seg senere i helgene.");
    values.put("planChildViewWeight", "Helgene er unntatt fra leggetidene.");
    values.put("planAgreedWithFamily", true);
    return values;
  }

  /** «Logg veiledningssamtale» as the Tasklist submits it: a fresh form, with whether guidance goes on. */
  protected static Map<String, Object> guidanceSession(boolean more) {
    Map<String, Object> values = new HashMap<>();
    values.put("sessionDate", today().toString());
    values.put("sessionType", "HOME");
    values.put("sessionTopic", "Rutiner");
    values.put("sessionParticipants", Spin.JSON("[\"foreldre\"]"));
    values.put("moreSessions", more);
    return values;
  }

  /** A network or collaboration meeting's «Blir det flere møter?»: the next one's date, or none. */
  protected static Map<String, Object> nextMeeting(String prefix, LocalDate next) {
    Map<String, Object> values = new HashMap<>();
    values.put("next" + prefix + "Meeting", next == null ? "DONE" : "PLANNED");
    if (next != null) {
      values.put("next" + prefix + "MeetingDate", next.toString());
    }
    return values;
  }

  /** «Iverksett støttende tiltak». */
  protected void startSupportMeasure(ProcessInstance course) {
    complete(course, "Task_StartSupportMeasure", Map.of("supportMeasureType", "SUPPORT_CONTACT",
        "supportMeasureStart", today().toString()));
  }

  @Override
  protected void evaluate(ProcessInstance course, String outcome) {
    evaluate(course, outcome, Map.of());
  }

  /** With more of the evaluation form, e.g. the problem areas when referring; these replace the defaults. */
  protected void evaluate(ProcessInstance course, String outcome, Map<String, Object> more) {
    Map<String, Object> values = evaluation(outcome);
    values.putAll(more);
    complete(course, "Task_EvaluatePlan", values);
  }

  /** «Evaluer tiltaksplanen» as a kontaktperson fills it in, with this outcome. */
  public static Map<String, Object> evaluation(String outcome) {
    Map<String, Object> values = new HashMap<>();
    values.put("goals", Spin.JSON("[{\"goal\":\"Faste leggetider\",\"attainment\":\"SOME_PROGRESS\"}]"));
    values.put("familyView", "Bedre");
    values.put("evaluationParticipants", Spin.JSON("[\"barnet\",\"foreldre\"]"));
    values.put("evaluationChildViewGiven", "GIVEN");
    values.put("childEvaluationView", "Bra");
    values.put("childEvaluationViewWeight", "Barnet vil fortsette; det teller.");
    values.put("otherMeasuresAssessment", "NONE");
    values.put("evaluationOutcome", outcome);
    if ("CONTINUE".equals(outcome)) {
      values.put("nextEvaluationDate", today().plusMonths(3).toString());
    }
    return values;
  }

  /** Closes the course; a family that moved did not consent to a summary being sent on. */
  protected void close(ProcessInstance course, String reason) {
    Map<String, Object> values = new HashMap<>(Map.of("closureReason", reason,
        "closingConversationDate", today().toString(), "finalEvaluation", "Målene nådd",
        "closingSummary", "Ingen videre tiltak"));
    if ("MOVED".equals(reason)) {
      values.put("handoverConsent", "REFUSED");
    }
    complete(course, "Task_CloseCourse", values);
  }
}
