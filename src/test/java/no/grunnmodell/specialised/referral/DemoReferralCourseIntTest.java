package no.grunnmodell.specialised.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.grunnmodell.course.CourseRegistry;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo course waits at the evaluation, and «Henvis» there proposes MST first. */
class DemoReferralCourseIntTest extends ReferralTestSupport {

  @Autowired CourseRegistry registry;

  @Test
  void theDemoCourseGoesFromTheEvaluationToAnMstProposal() {
    DemoReferralCourse demo = new DemoReferralCourse(registry, runtimeService, taskService);
    demo.seed();
    demo.seed();

    ProcessInstance course = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(DemoReferralCourse.CASE_REFERENCE).tenantIdIn(SERVICE).singleResult();
    assertThat(openTasks(course)).containsExactly("Task_EvaluatePlan");
    evaluate(course, "REFER", Map.of("problemAreas", json("VIOLENCE", "CRIME"), "exclusionCircumstances", json()));

    assertThat(taskService.getVariable(task(course, "Task_PrepareReferral").getId(), "referralMeasure"))
        .isEqualTo("MST");
  }
}
