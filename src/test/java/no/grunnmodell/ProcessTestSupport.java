package no.grunnmodell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.grunnmodell.platform.Days;
import no.grunnmodell.platform.EngineClock;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the tests of both courses (the family course and aftercare) share: the engine, reading a course's steps,
 * variables and timers, and the stories both courses tell alike, each written once here and told by each course's
 * test with its own steps ({@link #openTasks}, {@link #evaluate}).
 */
public abstract class ProcessTestSupport extends IntTestBase {

  protected static final String SERVICE = "lorenskog";
  protected static final String KONTAKTPERSON = "lorenskog-kontaktperson";

  @Autowired protected ProcessEngine engine;
  @Autowired protected RuntimeService runtimeService;
  @Autowired protected TaskService taskService;
  @Autowired protected HistoryService historyService;
  @Autowired protected ManagementService managementService;

  @BeforeEach
  void initAssertions() {
    AbstractAssertions.init(engine);
  }

  /** Today as the engine sees it: tests that move the engine's clock move this too. */
  protected static LocalDate today() {
    return EngineClock.today();
  }

  /** The open steps of the course, by their ids in the diagram, sorted. */
  protected abstract List<String> openTasks(ProcessInstance course);

  /** The open step of the course with this id in the diagram (there must be exactly one). */
  protected abstract Task task(ProcessInstance course, String taskKey);

  /** Completes the open step as the person who works it, with these form values. */
  protected abstract void complete(ProcessInstance course, String taskKey, Map<String, Object> formValues);

  /** The course's evaluation step, completed with this outcome. */
  protected abstract void evaluate(ProcessInstance course, String outcome);

  /**
   * A repeated step's empty form input: the step starts with the JSON text null there (EmptyFormInputs), which holds
   * no value, as an untyped null did before; both read as null here.
   */
  public static Object emptyAsNull(Object value) {
    return value instanceof SpinJsonNode json && json.isNull() ? null : value;
  }

  protected Object variable(ProcessInstance course, String name) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(course.getId())
        .variableName(name).singleResult().getValue();
  }

  protected List<String> openTaskIds(ProcessInstance course) {
    return taskService.createTaskQuery().processInstanceId(course.getId()).listPage(0, 200).stream()
        .map(Task::getId).toList();
  }

  protected long historicTasks(ProcessInstance course, String taskKey) {
    return historyService.createHistoricTaskInstanceQuery().processInstanceId(course.getId())
        .taskDefinitionKey(taskKey).count();
  }

  /** The course's jobs that are due on the engine's clock. */
  protected List<Job> dueJobs(ProcessInstance course) {
    return managementService.createJobQuery().processInstanceId(course.getId()).executable().listPage(0, 10);
  }

  /** Moves the engine's clock to nine in the morning of that day in Norway. */
  protected static void moveClockTo(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(Days.OSLO).toInstant()));
  }

  protected Job timer(ProcessInstance course, String activityId) {
    Job job = managementService.createJobQuery().processInstanceId(course.getId()).activityId(activityId)
        .singleResult();
    assertThat(job).as("timer at %s", activityId).isNotNull();
    return job;
  }

  protected void fireTimer(ProcessInstance course, String activityId) {
    managementService.executeJob(timer(course, activityId).getId());
  }

  /** «Be om evaluering» as the Tasklist's start form sends it for this case, with the reason. */
  protected static Map<String, Object> evaluationRequest(String caseReference, String reason) {
    Map<String, Object> values = new HashMap<>();
    values.put("caseReference", caseReference);
    values.put("evaluationRequestReason", reason);
    values.put("evaluationRequestConfirmed", true);
    return values;
  }

  /** The evaluation date has come: the evaluation timer fires. */
  protected void evaluationDateReached(ProcessInstance course) {
    fireTimer(course, "Timer_EvaluationDue");
  }

  /** Runs the work signed in as this user, in this group of the Lørenskog service, as the Tasklist would. */
  protected void signedIn(String user, String group, Runnable work) {
    signedIn(user, group, SERVICE, work);
  }

  /** Runs the work signed in as this user, in this group of that service, and signs out after. */
  protected void signedIn(String user, String group, String service, Runnable work) {
    IdentityService identities = engine.getIdentityService();
    identities.setAuthentication(user, List.of(group), List.of(service));
    try {
      work.run();
    } finally {
      identities.clearAuthentication();
    }
  }

  // ---- the stories both courses tell ----

  /**
   * A course whose measures run reaches its evaluation step on the evaluation date and not the day before, beside
   * the measures that stay open.
   */
  protected void evaluationComesOnItsDateAndNotBefore(ProcessInstance course, LocalDate evaluationDate,
                                                      String evaluationStep) {
    List<String> running = openTasks(course);

    // The day before the evaluation date: nothing is due, and only the running measures are open.
    moveClockTo(evaluationDate.minusDays(1));
    assertThat(dueJobs(course)).isEmpty();
    assertThat(openTasks(course)).isEqualTo(running);
    assertThat(variable(course, "phase")).isEqualTo("IMPLEMENTATION");

    moveClockTo(evaluationDate);
    List<Job> due = dueJobs(course);
    assertThat(due).singleElement().extracting(Job::getDuedate).isEqualTo(Days.toDate(evaluationDate));
    managementService.executeJob(due.get(0).getId());
    List<String> withEvaluation = new ArrayList<>(running);
    withEvaluation.add(evaluationStep);
    assertThat(openTasks(course)).containsExactlyElementsOf(withEvaluation.stream().sorted().toList());
    assertThat(variable(course, "phase")).isEqualTo("EVALUATION");
  }

  /**
   * «Fortsett» at the evaluation: every measure that ran goes on in the same step (none starts again, no consent is
   * asked again), and the course waits for the next evaluation.
   */
  protected void continuingKeepsEveryRunningMeasure(ProcessInstance course) {
    List<String> running = openTaskIds(course);

    evaluationDateReached(course);
    evaluate(course, "CONTINUE");

    assertThat(openTaskIds(course)).containsExactlyInAnyOrderElementsOf(running);
    assertThat(historicTasks(course, "Task_StartSupportMeasure")).isEqualTo(1);
    assertThat(historicTasks(course, "Task_ConsentInformationSharing")).isEqualTo(1);
    assertThat(variable(course, "evaluationCount")).isEqualTo(1);
    assertThat(variable(course, "phase")).isEqualTo("IMPLEMENTATION");
    assertThat(course).isWaitingAt("Gateway_AwaitEvaluation");
  }

  /**
   * The network track: a meeting that sets the next one's date waits for it, the next meeting's form starts empty,
   * and a meeting that says it was the last ends the track.
   */
  protected void networkMeetingsComeAgainUntilTheyAreDone(ProcessInstance course,
                                                         Function<LocalDate, Map<String, Object>> meeting) {
    complete(course, "Task_HoldNetworkMeeting", meeting.apply(today().plusWeeks(6)));
    assertThat(openTasks(course)).isEmpty();
    assertThat(course).isWaitingAt("Timer_NextNetworkMeeting");
    fireTimer(course, "Timer_NextNetworkMeeting");
    Task second = task(course, "Task_HoldNetworkMeeting");
    assertThat(emptyAsNull(taskService.getVariable(second.getId(), "networkMeetingAgreements"))).isNull();

    complete(course, "Task_HoldNetworkMeeting", meeting.apply(null));
    assertThat(course).hasPassed("EndEvent_NetworkEnded");
    assertThat(variable(course, "networkStatus")).isEqualTo("ENDED");
  }

  /**
   * After a revision that keeps one track of four: its step goes on as it was (the same step, not a new one), the
   * other tracks are stopped, and the course runs on with version 2 of the plan.
   */
  protected void onlyTheKeptTrackGoesOn(ProcessInstance course, String keptStep, String keptStepId) {
    assertThat(openTasks(course)).containsExactly(keptStep);
    assertThat(task(course, keptStep).getId()).isEqualTo(keptStepId);
    assertThat(course).hasPassed("Boundary_SupportDropped", "Boundary_NetworkDropped",
        "Boundary_CollaborationDropped");
    assertThat(variable(course, "supportStatus")).isEqualTo("DROPPED");
    assertThat(variable(course, "planVersion")).isEqualTo(2);
    assertThat(variable(course, "phase")).isEqualTo("IMPLEMENTATION");
  }

  /**
   * After a second revision that takes the support and network tracks back in and the kept track out: those two
   * start again, and the track left is stopped at its boundary event.
   */
  protected void theTracksTakenBackInStartAgain(ProcessInstance course, String droppedBoundary) {
    assertThat(openTasks(course)).containsExactly("Task_HoldNetworkMeeting", "Task_StartSupportMeasure");
    assertThat(course).hasPassed(droppedBoundary);
    assertThat(variable(course, "guidanceStatus")).isEqualTo("DROPPED");
    assertThat(variable(course, "supportStatus")).isEqualTo("RUNNING");
  }

  /**
   * The collaboration track once the consent to share is given: a meeting that sets the next one's date, that
   * meeting, which says it was the last, and the track ends; the consent was asked once.
   */
  protected void collaborationMeetsUntilItIsDone(ProcessInstance course,
                                                 Function<LocalDate, Map<String, Object>> meeting) {
    complete(course, "Task_HoldCollaborationMeeting", meeting.apply(today().plusMonths(1)));
    fireTimer(course, "Timer_NextCollaborationMeeting");
    complete(course, "Task_HoldCollaborationMeeting", meeting.apply(null));

    assertThat(course).hasPassed("EndEvent_CollaborationEnded");
    assertThat(historicTasks(course, "Task_ConsentInformationSharing")).isEqualTo(1);
    assertThat(historicTasks(course, "Task_HoldCollaborationMeeting")).isEqualTo(2);
    assertThat(variable(course, "collaborationStatus")).isEqualTo("ENDED");
  }

  /** A closed course records why, and only one that moved goes to the handover (here without consent: none sent). */
  protected void assertClosedWith(ProcessInstance course, String reason) {
    assertThat(course).isEnded().hasPassed("EndEvent_CourseClosed");
    assertThat(variable(course, "closureReason")).isEqualTo(reason);
    if ("MOVED".equals(reason)) {
      assertThat(course).hasPassed("CallActivity_CourseHandover");
      assertThat(variable(course, "handoverOutcome")).isEqualTo("NO_CONSENT");
    } else {
      assertThat(course).hasNotPassed("CallActivity_CourseHandover");
    }
  }
}
