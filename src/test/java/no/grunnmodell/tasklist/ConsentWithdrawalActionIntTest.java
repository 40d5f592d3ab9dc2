package no.grunnmodell.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.grunnmodell.course.CourseTestSupport;
import no.grunnmodell.platform.Refusal;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * «Meld trukket samtykke» in the Tasklist, on the server: what it shows before anything stops, who may use it, and
 * the Norwegian refusals; and what every step carries about its case and its people.
 */
class ConsentWithdrawalActionIntTest extends CourseTestSupport {

  @Autowired ConsentWithdrawalAction action;
  @Autowired CourseClosure closure;
  @Autowired IdentityService identityService;

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
  }

  @Test
  void aKontaktpersonSeesWhatStopsThenStopsTheCourse() {
    ProcessInstance course = course("Ida");
    asKontaktperson();

    ConsentWithdrawalAction.Preview preview = action.preview(course.getBusinessKey());
    assertThat(preview.caseReference()).isEqualTo(course.getBusinessKey());
    assertThat(preview.childFirstName()).isEqualTo("Ida");
    assertThat(preview.course()).isEqualTo("Hjelpetiltaksforløp – familier med barn 4–12 år");
    assertThat(preview.phase()).isEqualTo("Oppstartsfase");
    assertThat(preview.kontaktperson()).isEqualTo("Kontaktperson Lørenskog barnevernstjeneste");
    assertThat(preview.openSteps()).extracting(ConsentWithdrawalAction.Step::name)
        .containsExactlyInAnyOrder("Gjennomfør økologisk kartlegging", "Samtale: «Hva er viktig for deg?»");
    assertThat(openTasks(course)).contains("Task_EcologicalMapping"); // looking stops nothing

    assertThat(action.withdraw(course.getBusinessKey()).message()).startsWith("Forløpet i sak "
        + course.getBusinessKey() + " er stanset.");
    assertThat(openTasks(course)).containsExactly("Task_RecordConsentWithdrawal");

    // a second report, and a report after the course ended, say so in Norwegian
    assertThatThrownBy(() -> action.preview(course.getBusinessKey())).isInstanceOfSatisfying(Refusal.class,
        r -> assertThat(r.status()).isEqualTo(409));
    identityService.clearAuthentication();
    Task record = task(course, "Task_RecordConsentWithdrawal");
    taskService.claim(record.getId(), KONTAKTPERSON);
    taskService.complete(record.getId(), Map.of("withdrawalDate", today().toString(),
        "withdrawnBy", org.camunda.spin.Spin.JSON("[\"mor\"]"), "withdrawalNote", "Ny vurdering."));
    asKontaktperson();
    assertThatThrownBy(() -> action.withdraw(course.getBusinessKey())).isInstanceOfSatisfying(Refusal.class,
        r -> {
          assertThat(r.status()).isEqualTo(409);
          assertThat(r.norwegian()).contains("er allerede avsluttet");
        });
    CourseClosure.AfterStep after = closure.afterStep(record.getId());
    assertThat(after.closed()).isTrue();
    assertThat(after.message()).isEqualTo("Forløpet i sak " + course.getBusinessKey()
        + " (Ida) er avsluttet fordi samtykket er trukket. Det har ingen flere steg.");
  }

  @Test
  void unknownCaseNumbersAndOtherRolesAreRefusedInNorwegian() {
    ProcessInstance course = course("Emil");
    asKontaktperson();
    assertThatThrownBy(() -> action.preview("FINNES-IKKE")).isInstanceOfSatisfying(Refusal.class, r -> {
      assertThat(r.status()).isEqualTo(404);
      assertThat(r.norwegian()).isEqualTo("Fant ikke noe forløp med saksnummer FINNES-IKKE i din tjeneste. "
          + "Sjekk saksnummeret.");
    });
    assertThatThrownBy(() -> action.preview("  ")).isInstanceOfSatisfying(Refusal.class,
        r -> assertThat(r.status()).isEqualTo(400));
    // another service's kontaktperson does not find the case
    identityService.setAuthentication("grorud-kontaktperson", List.of("kontaktperson-grorud"), List.of("grorud"));
    assertThatThrownBy(() -> action.preview(course.getBusinessKey())).isInstanceOfSatisfying(Refusal.class,
        r -> assertThat(r.status()).isEqualTo(404));
    // a tiltaksarbeider may not stop a course
    identityService.setAuthentication("lorenskog-tiltaksarbeider", List.of("tiltaksarbeider-lorenskog"),
        List.of("lorenskog"));
    assertThat(action.allowed()).isFalse();
    assertThatThrownBy(() -> action.withdraw(course.getBusinessKey())).isInstanceOfSatisfying(Refusal.class,
        r -> assertThat(r.status()).isEqualTo(403));
    identityService.clearAuthentication();
    assertThat(openTasks(course)).contains("Task_EcologicalMapping");
  }

  @Test
  void everyStepCarriesItsCaseNumberFirstNameAndTheKontaktpersonsName() {
    ProcessInstance course = course("Nora");
    Task mapping = task(course, "Task_EcologicalMapping"); // in the start-up phase, a called process
    assertThat(taskService.getVariablesLocal(mapping.getId()))
        .containsEntry(TaskLabels.TASK_CASE_REFERENCE, course.getBusinessKey())
        .containsEntry(TaskLabels.TASK_CHILD_FIRST_NAME, "Nora")
        .containsEntry(TaskLabels.KONTAKTPERSON_NAME, "Kontaktperson Lørenskog barnevernstjeneste");
  }

  private ProcessInstance course(String firstName) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("serviceId", SERVICE);
    vars.put("caseReference", newCaseReference());
    vars.put("childFirstName", firstName);
    vars.put("kontaktperson", KONTAKTPERSON);
    vars.put("birthDate", today().minusYears(8).minusMonths(2).toString());
    vars.put("decisionDate", today().minusDays(1).toString());
    ProcessInstance course = runtimeService.startProcessInstanceByKey("FamilyCourse", vars);
    registerIntake(course);
    answerConsent(course, true);
    return course;
  }

  private void asKontaktperson() {
    identityService.setAuthentication(KONTAKTPERSON, List.of("kontaktperson-lorenskog"), List.of("lorenskog"));
  }
}
