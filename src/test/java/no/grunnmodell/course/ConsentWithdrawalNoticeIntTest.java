package no.grunnmodell.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import no.grunnmodell.security.TenantIsolation;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** «Meld fra om trukket samtykke»: a kontaktperson stops a course from the Tasklist. */
class ConsentWithdrawalNoticeIntTest extends CourseTestSupport {

  @Autowired IdentityService identityService;

  @AfterEach
  void logout() {
    identityService.clearAuthentication();
  }

  @Test
  void theKontaktpersonStopsTheCourseOfTheCaseAndGetsTheWithdrawalStep() {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 9);
    registerIntake(course);

    asLorenskogKontaktperson();
    ProcessInstance notice = runtimeService.startProcessInstanceByKey("ConsentWithdrawalNotice",
        Map.of("caseReference", course.getBusinessKey()));

    assertThat(notice.getTenantId()).isEqualTo(SERVICE);
    assertThat(openTasks(course)).containsExactly("Task_RecordConsentWithdrawal");
    assertThat(variable(course, "phase")).isEqualTo("CONSENT_WITHDRAWN");
  }

  @Test
  void anUnknownCaseOrAnotherServicesCaseIsNotFound() {
    ProcessInstance grorud = TenantIsolation.startCourse(runtimeService, "grorud", newCaseReference());
    asLorenskogKontaktperson();

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("ConsentWithdrawalNotice",
        Map.of("caseReference", "FINNES-IKKE"))).hasMessageContaining("Fant ikke noe forløp");
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("ConsentWithdrawalNotice",
        Map.of("caseReference", grorud.getBusinessKey()))).hasMessageContaining("Fant ikke noe forløp");
  }

  @Test
  void aCourseAlreadyStoppedCannotBeStoppedTwice() {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 9);
    asLorenskogKontaktperson();
    runtimeService.startProcessInstanceByKey("ConsentWithdrawalNotice", Map.of("caseReference", course.getBusinessKey()));

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("ConsentWithdrawalNotice",
        Map.of("caseReference", course.getBusinessKey()))).hasMessageContaining("allerede");
  }

  private void asLorenskogKontaktperson() {
    identityService.setAuthentication(KONTAKTPERSON, List.of("kontaktperson-" + SERVICE), List.of(SERVICE));
  }
}
