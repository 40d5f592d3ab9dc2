package no.grunnmodell.specialised.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import no.grunnmodell.specialised.catalogue.ExclusionCircumstance;
import no.grunnmodell.specialised.catalogue.ProblemArea;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The forms' checklists offer exactly the problem areas and exclusions the matching and the catalogue know. */
class ProblemAreaFormsTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"evaluering.form", "henvisning.form"})
  void theChecklistsMatchTheVocabulary(String form) throws IOException {
    JsonNode schema = new ObjectMapper().readTree(Path.of("forms", form).toFile());
    Map<String, String> problemAreas = new LinkedHashMap<>();
    for (ProblemArea a : ProblemArea.values()) {
      problemAreas.put(a.name(), capitalised(a.label()));
    }
    Map<String, String> exclusions = new LinkedHashMap<>();
    for (ExclusionCircumstance e : ExclusionCircumstance.values()) {
      exclusions.put(e.name(), capitalised(e.label()));
    }
    assertThat(checklist(schema, CourseFacts.PROBLEM_AREAS)).isEqualTo(problemAreas);
    assertThat(checklist(schema, CourseFacts.EXCLUSIONS)).isEqualTo(exclusions);
  }

  private static Map<String, String> checklist(JsonNode schema, String key) {
    Map<String, String> values = new LinkedHashMap<>();
    for (JsonNode c : schema.path("components")) {
      if (key.equals(c.path("key").asText())) {
        c.path("values").forEach(v -> values.put(v.path("value").asText(), v.path("label").asText()));
      }
    }
    return values;
  }

  private static String capitalised(String label) {
    return Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }
}
