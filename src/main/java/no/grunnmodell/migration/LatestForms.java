package no.grunnmodell.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.grunnmodell.form.FormDefinition;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.springframework.stereotype.Component;

/**
 * The form a step will show, by its id: the latest deployed version, as {@code camunda:formRefBinding="latest"}
 * (the only binding our diagrams may use) resolves it. The engine has no public query for Camunda Forms, only for the
 * form of an existing task; a course's step in the new version has no task yet, so its definition is looked up the
 * way the engine itself does.
 */
@Component
class LatestForms {

  private final ProcessEngine engine;
  private final RepositoryService repositoryService;
  /** Parsed forms by form definition id: a deployed version never changes. */
  private final Map<String, FormDefinition> parsed = new ConcurrentHashMap<>();

  LatestForms(ProcessEngine engine, RepositoryService repositoryService) {
    this.engine = engine;
    this.repositoryService = repositoryService;
  }

  Optional<FormDefinition> latest(String formId) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    CamundaFormDefinitionEntity definition = configuration.getCommandExecutorTxRequired().execute(context ->
        context.getCamundaFormDefinitionManager().findLatestDefinitionByKeyAndTenantId(formId, null));
    if (definition == null) {
      return Optional.empty();
    }
    return Optional.of(parsed.computeIfAbsent(definition.getId(), id -> read(definition)));
  }

  private FormDefinition read(CamundaFormDefinitionEntity definition) {
    try (InputStream in = repositoryService.getResourceAsStream(definition.getDeploymentId(),
        definition.getResourceName())) {
      return FormDefinition.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read form " + definition.getKey(), e);
    }
  }
}
