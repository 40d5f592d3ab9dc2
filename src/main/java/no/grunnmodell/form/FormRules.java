package no.grunnmodell.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a Camunda Form must be to be deployed here. PLACEHOLDER: only checks that the file is a JSON form with an id;
 * the full rules (component types, keys, conditions the server can evaluate) replace this.
 */
public final class FormRules {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormRules() {
  }

  /** The problems of one form file, in English, each naming the file; empty when it may be deployed. */
  public static List<String> problems(String resourceName, byte[] json) {
    List<String> problems = new ArrayList<>();
    try {
      JsonNode form = JSON.readTree(json);
      if (form == null || !form.path("id").isTextual()) {
        problems.add(resourceName + ": a Camunda Form needs an \"id\".");
      }
    } catch (IOException e) {
      problems.add(resourceName + ": not valid JSON (" + e.getMessage() + ").");
    }
    return problems;
  }
}
