package no.grunnmodell.course;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs after the process tests (failsafe, in {@code mvn verify}): reads the coverage reports they left under
 * target/process-test-coverage and fails if any flow node or sequence flow of a course diagram was never run.
 * A check, not a test: its name is outside surefire's patterns, and failsafe (pom.xml) includes it by name.
 */
class ProcessCoverageCheck {

  private static final Path REPORTS = Path.of("target", "process-test-coverage");

  @ParameterizedTest(name = "{0} is fully covered")
  @ValueSource(strings = {"family-course.bpmn", "startup-phase.bpmn", "specialised-referral.bpmn",
      "specialised-measure.bpmn", "consent-withdrawal-notice.bpmn", "aftercare-course.bpmn",
      "evaluation-request.bpmn", "course-handover.bpmn", "course-handover-receipt.bpmn"})
  void everyElementOfTheDiagramIsCoveredByAProcessTest(String diagram) throws IOException {
    var model = Bpmn.readModelFromFile(Path.of("processes", diagram).toFile());
    String key = model.getModelElementsByType(Process.class).iterator().next().getId();
    Set<String> elements = new HashSet<>();
    model.getModelElementsByType(FlowNode.class).forEach(n -> elements.add(n.getId()));
    model.getModelElementsByType(SequenceFlow.class).forEach(f -> elements.add(f.getId()));

    Set<String> covered = coveredElements(key);
    elements.removeAll(covered);
    assertThat(elements).as("elements of %s that no process test runs", diagram).isEmpty();
  }

  private static Set<String> coveredElements(String modelKey) throws IOException {
    assertThat(REPORTS).as("coverage reports (run the process tests first)").isDirectory();
    Set<String> covered = new HashSet<>();
    List<Path> reports;
    try (Stream<Path> files = Files.walk(REPORTS)) {
      reports = files.filter(p -> p.getFileName().toString().equals("report.json")).toList();
    }
    ObjectMapper json = new ObjectMapper();
    for (Path report : reports) {
      for (JsonNode suite : json.readTree(report.toFile()).path("suites")) {
        for (JsonNode run : suite.path("runs")) {
          for (JsonNode event : run.path("events")) {
            if (modelKey.equals(event.path("modelKey").asText())) {
              covered.add(event.path("definitionKey").asText());
            }
          }
        }
      }
    }
    return covered;
  }
}
