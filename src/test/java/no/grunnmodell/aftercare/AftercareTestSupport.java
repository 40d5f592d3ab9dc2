package no.grunnmodell.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.grunnmodell.ProcessTestSupport;
import no.grunnmodell.audit.AuditTrail;
import no.grunnmodell.form.FormInput;
import no.grunnmodell.platform.Days;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the aftercare course's tests share: a young person, a kontaktperson who works the course's steps and a leder
 * who makes its vedtak, each step completed with the whole form as the Tasklist sends it. Dates that matter are set on
 * the engine's clock, which every test leaves as it found it; steps whose shared bookkeeping compares with the wall
 * clock (plans, evaluations) run on today's date, with birth dates counted back from it.
 */
abstract class AftercareTestSupport extends ProcessTestSupport {

  static final String LEDER = "lorenskog-leder";
  static final String PROCESS = "AftercareCourse";

  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate http;
  @Autowired AuditTrail auditTrail;

  @AfterEach
  void resetClockAndUser() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  // ---- starting, as the REST API and the Tasklist would ----

  ProcessInstance start(String caseReference, LocalDate birthDate) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("serviceId", SERVICE);
    vars.put("caseReference", caseReference);
    vars.put("kontaktperson", KONTAKTPERSON);
    vars.put("birthDate", birthDate.toString());
    // RegisterCourse checks the vedtak date against the wall clock, the age against the engine's clock.
    LocalDate wallClock = LocalDate.now(Days.OSLO);
    vars.put("decisionDate", (today().isBefore(wallClock) ? today() : wallClock).toString());
    vars.put("aftercareSituation", "IN_MEASURE");
    return runtimeService.startProcessInstanceByKey(PROCESS, vars);
  }

  ProcessInstance start(String caseReference, String birthDate) {
    return start(caseReference, LocalDate.parse(birthDate));
  }

  // ---- the kontaktperson's steps, with what a kontaktperson would enter ----

  void converse(ProcessInstance course, String answer) {
    complete(course, "Task_AftercareConversation", conversation(answer));
  }

  static Map<String, Object> conversation(String answer) {
    Map<String, Object> values = new HashMap<>();
    values.put("conversationDate", today().toString());
    values.put("youngPersonInformed", true);
    values.put("youngPersonWishes", "Vil ha hjelp med bolig");
    values.put("consentDecision", answer);
    switch (answer) {
      case "GIVEN" -> values.put("consentForm", "WRITTEN");
      case "REFUSED" -> values.put("refusalNote", "Kan ta kontakt igjen");
      case "LATER" -> values.put("nextConversationDate", today().plusWeeks(3).toString());
      default -> { }
    }
    return values;
  }

  /** «Spør den unge på nytt om ettervern», asked today. */
  static Map<String, Object> askedAgain(String answer) {
    Map<String, Object> values = new HashMap<>();
    values.put("askedAgainDate", today().toString());
    values.put("askedAgainAnswer", answer);
    values.put("askedAgainYoungPersonView", "STILL_NO".equals(answer) ? "Klarer meg selv" : "Trenger hjelp med bolig");
    if ("STILL_NO".equals(answer)) {
      values.put("toldAboutComingBack", true);
    }
    return values;
  }

  void whatMatters(ProcessInstance course) {
    complete(course, "Task_WhatMattersConversation", Map.of("whatMattersDate", today().toString(),
        "whatMatters", "Egen leilighet og jobb", "lifeAreaHousing", "Bor på hybel, vil ha leilighet",
        "lifeAreaSchoolWork", "Vil fullføre fagbrev", "priorityLifeAreas", Spin.JSON("[\"bolig\",\"skole-arbeid\"]")));
  }

  /**
   * The plan as agreed with the young person. Checked against the wall clock by the shared bookkeeping, and against
   * the course's last day: the measures last a year at most, the evaluation comes within a quarter, both before the
   * young person turns 25.
   */
  Map<String, Object> plan(ProcessInstance course, String... tracks) {
    LocalDate wallClock = LocalDate.now(Days.OSLO);
    LocalDate lastDay = FormInput.date(variable(course, "ageLimitDue"), "ageLimitDue");
    LocalDate until = earliest(wallClock.plusYears(1), lastDay.minusDays(1));
    Map<String, Object> values = new HashMap<>();
    values.put("goals", Spin.JSON("[{\"lifeArea\":\"bolig\",\"goal\":\"Egen leilighet innen sommeren\","
        + "\"indicator\":\"Leiekontrakt\",\"whoHelps\":\"Kontaktpersonen\"},"
        + "{\"lifeArea\":\"skole-arbeid\",\"goal\":\"Læreplass\",\"indicator\":\"Kontrakt\"}]"));
    values.put("measureTracks", Spin.JSON("[\"" + String.join("\",\"", tracks) + "\"]"));
    values.put("measureDescription", "Oppfølgingssamtale hver 14. dag");
    values.put("measuresIntendedUntil", until.toString());
    values.put("evaluationDate", earliest(wallClock.plusMonths(3), until).toString());
    values.put("planAgreedWithYoungPerson", true);
    return values;
  }

  /** A revision of the plan: says whether it changes the measures, as the form asks once a plan is agreed. */
  Map<String, Object> revision(ProcessInstance course, boolean changesMeasures, String... tracks) {
    Map<String, Object> values = plan(course, tracks);
    values.put("revisionChangesMeasures", changesMeasures ? "YES" : "NO");
    return values;
  }

  @Override
  protected void evaluate(ProcessInstance course, String outcome) {
    complete(course, "Task_EvaluateWithYoungPerson", evaluation(outcome));
  }

  static Map<String, Object> evaluation(String outcome) {
    Map<String, Object> values = new HashMap<>();
    values.put("evaluationYoungPersonAttended", "YES");
    values.put("youngPersonView", "Det går bedre, men jobben mangler");
    // The goals are the plan's, read-only in the form; the young person and the kontaktperson mark attainment.
    values.put("goals", Spin.JSON("[{\"lifeArea\":\"bolig\",\"goal\":\"Egen leilighet innen sommeren\","
        + "\"attainment\":\"ACHIEVED\"},{\"lifeArea\":\"skole-arbeid\",\"goal\":\"Læreplass\","
        + "\"attainment\":\"SOME_PROGRESS\"}]"));
    values.put("kontaktpersonView", "Enig");
    values.put("evaluationOutcome", outcome);
    if ("CONTINUE".equals(outcome)) {
      values.put("nextEvaluationDate", LocalDate.now(Days.OSLO).plusMonths(3).toString());
    }
    return values;
  }

  /** «Avslutt ettervernet»; a young person who moved did not consent to a summary being sent on. */
  void close(ProcessInstance course, String reason) {
    Map<String, Object> values = closure(reason);
    if ("MOVED".equals(reason)) {
      values.put("handoverConsent", "REFUSED");
    }
    complete(course, "Task_CloseAftercare", values);
  }

  static Map<String, Object> closure(String reason) {
    Map<String, Object> values = new HashMap<>(Map.of("closureReason", reason,
        "closingConversationDate", today().toString(), "youngPersonClosingView", "Fornøyd",
        "finalEvaluation", "Har leilighet og læreplass", "closingSummary", "NAV følger opp"));
    if (!"AGE_LIMIT".equals(reason)) {
      values.put("toldAboutComingBack", true);
    }
    return values;
  }

  static Map<String, Object> followUpSession(boolean more) {
    return Map.of("sessionDate", today().toString(), "sessionType", "MEETING",
        "sessionLifeAreas", Spin.JSON("[\"bolig\"]"), "sessionTopic", "Søknad om leilighet",
        "sessionYoungPersonAttended", "YES", "sessionYoungPersonView", "Vil se på leiligheten på Lørenskog",
        "moreSessions", more);
  }

  // ---- the measures of the plan, each in its own track ----

  static final String TILTAKSARBEIDER = "lorenskog-tiltaksarbeider";

  /**
   * «Logg oppfølgingssamtale», offered to the service's kontaktpersoner and tiltaksarbeidere and held by nobody: the
   * person, signed in with their role, logs the session on the form the Tasklist shows.
   */
  void logSession(ProcessInstance course, String user, String role, Map<String, Object> values) {
    Task task = task(course, "Task_LogFollowUpSession");
    assertThat(task.getAssignee()).as("assignee of Task_LogFollowUpSession").isNull();
    assertThat(candidateGroups(task)).containsExactlyInAnyOrder("kontaktperson-" + SERVICE,
        "tiltaksarbeider-" + SERVICE);
    signedIn(user, role + "-" + SERVICE, () -> taskService.complete(task.getId(), values));
  }

  void logSession(ProcessInstance course, boolean more) {
    logSession(course, KONTAKTPERSON, "kontaktperson", followUpSession(more));
  }

  void startSupportMeasure(ProcessInstance course) {
    complete(course, "Task_StartSupportMeasure", Map.of("supportMeasureType", "HOUSING",
        "supportMeasureStart", today().toString()));
  }

  void recordSupportMeasureEnded(ProcessInstance course) {
    complete(course, "Task_RecordSupportMeasureEnded", Map.of("supportMeasureEnd", today().toString(),
        "supportMeasureEndReason", "COMPLETED"));
  }

  /** «Gjennomfør nettverksmøte»: the next meeting's date, or no more meetings. */
  static Map<String, Object> networkMeeting(LocalDate next) {
    Map<String, Object> values = new HashMap<>(Map.of("networkMeetingType", "NETWORK_MEETING",
        "networkMeetingDate", today().toString(), "networkMeetingAgreements", "Tante er med på visning"));
    values.put("nextNetworkMeeting", next == null ? "DONE" : "PLANNED");
    if (next != null) {
      values.put("nextNetworkMeetingDate", next.toString());
    }
    return values;
  }

  void consentToShare(ProcessInstance course, boolean given) {
    Map<String, Object> values = new HashMap<>(Map.of("infoSharingConsent", given ? "GIVEN" : "REFUSED",
        "infoSharingConsentDate", today().toString()));
    if (given) {
      values.put("infoSharingAgencies", Spin.JSON("[\"nav\"]"));
    }
    complete(course, "Task_ConsentInformationSharing", values);
  }

  /** «Gjennomfør samarbeidsmøte med NAV og andre»: the next meeting's date, or no more meetings. */
  static Map<String, Object> collaborationMeeting(LocalDate next) {
    Map<String, Object> values = new HashMap<>(Map.of("collaborationMeetingDate", today().toString(),
        "collaborationYoungPersonAttended", "YES", "collaborationYoungPersonView", "Vil ha jobb før bolig",
        "individualPlan", true, "collaborationAgreements", "NAV-veileder følger opp arbeid",
        "transitionPlan", "NAV overtar"));
    values.put("nextCollaborationMeeting", next == null ? "DONE" : "PLANNED");
    if (next != null) {
      values.put("nextCollaborationMeetingDate", next.toString());
    }
    return values;
  }

  /** The plan as agreed with the young person, after «Hva er viktig for deg?»: its measures start at once. */
  ProcessInstance planAgreed(int age, String... tracks) {
    ProcessInstance course = start(newCaseReference(), today().minusYears(age).minusMonths(1));
    converse(course, "GIVEN");
    grant(course);
    whatMatters(course);
    complete(course, "Task_AgreeLifeAreaPlan", plan(course, tracks));
    return course;
  }

  static Map<String, Object> ageLimitPreparation(LocalDate plannedConversation) {
    return Map.of("plannedClosingConversationDate", plannedConversation.toString(), "handoverNeeded", "YES",
        "handoverTo", Spin.JSON("[\"nav\"]"), "handoverNote", "Overføringsmøte med NAV i januar");
  }

  void withdrawConsent(ProcessInstance course) {
    runtimeService.createMessageCorrelation("ConsentWithdrawn").processInstanceId(course.getId()).correlate();
  }

  // ---- the leder's vedtak ----

  /** A vedtak as the leder makes it today; {@code decision} only for the step that asks for it. */
  static Map<String, Object> vedtak(String decision) {
    Map<String, Object> values = new HashMap<>();
    if (decision != null) {
      values.put("aftercareDecision", decision);
    }
    values.put("aftercareDecisionReasons", "Den unge trenger støtte til bolig og arbeid for en god overgang til "
        + "voksenlivet (barnevernsloven § 3-6).");
    values.put("aftercareDecisionYoungPersonView", "Vil ha hjelp til å finne leilighet");
    values.put("complaintRightsInformed", true);
    values.put("aftercareDecisionDate", today().toString());
    return values;
  }

  /** The leder, signed in to the Tasklist, makes the vedtak of the step; nobody holds it beforehand. */
  void decide(ProcessInstance course, String taskKey, Map<String, Object> values) {
    Task task = task(course, taskKey);
    assertThat(task.getAssignee()).as("assignee of %s", taskKey).isNull();
    assertThat(candidateGroups(task)).as("candidate groups of %s", taskKey).containsExactly("leder-" + SERVICE);
    asLeder(() -> taskService.complete(task.getId(), values));
  }

  void grant(ProcessInstance course) {
    decide(course, "Task_DecideAftercare", vedtak("GRANTED"));
  }

  void asLeder(Runnable work) {
    signedIn(LEDER, "leder-" + SERVICE, work);
  }

  /** The course's rows in the audit trail: event type, decision, who, step. */
  List<List<String>> audit(ProcessInstance course) {
    return auditTrail.forCourse((String) variable(course, "courseId")).stream()
        .map(e -> Arrays.asList(e.eventType(), e.decision(), e.actor(), e.step())).toList();
  }

  // ---- getting a course to a step ----

  /** Drives a started course (whose conversation is due) to a step; returns the phase it is then in. */
  String driveTo(ProcessInstance course, String step) {
    if (step.equals("CONSENT")) {
      return "CONSENT";
    }
    if (step.equals("AGE_LIMIT_REMINDER")) {
      fireTimer(course, "StartEvent_AgeLimitApproaching");
      assertThat(course).isWaitingAt("Task_PrepareAgeLimitClosure");
    }
    String answer = switch (step) {
      case "THINKING_IT_OVER" -> "LATER";
      case "FOLLOW_UP_AFTER_NO" -> "REFUSED";
      default -> "GIVEN";
    };
    converse(course, answer);
    switch (step) {
      case "THINKING_IT_OVER", "DECISION" -> {
        return "CONSENT";
      }
      case "FOLLOW_UP_AFTER_NO" -> {
        return "FOLLOW_UP_AFTER_NO";
      }
      default -> { }
    }
    grant(course);
    switch (step) {
      case "CONSENT_WITHDRAWN" -> {
        withdrawConsent(course);
        return "CONSENT_WITHDRAWN";
      }
      case "STARTUP", "AGE_LIMIT_REMINDER" -> {
        return "STARTUP";
      }
      default -> { }
    }
    whatMatters(course);
    if (step.equals("PLAN")) {
      return "STARTUP";
    }
    complete(course, "Task_AgreeLifeAreaPlan", plan(course, "veiledning"));
    if (step.equals("IMPLEMENTATION")) {
      return "IMPLEMENTATION";
    }
    evaluationDateReached(course);
    switch (step) {
      case "PLAN_REVISION" -> evaluate(course, "REVISE");
      case "CHANGE_DECISION" -> {
        evaluate(course, "REVISE");
        complete(course, "Task_RevisePlan", revision(course, true, "veiledning", "stottende"));
        return "PLAN_REVISION";
      }
      case "CLOSURE" -> evaluate(course, "CLOSE");
      case "END_DECISION" -> {
        evaluate(course, "CLOSE");
        close(course, "GOALS_MET");
        return "CLOSURE";
      }
      default -> { }
    }
    return step;
  }

  /** Turns 25 in two months: the conversation is due at once, the age limit soon. */
  static LocalDate aboutToTurn25() {
    return today().minusYears(25).plusMonths(2);
  }

  // ---- reading and completing, as the REST API and the Tasklist would ----

  @Override
  protected Task task(ProcessInstance course, String taskKey) {
    List<Task> tasks = taskService.createTaskQuery().processInstanceId(course.getId()).taskDefinitionKey(taskKey)
        .listPage(0, 200);
    assertThat(tasks).as("open task %s", taskKey).hasSize(1);
    return tasks.get(0);
  }

  /** The kontaktperson's steps: a demo kontaktperson holds every one of them. */
  @Override
  protected void complete(ProcessInstance course, String taskKey, Map<String, Object> values) {
    Task task = task(course, taskKey);
    assertThat(task.getAssignee()).as("assignee of %s", taskKey).isEqualTo(KONTAKTPERSON);
    assertThat(candidateGroups(task)).as("candidate groups of %s", taskKey).contains("kontaktperson-" + SERVICE);
    taskService.complete(task.getId(), values);
  }

  List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> "candidate".equals(l.getType())).map(IdentityLink::getGroupId).toList();
  }

  @Override
  protected List<String> openTasks(ProcessInstance course) {
    return taskService.createTaskQuery().processInstanceId(course.getId()).listPage(0, 200).stream()
        .map(Task::getTaskDefinitionKey).sorted().toList();
  }

  Instant due(ProcessInstance course, String activityId) {
    return timer(course, activityId).getDuedate().toInstant();
  }

  /** The Tasklist loads the task's form through the engine REST API as the person who works it. */
  void checkForm(ProcessInstance course, String taskKey, String formId) throws Exception {
    String user = candidateGroups(task(course, taskKey)).contains("leder-" + SERVICE) ? LEDER : KONTAKTPERSON;
    ResponseEntity<String> form = http.withBasicAuth(user, "demo")
        .getForEntity("/engine-rest/task/" + task(course, taskKey).getId() + "/deployed-form", String.class);
    assertThat(form.getStatusCode().is2xxSuccessful()).as("form of %s: %s %s", taskKey, form.getStatusCode(),
        form.getBody()).isTrue();
    assertThat(new ObjectMapper().readTree(form.getBody()).path("id").asText()).isEqualTo(formId);
  }

  static void setToday(String day) {
    setToday(LocalDate.parse(day));
  }

  static void setToday(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(12, 0).atZone(Days.OSLO).toInstant()));
  }

  static Instant startOf(String day) {
    return startOf(LocalDate.parse(day));
  }

  static Instant startOf(LocalDate day) {
    return Days.toDate(day).toInstant();
  }

  static LocalDate earliest(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  static String newCaseReference() {
    return "ETTERVERN-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
