package no.grunnmodell.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.Map;
import no.grunnmodell.audit.AuditTrail;
import no.grunnmodell.course.CourseRegistry;
import no.grunnmodell.platform.Days;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A family that moves, told as stories: the closure hands the course over and the course waits for how it ends; to
 * a service that uses Grunnmodell, whose leder takes the course over or declines it; to a municipality outside the
 * system, where the kontaktperson sends the summary; and without the family's consent, when nothing is sent. A young
 * person in aftercare who moves is in AftercareCourseProcessIntTest.
 */
class CourseHandoverProcessIntTest extends HandoverTestSupport {

  @Autowired CourseRegistry courses;

  @Test
  void theClosureOffersEveryOtherServiceAndAMunicipalityOutsideTheSystem() {
    ProcessInstance course = courseAtClosure();
    Object options = taskService.getVariableLocal(task(course, "Task_CloseCourse").getId(), "handoverServiceOptions");

    assertThat(Spin.JSON(options).elements()).extracting(o -> o.prop("value").stringValue())
        .contains("grorud", "narvik", "OUTSIDE").doesNotContain(SERVICE);
    assertThat(Spin.JSON(options).elements()).extracting(o -> o.prop("label").stringValue())
        .contains("Barnevernstjenesten i bydel Grorud", "En kommune som ikke bruker Grunnmodell");
  }

  @Test
  void theClosureOfAFamilyThatMovedAsksForTheirConsentAndWhereTheyLiveNow() {
    ProcessInstance course = courseAtClosure();
    String taskId = task(course, "Task_CloseCourse").getId();
    Map<String, Object> noAnswer = movedTo(RECEIVING, null, true);
    noAnswer.remove("handoverConsent");
    noAnswer.remove("handoverServiceId");
    assertThatThrownBy(() -> taskService.complete(taskId, noAnswer)).hasMessageContaining("«Samtykker familien til at"
        + " en oppsummering av forløpet sendes til barnevernstjenesten der de bor nå?» må fylles ut.");
    assertThatThrownBy(() -> taskService.complete(taskId, movedTo(SERVICE, null, true)))
        .hasMessageContaining("«Hvilken barnevernstjeneste hører familien til nå?» har et svar skjemaet ikke tilbyr.");
    assertThatThrownBy(() -> taskService.complete(taskId, movedTo("OUTSIDE", null, true)))
        .hasMessageContaining("«Hvilken kommune har familien flyttet til?» må fylles ut.");
    Map<String, Object> goalsMet = movedTo(RECEIVING, null, true);
    goalsMet.put("closureReason", "GOALS_MET");
    assertThatThrownBy(() -> taskService.complete(taskId, goalsMet))
        .hasMessageContaining("skal ikke fylles ut med de svarene som er gitt");

    taskService.complete(taskId, movedTo("OUTSIDE", "Bodø", true));
    assertThat(variable(course, "handoverMunicipality")).isEqualTo("Bodø");
  }

  @Test
  void aServiceInTheSystemTakesTheCourseOverAndANewCourseStartsThereLinkedToTheOldOne() {
    ProcessInstance course = courseAtClosure();
    String oldCourseId = courseId(course);
    ProcessInstance handover = closeAndHandOver(course, movedTo(RECEIVING, null, true));

    assertThat(handover).isWaitingAt("Event_HandoverAnswered");
    Task receipt = receipt(handover);
    assertThat(receipt.getTenantId()).isEqualTo(RECEIVING);
    assertThat(receipt.getName()).isEqualTo("Ta imot forløp fra Lørenskog barnevernstjeneste");
    assertThat(taskService.getIdentityLinksForTask(receipt.getId())).extracting(l -> l.getGroupId())
        .containsExactly("leder-" + RECEIVING);
    assertThat(Spin.JSON(taskService.getVariableLocal(receipt.getId(), "kontaktpersonOptions")).elements())
        .extracting(o -> o.prop("value").stringValue()).contains(RECEIVING_KONTAKTPERSON)
        .doesNotContain(KONTAKTPERSON);
    Map<String, Object> received = taskService.getVariables(receipt.getId());
    assertThat((String) received.get("handoverSummary"))
        .startsWith("**Barnet:** Sofie, født " + Days.text(today().minusYears(8).minusMonths(2)))
        .contains("#### Tiltaksplanen\n- Faste leggetider\n")
        .contains("**Tiltak:** Veiledning (familieveiledning)")
        .contains(Days.text(today()) + ": Avslutt forløpet. Faste leggetider: noe framgang.")
        .contains(Days.text(today()) + ": Samtykke til hjelpetiltakene: gitt")
        .contains("Samtykke til å sende denne oppsummeringen til ny barnevernstjeneste: gitt")
        .doesNotContain(course.getBusinessKey()).doesNotContain("Vil ha mindre krangling");
    assertThat(received).doesNotContainKeys("caseReference", "kontaktperson", "childView", "analysisSummary");

    String receivingCase = newCaseReference();
    answerAsReceivingLeder(receipt, accept(receivingCase));

    CourseRegistry.CourseRecord taken = courses.find(RECEIVING, receivingCase).orElseThrow();
    ProcessInstance newCourse = runtimeService.createProcessInstanceQuery()
        .processInstanceId(taken.processInstanceId()).singleResult();
    assertThat(newCourse.getTenantId()).isEqualTo(RECEIVING);
    assertThat(newCourse).isWaitingAt("Task_RegisterIntake");
    assertThat(runtimeService.getVariables(newCourse.getId())).containsEntry("previousCourseId", oldCourseId)
        .containsEntry("kontaktperson", RECEIVING_KONTAKTPERSON).containsEntry("startedBy", RECEIVING_LEDER)
        .containsEntry("childFirstName", "Sofie").containsEntry("handoverFromServiceName",
            "Lørenskog barnevernstjeneste");
    assertThat((String) runtimeService.getVariable(newCourse.getId(), "handoverSummary"))
        .contains("Faste leggetider");
    assertThat(courses.linkOf(taken.id())).contains(CourseRegistry.Link.HANDOVER);
    assertThat(jdbc.queryForObject("select previous_course_id from gm_course where id = ?", String.class,
        taken.id())).isEqualTo(oldCourseId);

    assertThat(handover).isEnded().hasPassed("EndEvent_HandoverAccepted");
    assertThat(variable(handover, "handoverOutcome")).isEqualTo("ACCEPTED");
    // The course waited for the answer, and ends with it.
    assertThat(course).isEnded().hasPassed("CallActivity_CourseHandover", "EndEvent_CourseClosed");
    assertThat(variable(course, "handoverOutcome")).isEqualTo("ACCEPTED");
    assertThat(variable(course, "outcome")).isEqualTo("CLOSED");
    Handover row = handovers.latestOf(oldCourseId).orElseThrow();
    assertThat(row.status()).isEqualTo(HandoverStatus.ACCEPTED);
    assertThat(row.newCourseId()).isEqualTo(taken.id());
    assertThat(row.decidedBy()).isEqualTo(RECEIVING_LEDER);
    assertThat(auditTrail.forCourse(oldCourseId)).filteredOn(e -> e.eventType().startsWith("HANDOVER"))
        .extracting(AuditTrail.Entry::eventType, AuditTrail.Entry::decision, AuditTrail.Entry::actor,
            AuditTrail.Entry::serviceId)
        .containsExactlyInAnyOrder(tuple("HANDOVER_CONSENT", "GIVEN", KONTAKTPERSON, SERVICE),
            tuple("HANDOVER_SENT", RECEIVING, KONTAKTPERSON, SERVICE),
            tuple("HANDOVER_ACCEPTED", RECEIVING, RECEIVING_LEDER, RECEIVING));
  }

  @Test
  void aDeclineIsSeenByTheSendingServiceWhoseKontaktpersonThenSendsTheSummary() {
    ProcessInstance course = courseAtClosure();
    String oldCourseId = courseId(course);
    ProcessInstance handover = closeAndHandOver(course, movedTo(RECEIVING, null, true));
    Task receipt = receipt(handover);

    assertThatThrownBy(() -> answerAsReceivingLeder(receipt, Map.of("handoverDecision", "DECLINE")))
        .hasMessageContaining("«Hvorfor tar dere ikke imot forløpet?» må fylles ut.");
    answerAsReceivingLeder(receipt, Map.of("handoverDecision", "DECLINE",
        "handoverDeclineReason", "Familien er ikke folkeregistrert i bydelen"));

    assertThat(handover).isWaitingAt("Task_SendSummary");
    Task summary = handoverTask(handover, "Task_SendSummary");
    assertThat(summary.getAssignee()).isEqualTo(KONTAKTPERSON);
    assertThat(summary.getTenantId()).isEqualTo(SERVICE);
    assertThat(taskService.getVariable(summary.getId(), "handoverDeclineReason"))
        .isEqualTo("Familien er ikke folkeregistrert i bydelen");
    assertThat(handovers.latestOf(oldCourseId).orElseThrow().status()).isEqualTo(HandoverStatus.DECLINED);
    assertThat(auditTrail.forCourse(oldCourseId)).extracting(AuditTrail.Entry::eventType, AuditTrail.Entry::actor)
        .contains(tuple("HANDOVER_DECLINED", RECEIVING_LEDER));
    assertThat(handovers.latestOf(oldCourseId).orElseThrow().newCourseId()).isNull();

    signedIn(KONTAKTPERSON, "kontaktperson-" + SERVICE, SERVICE, () -> taskService.complete(summary.getId(), Map.of(
        "summarySent", "SENT", "summarySentOn", today().toString(), "summarySentHow", "DIGITAL",
        "summarySentTo", "Bydel Stovner")));

    assertThat(handover).isEnded().hasPassed("EndEvent_SummarySent");
    assertThat(course).isEnded().hasPassed("EndEvent_CourseClosed");
    assertThat(variable(course, "handoverOutcome")).isEqualTo("SUMMARY_SENT");
    Handover row = handovers.latestOf(oldCourseId).orElseThrow();
    assertThat(row.status()).isEqualTo(HandoverStatus.SUMMARY_SENT);
    assertThat(row.answer()).isEqualTo(HandoverStatus.DECLINED);
    assertThat(row.summaryChannel()).isEqualTo("DIGITAL");
  }

  @Test
  void aMunicipalityOutsideTheSystemGetsTheSummaryFromTheKontaktperson() {
    ProcessInstance course = courseAtClosure();
    String oldCourseId = courseId(course);
    ProcessInstance handover = closeAndHandOver(course, movedTo("OUTSIDE", "Bodø", true));

    assertThat(handover).isWaitingAt("Task_SendSummary");
    Task summary = handoverTask(handover, "Task_SendSummary");
    assertThat(taskService.getVariable(summary.getId(), "handoverDestinationName")).isEqualTo("Bodø");
    assertThat((String) taskService.getVariable(summary.getId(), "handoverSummary")).contains("Faste leggetider");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("CourseHandoverReceipt")
        .variableValueEquals("previousCourseId", oldCourseId).count()).isZero();
    assertThatThrownBy(() -> taskService.complete(summary.getId(), Map.of("summarySent", "SENT",
        "summarySentOn", today().plusDays(1).toString(), "summarySentHow", "LETTER")))
        .hasMessageContaining("kan ikke være fram i tid");

    signedIn(KONTAKTPERSON, "kontaktperson-" + SERVICE, SERVICE, () -> taskService.complete(summary.getId(), Map.of(
        "summarySent", "SENT", "summarySentOn", today().toString(), "summarySentHow", "LETTER")));

    assertThat(handover).isEnded().hasPassed("EndEvent_SummarySent");
    Handover row = handovers.latestOf(oldCourseId).orElseThrow();
    assertThat(row.toServiceId()).isNull();
    assertThat(row.toMunicipality()).isEqualTo("Bodø");
    assertThat(row.summarySentOn()).isEqualTo(today());
    assertThat(auditTrail.forCourse(oldCourseId)).extracting(AuditTrail.Entry::eventType, AuditTrail.Entry::decision,
        AuditTrail.Entry::actor).contains(tuple("HANDOVER_SUMMARY", "SENT", KONTAKTPERSON));
  }

  @Test
  void theKontaktpersonMayDecideNotToSendTheSummaryWithAReason() {
    ProcessInstance handover = closeAndHandOver(courseAtClosure(), movedTo("OUTSIDE", "Bodø", true));
    Task summary = handoverTask(handover, "Task_SendSummary");
    assertThatThrownBy(() -> taskService.complete(summary.getId(), Map.of("summarySent", "NOT_SENT")))
        .hasMessageContaining("«Hvorfor sendes den ikke?» må fylles ut.");

    complete(summary, Map.of("summarySent", "NOT_SENT", "summaryNotSentReason", "Familien har flyttet igjen"));

    assertThat(handover).isEnded().hasPassed("EndEvent_SummaryNotSent");
    assertThat(variable(handover, "handoverOutcome")).isEqualTo("SUMMARY_NOT_SENT");
  }

  @Test
  void withoutTheFamilysConsentNothingIsSent() {
    ProcessInstance course = courseAtClosure();
    String oldCourseId = courseId(course);
    complete(task(course, "Task_CloseCourse"), movedTo(null, null, false));

    HistoricProcessInstance handover = endedHandover(course);
    assertThat(handover.getEndActivityId()).isEqualTo("EndEvent_NoConsent");
    assertThat(course).isEnded().hasPassed("CallActivity_CourseHandover", "EndEvent_CourseClosed");
    assertThat(variable(course, "handoverOutcome")).isEqualTo("NO_CONSENT");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(handover.getId())
        .variableName("handoverSummary").count()).isZero();
    assertThat(handovers.latestOf(oldCourseId).orElseThrow().status()).isEqualTo(HandoverStatus.NO_CONSENT);
    assertThat(auditTrail.forCourse(oldCourseId)).extracting(AuditTrail.Entry::eventType, AuditTrail.Entry::decision)
        .contains(tuple("HANDOVER_CONSENT", "REFUSED"));
  }

  @Test
  void theReceivingLederCannotTakeTheCourseOverUnderACaseNumberWithARunningCourse() {
    String runningCase = newCaseReference();
    ProcessInstance running = runtimeService.startProcessInstanceByKey("FamilyCourse", Map.of("serviceId", RECEIVING,
        "caseReference", runningCase, "kontaktperson", RECEIVING_KONTAKTPERSON,
        "birthDate", today().minusYears(6).toString(), "decisionDate", today().toString()));
    ProcessInstance handover = closeAndHandOver(courseAtClosure(), movedTo(RECEIVING, null, true));
    Task receipt = receipt(handover);

    assertThatThrownBy(() -> answerAsReceivingLeder(receipt, accept(runningCase)))
        .hasMessageContaining("Saksnummeret har allerede et forløp som pågår i Barnevernstjenesten i bydel Grorud.");
    assertThatThrownBy(() -> answerAsReceivingLeder(receipt, Map.of("handoverDecision", "ACCEPT",
        "caseReference", "GR-OTHER", "kontaktperson", KONTAKTPERSON, "decisionDate", today().toString())))
        .hasMessageContaining("har et svar skjemaet ikke tilbyr");
    assertThat(taskService.createTaskQuery().taskId(receipt.getId()).count()).isOne();
    assertThat(handover).isWaitingAt("Event_HandoverAnswered");
    assertThat(running).isNotEnded();
  }

  @Test
  void onlyTheReceivingServicesLederMayAnswer() {
    ProcessInstance handover = closeAndHandOver(courseAtClosure(), movedTo(RECEIVING, null, true));
    Task receipt = receipt(handover);

    assertThatThrownBy(() -> signedIn("lorenskog-leder", "leder-" + SERVICE, SERVICE,
        () -> taskService.complete(receipt.getId(), accept("GR-X")))).hasMessageContaining("Fant ikke steget");
    assertThatThrownBy(() -> signedIn(RECEIVING_KONTAKTPERSON, "kontaktperson-" + RECEIVING, RECEIVING,
        () -> taskService.complete(receipt.getId(), accept("GR-X")))).hasMessageContaining("Dette steget er ikke ditt");
  }

  @Test
  void aHandoverWithConsentButNoDestinationIsRefused() {
    ProcessInstance course = courseAtClosure();
    Map<String, Object> variables = new HashMap<>(runtimeService.getVariables(course.getId()));
    variables.putAll(Map.of("handoverConsent", "GIVEN", "handoverServiceId", "OUTSIDE"));

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("CourseHandover", variables))
        .hasMessageContaining("Skriv hvilken kommune familien har flyttet til.");
    variables.put("handoverServiceId", SERVICE);
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("CourseHandover", variables))
        .hasMessageContaining("Velg en annen barnevernstjeneste enn deres egen");
  }

  private void complete(Task task, Map<String, Object> values) {
    taskService.complete(task.getId(), values);
  }
}
