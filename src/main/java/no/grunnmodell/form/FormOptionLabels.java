package no.grunnmodell.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The labels a form shows for its options («Noe framgang» for SOME_PROGRESS), read from the repository's forms, so
 * a text made from an answer (a course summary, the agencies a consent names) says what the caseworker chose in the
 * caseworker's words, and follows the forms when they change.
 */
@Component
public class FormOptionLabels {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Map<String, JsonNode> forms = new ConcurrentHashMap<>();

  /** The option's label in the form's field with that key, else the value itself. */
  public String label(String formId, String key, String value) {
    if (value == null) {
      return null;
    }
    return options(form(formId).path("components"), key).getOrDefault(value, value);
  }

  /** Whether the form's field with that key takes a list: a checklist, a tag list or a dynamic list's rows. */
  public boolean takesList(String formId, String key) {
    return formId != null && takesList(form(formId).path("components"), key);
  }

  private static boolean takesList(JsonNode components, String key) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (key.equals(component.path("key").asText()) && Set.of("checklist", "taglist").contains(type)
          || "dynamiclist".equals(type) && key.equals(component.path("path").asText())
          || takesList(component.path("components"), key)) {
        return true;
      }
    }
    return false;
  }

  private JsonNode form(String formId) {
    return forms.computeIfAbsent(formId, id -> {
      ClassPathResource resource = new ClassPathResource("forms/" + id + ".form");
      if (!resource.exists()) {
        return JSON.createObjectNode();
      }
      try (InputStream in = resource.getInputStream()) {
        return JSON.readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read forms/" + id + ".form", e);
      }
    });
  }

  private static Map<String, String> options(JsonNode components, String key) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (JsonNode component : components) {
      if (key.equals(component.path("key").asText()) && component.path("values").isArray()) {
        component.path("values").forEach(o -> labels.put(o.path("value").asText(), o.path("label").asText()));
        return labels;
      }
      Map<String, String> nested = options(component.path("components"), key);
      if (!nested.isEmpty()) {
        return nested;
      }
    }
    return labels;
  }
}
