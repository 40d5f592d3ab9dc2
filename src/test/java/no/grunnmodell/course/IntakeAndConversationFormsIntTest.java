package no.grunnmodell.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/**
 * The first contact and the conversation with the child, as a kontaktperson fills them in: one answer to who has the
 * daily care, and a child who does not want to talk is recorded as such rather than forced into an answer.
 */
class IntakeAndConversationFormsIntTest extends CourseTestSupport {

  @Test
  void theDailyCareHasOneAnswer() {
    ProcessInstance course = startFamilyCourse(newCaseReference(), 8);
    String taskId = task(course, "Task_RegisterIntake").getId();

    Map<String, Object> both = intake("BOTH_PARENTS");
    both.put("dailyCare", Spin.JSON("[\"MOTHER\",\"BOTH_PARENTS\"]"));
    assertThatThrownBy(() -> taskService.complete(taskId, both))
        .hasMessageContaining("«Hvem har den daglige omsorgen?» har et svar skjemaet ikke tilbyr.");
    assertThatThrownBy(() -> taskService.complete(taskId, intake("OTHER")))
        .hasMessageContaining("«Hvem bor barnet hos?» må fylles ut.");

    Map<String, Object> grandparents = intake("OTHER");
    grandparents.put("dailyCareOther", "Besteforeldre");
    complete(course, "Task_RegisterIntake", grandparents);

    assertThat(variable(course, "dailyCare")).isEqualTo("OTHER");
    assertThat(variable(course, "dailyCareOther")).isEqualTo("Besteforeldre");
  }

  @Test
  void aChildWhoDoesNotWantToTalkNeedsNoAnswerButAReason() {
    ProcessInstance course = consentedCourse(8);
    String taskId = task(course, "Task_WhatMattersConversation").getId();

    assertThatThrownBy(() -> taskService.complete(taskId, Map.of("conversationDate", today().toString(),
        "childDeclined", false))).hasMessageContaining("«Hva er viktig for barnet?» må fylles ut.");
    assertThatThrownBy(() -> taskService.complete(taskId, Map.of("conversationDate", today().toString(),
        "childDeclined", true))).hasMessageContaining("«Hva sa eller viste barnet, og når prøver dere igjen?» må"
        + " fylles ut.");
    assertThatThrownBy(() -> taskService.complete(taskId, Map.of("conversationDate", today().toString(),
        "childDeclined", true, "childDeclinedReason", "Ville ikke", "whatMatters", "Fotball")))
        .hasMessageContaining("«Hva er viktig for barnet?» skal ikke fylles ut");

    complete(course, "Task_WhatMattersConversation", Map.of("conversationDate", today().toString(),
        "childDeclined", true, "childDeclinedReason", "Ville spille fotball i stedet; prøver igjen om to uker"));

    assertThat(openTasks(course)).doesNotContain("Task_WhatMattersConversation");
  }

  private static Map<String, Object> intake(String dailyCare) {
    Map<String, Object> values = new HashMap<>();
    values.put("firstContactDate", today().toString());
    values.put("dailyCare", dailyCare);
    values.put("interpreterNeeded", false);
    values.put("adaptationNeeded", false);
    return values;
  }
}
