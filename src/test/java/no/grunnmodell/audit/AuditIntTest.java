package no.grunnmodell.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.grunnmodell.course.CourseTestSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who decided what, and who changed a course outside its forms: the aftercare course's consents are recorded like
 * the family course's, and what the break-glass administrator does to a course is recorded with who and when.
 */
class AuditIntTest extends CourseTestSupport {

  @Autowired AuditTrail auditTrail;
  @Autowired IdentityService identityService;

  @AfterEach
  void logout() {
    identityService.clearAuthentication();
  }

  @Test
  void theYoungPersonsConsentTheirConsentToSharingAndTheirWithdrawalAreRecorded() {
    ProcessInstance course = runtimeService.startProcessInstanceByKey("AftercareCourse", Map.of(
        "serviceId", SERVICE, "caseReference", newCaseReference(), "kontaktperson", KONTAKTPERSON,
        "birthDate", today().minusYears(19).toString(), "decisionDate", today().toString(),
        "aftercareSituation", "IN_MEASURE"));
    String courseId = (String) runtimeService.getVariable(course.getId(), "courseId");
    signedIn(KONTAKTPERSON, "kontaktperson-" + SERVICE, () -> complete(course, "Task_AftercareConversation", Map.of(
        "conversationDate", today().toString(), "youngPersonInformed", true, "youngPersonWishes", "Egen bolig",
        "consentDecision", "GIVEN", "consentForm", "WRITTEN")));
    runtimeService.createMessageCorrelation("ConsentWithdrawn").processInstanceId(course.getId()).correlate();
    signedIn(KONTAKTPERSON, "kontaktperson-" + SERVICE, () -> complete(course, "Task_RecordConsentWithdrawal", Map.of(
        "withdrawalDate", today().toString(), "withdrawalNote", "Vil klare seg selv", "toldAboutComingBack", true)));

    assertThat(auditTrail.forCourse(courseId))
        .extracting(AuditTrail.Entry::eventType, AuditTrail.Entry::decision, AuditTrail.Entry::actor)
        .containsExactly(tuple("CONSENT", "GIVEN", KONTAKTPERSON), tuple("CONSENT_WITHDRAWN", null, KONTAKTPERSON));
  }

  @Test
  void whatTheAdministratorDoesToACourseOutsideItsFormsIsRecordedWithWhoAndWhen() {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 8);
    String courseId = (String) runtimeService.getVariable(course.getId(), "courseId");

    signedIn("admin", "camunda-admin", () -> {
      runtimeService.setVariable(course.getId(), "kontaktperson", "lorenskog-kontaktperson");
      runtimeService.suspendProcessInstanceById(course.getId());
      runtimeService.activateProcessInstanceById(course.getId());
      runtimeService.createProcessInstanceModification(course.getId()).startBeforeActivity("Task_ObtainConsent")
          .execute();
      runtimeService.deleteProcessInstance(course.getId(), "Registrert ved en feil");
    });

    List<AuditTrail.Entry> trail = auditTrail.forCourse(courseId);
    assertThat(trail).extracting(AuditTrail.Entry::eventType).containsOnly(OperationAudit.EVENT_TYPE);
    assertThat(trail).extracting(AuditTrail.Entry::decision)
        .contains("SetVariable", "Suspend", "Activate", "ModifyProcessInstance", "Delete");
    assertThat(trail).allSatisfy(e -> {
      assertThat(e.actor()).isEqualTo("admin");
      assertThat(e.occurredAt()).isNotNull();
      assertThat(e.serviceId()).isEqualTo(SERVICE);
    });
  }

  @Test
  void stepsWorkedThroughTheirFormsAreNotCopiedAsOperations() {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 8);
    String courseId = (String) runtimeService.getVariable(course.getId(), "courseId");
    Map<String, Object> intake = new HashMap<>(Map.of("firstContactDate", today().toString(),
        "dailyCare", "MOTHER", "interpreterNeeded", false, "adaptationNeeded", false));

    signedIn(KONTAKTPERSON, "kontaktperson-" + SERVICE, () -> complete(course, "Task_RegisterIntake", intake));

    assertThat(auditTrail.forCourse(courseId)).isEmpty();
  }

}
