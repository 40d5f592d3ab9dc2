package no.grunnmodell.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.grunnmodell.form.FormDefinition;
import no.grunnmodell.platform.LatestFormDefinitions;
import no.grunnmodell.platform.LatestFormDefinitions.DeployedForm;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

/**
 * The form a step will show, by its id: the latest deployed version, as {@code camunda:formRefBinding="latest"}
 * (the only binding our diagrams may use) resolves it. A course's step in the new version has no task yet, so its
 * form is found by id ({@link LatestFormDefinitions}), not through a task.
 */
@Component
class LatestForms {

  private final LatestFormDefinitions definitions;
  private final RepositoryService repositoryService;
  /** Parsed forms by form definition id: a deployed version never changes. */
  private final Map<String, FormDefinition> parsed = new ConcurrentHashMap<>();

  LatestForms(LatestFormDefinitions definitions, RepositoryService repositoryService) {
    this.definitions = definitions;
    this.repositoryService = repositoryService;
  }

  Optional<FormDefinition> latest(String formId) {
    return definitions.latest(formId).map(definition -> parsed.computeIfAbsent(definition.id(), id ->
        read(definition)));
  }

  private FormDefinition read(DeployedForm definition) {
    try (InputStream in = repositoryService.getResourceAsStream(definition.deploymentId(),
        definition.resourceName())) {
      return FormDefinition.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read form " + definition.key(), e);
    }
  }
}
