package no.grunnmodell.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.grunnmodell.audit.AuditTrail;
import no.grunnmodell.course.CourseTestSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A family in Lørenskog with a plan, an evaluation and consents, closed because they moved; and the handover that
 * the course's closure starts («Overfør forløpet til ny tjeneste», a call activity after «Har familien flyttet?»).
 */
abstract class HandoverTestSupport extends CourseTestSupport {

  static final String RECEIVING = "grorud";
  static final String RECEIVING_LEDER = "grorud-leder";
  static final String RECEIVING_KONTAKTPERSON = "grorud-kontaktperson";

  @Autowired IdentityService identityService;
  @Autowired HandoverRegistry handovers;
  @Autowired AuditTrail auditTrail;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void logout() {
    identityService.clearAuthentication();
  }

  /** An 8-year-old Sofie, evaluated once, at «Gjennomfør avslutningssamtale og avslutt forløpet». */
  ProcessInstance courseAtClosure() {
    Map<String, Object> vars = new HashMap<>();
    vars.put("serviceId", SERVICE);
    vars.put("caseReference", newCaseReference());
    vars.put("kontaktperson", KONTAKTPERSON);
    vars.put("childFirstName", "Sofie");
    vars.put("birthDate", today().minusYears(8).minusMonths(2).toString());
    vars.put("decisionDate", today().minusDays(1).toString());
    ProcessInstance course = runtimeService.startProcessInstanceByKey("FamilyCourse", vars);
    registerIntake(course);
    answerConsent(course, true);
    runStartupPhase(course, "veiledning");
    fireTimer(course, "Timer_EvaluationDue");
    evaluate(course, "CLOSE");
    return course;
  }

  /** The closure form of a family that moved, with what it says about consent and where they went. */
  static Map<String, Object> movedTo(String serviceId, String municipality, boolean consent) {
    Map<String, Object> values = new HashMap<>(Map.of("closureReason", "MOVED",
        "closingConversationDate", today().toString(), "finalEvaluation", "Noe framgang med leggetidene",
        "closingSummary", "Familien flytter", "handoverConsent", consent ? "GIVEN" : "REFUSED"));
    if (consent) {
      values.put("handoverServiceId", serviceId);
      if (municipality != null) {
        values.put("handoverMunicipality", municipality);
      }
    }
    return values;
  }

  /**
   * The kontaktperson closes the course of a family that moved, and the course calls the handover, which waits for
   * the new service or for the kontaktperson (so the course waits too): returns the running handover.
   */
  ProcessInstance closeAndHandOver(ProcessInstance course, Map<String, Object> closure) {
    signedIn(KONTAKTPERSON, "kontaktperson-" + SERVICE, SERVICE,
        () -> complete(course, "Task_CloseCourse", closure));
    ProcessInstance handover = runtimeService.createProcessInstanceQuery().superProcessInstanceId(course.getId())
        .processDefinitionKey("CourseHandover").singleResult();
    assertThat(handover).as("the handover the closure started").isNotNull();
    assertThat(course).isWaitingAt("CallActivity_CourseHandover");
    return handover;
  }

  /** The handover the course called, when it has already ended (nothing to wait for). */
  HistoricProcessInstance endedHandover(ProcessInstance course) {
    HistoricProcessInstance handover = historyService.createHistoricProcessInstanceQuery()
        .superProcessInstanceId(course.getId()).processDefinitionKey("CourseHandover").singleResult();
    assertThat(handover).as("the handover the closure started").isNotNull();
    assertThat(handover.getEndTime()).as("the handover has ended").isNotNull();
    return handover;
  }

  Task receipt(ProcessInstance handover) {
    ProcessInstance receipt = runtimeService.createProcessInstanceQuery().processDefinitionKey("CourseHandoverReceipt")
        .variableValueEquals(HandoverVariables.HANDOVER_ID, runtimeService.getVariable(handover.getId(),
            HandoverVariables.HANDOVER_ID)).singleResult();
    return taskService.createTaskQuery().processInstanceId(receipt.getId()).singleResult();
  }

  void answerAsReceivingLeder(Task receipt, Map<String, Object> answer) {
    signedIn(RECEIVING_LEDER, "leder-" + RECEIVING, RECEIVING, () -> taskService.complete(receipt.getId(), answer));
  }

  static Map<String, Object> accept(String caseReference) {
    return Map.of("handoverDecision", "ACCEPT", "caseReference", caseReference,
        "kontaktperson", RECEIVING_KONTAKTPERSON, "decisionDate", today().toString());
  }

  Task handoverTask(ProcessInstance handover, String key) {
    return taskService.createTaskQuery().processInstanceId(handover.getId()).taskDefinitionKey(key).singleResult();
  }

  String courseId(ProcessInstance course) {
    return (String) historyService.createHistoricVariableInstanceQuery().processInstanceId(course.getId())
        .variableName("courseId").singleResult().getValue();
  }

}
