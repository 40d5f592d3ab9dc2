package no.grunnmodell.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import no.grunnmodell.course.CourseTestSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/**
 * Who can consent follows the child's age: a 7-year-old is never offered as one who consented or withdrew, while a
 * child of 15 or older is asked about, and must answer for, their own consent.
 */
class ConsentPartiesProcessIntTest extends CourseTestSupport {

  @Test
  void aYoungChildIsNotAskedForTheirOwnConsent() {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 7);
    registerIntake(course);
    String taskId = task(course, "Task_ObtainConsent").getId();
    assertThat(taskService.getVariableLocal(taskId, "childAge")).isEqualTo(7);

    Map<String, Object> withChild = consent(true);
    withChild.put("childConsent", "GIVEN");
    assertThatThrownBy(() -> taskService.complete(taskId, withChild))
        .hasMessageContaining("«Har barnet samtykket selv?» skal ikke fylles ut med de svarene som er gitt.");
    Map<String, Object> childAmongTheParents = consent(true);
    childAmongTheParents.put("consentGivenBy", Spin.JSON("[\"mor\",\"barnet\"]"));
    assertThatThrownBy(() -> taskService.complete(taskId, childAmongTheParents))
        .hasMessageContaining("«Hvem har samtykket?» har et svar skjemaet ikke tilbyr.");

    answerConsent(course, true);
    assertThat(openTasks(course)).contains("Task_EcologicalMapping");
  }

  @Test
  void aChildOfFifteenMustBeAskedAboutTheirOwnConsent() {
    ProcessInstance course = startedAsAnExceptionAt(15);
    registerIntake(course);
    String taskId = task(course, "Task_ObtainConsent").getId();
    assertThat(taskService.getVariableLocal(taskId, "childAge")).isEqualTo(15);

    assertThatThrownBy(() -> taskService.complete(taskId, consent(true)))
        .hasMessageContaining("«Har barnet samtykket selv?» må fylles ut.");
    Map<String, Object> values = consent(true);
    values.put("childConsent", "GIVEN");
    complete(course, "Task_ObtainConsent", values);

    assertThat(variable(course, "childConsent")).isEqualTo("GIVEN");
  }

  @Test
  void onlyAChildOfFifteenOrOlderCanHaveWithdrawnTheConsentThemselves() {
    ProcessInstance young = withdrawn(startFamilyCourse(newCaseReference(), 7));
    assertThat(Spin.JSON(taskService.getVariableLocal(task(young, "Task_RecordConsentWithdrawal").getId(),
        "consentPartyOptions")).elements()).extracting(o -> o.prop("value").stringValue())
        .containsExactly("mor", "far", "omsorgsperson");
    String youngTask = task(young, "Task_RecordConsentWithdrawal").getId();
    assertThatThrownBy(() -> taskService.complete(youngTask, withdrawal("barnet")))
        .hasMessageContaining("«Hvem trakk samtykket?» har et svar skjemaet ikke tilbyr.");

    ProcessInstance older = withdrawn(startedAsAnExceptionAt(16));
    complete(older, "Task_RecordConsentWithdrawal", withdrawal("barnet"));
    assertThat(older.getId()).satisfies(id -> assertThat(historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(id).singleResult().getEndTime()).isNotNull());
  }

  private ProcessInstance startedAsAnExceptionAt(int age) {
    ProcessInstance course = startFamilyCourse(newCaseReference(), age);
    complete(course, "Task_ReviewOutsideTargetGroup", Map.of("exceptionDecision", "START",
        "exceptionReason", "Søsken i forløpet"));
    return course;
  }

  private ProcessInstance withdrawn(ProcessInstance course) {
    runtimeService.createMessageCorrelation("ConsentWithdrawn").processInstanceId(course.getId()).correlate();
    return course;
  }

  private static Map<String, Object> withdrawal(String who) {
    Map<String, Object> values = new HashMap<>();
    values.put("withdrawalDate", today().toString());
    values.put("withdrawnBy", Spin.JSON("[\"" + who + "\"]"));
    values.put("withdrawalNote", "Ny vurdering i tjenesten");
    return values;
  }
}
