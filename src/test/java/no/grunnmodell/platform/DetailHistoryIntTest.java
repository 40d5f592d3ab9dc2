package no.grunnmodell.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.grunnmodell.course.CourseTestSupport;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * The variable history keeps what was entered, where it was entered, and not the copies a course and its start-up
 * phase hand each other ({@link DetailHistory}).
 */
class DetailHistoryIntTest extends CourseTestSupport {

  @Test
  void whatAPhaseIsHandedAndGivesBackIsNotCopiedIntoTheDetailHistory() {
    ProcessInstance course = planAgreed("veiledning");
    String phase = historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(course.getId())
        .processDefinitionKey("StartupPhase").singleResult().getId();

    // The plan's goals: entered once, in the phase's step, and kept there.
    List<HistoricDetail> goalsInPhase = details(phase, "goals");
    assertThat(goalsInPhase).hasSize(1);
    assertThat(goalsInPhase.get(0).getActivityInstanceId()).startsWith("Task_AgreeMeasurePlan:");
    // Back in the course they are the course's variable, without a second detail row for the copy.
    assertThat(details(course.getId(), "goals")).isEmpty();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(course.getId())
        .variableName("goals").list()).extracting(HistoricVariableInstance::getValue).singleElement()
        .hasToString(historyService.createHistoricVariableInstanceQuery().processInstanceId(phase)
            .variableName("goals").singleResult().getValue().toString());

    // The case reference: entered when the course started, and not again when handed to the phase.
    assertThat(details(course.getId(), "caseReference")).isNotEmpty();
    assertThat(details(phase, "caseReference")).isEmpty();
  }

  private List<HistoricDetail> details(String processInstanceId, String name) {
    return historyService.createHistoricDetailQuery().processInstanceId(processInstanceId).variableUpdates()
        .variableNameLike(name).list();
  }
}
