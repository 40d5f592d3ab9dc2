package no.grunnmodell.tasklist;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.grunnmodell.course.CourseVariables;
import no.grunnmodell.course.TargetGroup;
import no.grunnmodell.platform.Acting;
import no.grunnmodell.platform.AsApplication;
import no.grunnmodell.platform.Refusal;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;

/**
 * After a caseworker completes a step in the Tasklist: has the course ended with it? The Tasklist then says so
 * («Forløpet i sak … er avsluttet»), since the step simply leaves the list otherwise. Only the person who completed
 * the step is told, and only about that step's course.
 */
@Service
public class CourseClosure {

  private static final Map<String, String> OUTCOMES = Map.of(
      "CLOSED", "etter avslutningssamtalen",
      "CONSENT_WITHDRAWN", "fordi samtykket er trukket",
      "CONSENT_REFUSED", "fordi det ikke ble gitt samtykke",
      "OUTSIDE_TARGET_GROUP", "fordi saken er utenfor målgruppen",
      "AFTERCARE_REFUSED", "fordi den unge takket nei til ettervern",
      "AGE_LIMIT", "ved aldersgrensen");

  private static final Set<String> COURSES = Arrays.stream(TargetGroup.values()).map(TargetGroup::processKey)
      .collect(Collectors.toSet());

  /** {@code closed}: the course ended with the step; the rest only then. */
  public record AfterStep(boolean closed, String caseReference, String childFirstName, String message) {
  }

  private final HistoryService historyService;
  private final IdentityService identityService;
  private final AsApplication asApplication;

  public CourseClosure(HistoryService historyService, IdentityService identityService, AsApplication asApplication) {
    this.historyService = historyService;
    this.identityService = identityService;
    this.asApplication = asApplication;
  }

  public AfterStep afterStep(String taskId) {
    Acting caller = Acting.now(identityService);
    HistoricTaskInstance step = asApplication.call(() -> historyService.createHistoricTaskInstanceQuery()
        .taskId(taskId).singleResult());
    if (step == null || !caller.isPerson() || !caller.userId().equals(step.getAssignee())
        || step.getEndTime() == null) {
      throw Refusal.notFound("Fant ikke steget du fullførte.", "No step with this id that you completed.");
    }
    HistoricProcessInstance root = asApplication.call(() -> historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(step.getRootProcessInstanceId()).singleResult());
    // Only a course's end closes a course: a leder's follow-up of an overdue step, or a handover's receipt, ends a
    // process of its own while the course runs on
    if (root == null || root.getEndTime() == null || !COURSES.contains(root.getProcessDefinitionKey())) {
      return new AfterStep(false, null, null, null);
    }
    String caseReference = root.getBusinessKey();
    String firstName = variable(root.getId(), "childFirstName");
    String outcomeVariable = variable(root.getId(), CourseVariables.OUTCOME);
    String outcome = outcomeVariable == null ? null : OUTCOMES.get(outcomeVariable);
    String message = "Forløpet i sak " + caseReference + (firstName == null ? "" : " (" + firstName + ")")
        + " er avsluttet" + (outcome == null ? "" : " " + outcome) + ". Det har ingen flere steg.";
    return new AfterStep(true, caseReference, firstName, message);
  }

  private String variable(String processInstanceId, String name) {
    HistoricVariableInstance variable = asApplication.call(() -> historyService
        .createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).variableName(name)
        .disableBinaryFetching().list()).stream().findFirst().orElse(null);
    return variable == null || variable.getValue() == null ? null : variable.getValue().toString();
  }
}
