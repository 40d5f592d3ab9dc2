package no.grunnmodell.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the diagrams and forms that process owners keep in {@code processes/} and {@code forms/}.
 *
 * <p>Resources get stable names ({@code processes/x.bpmn}) whether the application runs from the jar, from
 * {@code spring-boot:run} or in tests, and only changed resources are deployed again: restarting without a
 * change creates no new versions, and changing one diagram versions that diagram only. User tasks therefore
 * bind forms with {@code camunda:formRefBinding="latest"}, since a form need not sit in the diagram's deployment.
 *
 * <p>This is the start-up deployment: the only one accepted when REST deployment is turned off
 * ({@code grunnmodell.deployment.rest-enabled}), recorded in {@code gm_deployment} as STARTUP.
 */
@Component
public class ModelDeployer implements InitializingBean {

  static final String DEPLOYMENT_NAME = "grunnmodell";
  static final List<String> FOLDERS = List.of("processes/*.bpmn", "processes/*.dmn", "forms/*.form");

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);

  private final RepositoryService repositoryService;

  public ModelDeployer(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  @Override
  public void afterPropertiesSet() {
    deploy(FOLDERS);
  }

  /**
   * Deploys the model resources matching these classpath patterns ({@link #FOLDERS} at start-up) as the start-up
   * deployment. Every file is vetted like any other deployment ({@code no.grunnmodell.deployment}); a refused
   * file stops the start with an {@link IllegalStateException} whose message lists every problem, so the log shows
   * the reason at the root of the failure rather than deep inside the engine's exceptions.
   */
  public void deploy(List<String> patterns) {
    // The repository is the source of truth: when someone deployed after the last start (from Modeler, over REST),
    // every file is deployed again, so the repository's versions are the latest ones once more.
    boolean deployedSinceLastStart = deployedSinceLastStart();
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source("grunnmodell-startup")
        .enableDuplicateFiltering(!deployedSinceLastStart);
    if (deployedSinceLastStart) {
      LOG.info("A deployment was made after the last start; deploying processes/ and forms/ again as the latest");
    }
    List<String> names = new ArrayList<>();
    for (Resource resource : modelResources(patterns)) {
      String name = stableName(resource);
      try (InputStream in = resource.getInputStream()) {
        builder.addInputStream(name, new ByteArrayInputStream(in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read model resource " + name, e);
      }
      names.add(name);
    }
    if (names.isEmpty()) {
      LOG.warn("No diagrams or forms found under processes/ and forms/ on the classpath");
      return;
    }
    DeploymentWithDefinitions deployment;
    try {
      deployment = StartupDeployment.run(builder::deployWithResult);
    } catch (ProcessEngineException e) {
      Refusal refusal = Refusal.in(e);
      if (refusal == null) {
        throw e;
      }
      // Not chained: the problems are the whole story, and Spring reports the innermost cause as the reason.
      throw new IllegalStateException("The diagrams and forms in processes/ and forms/ cannot be deployed, so the "
          + "application does not start. " + refusal.english());
    }
    LOG.info("Checked {} model resources; {} process definitions newly deployed",
        names.size(), deployment.getDeployedProcessDefinitions() == null ? 0
            : deployment.getDeployedProcessDefinitions().size());
  }

  private boolean deployedSinceLastStart() {
    List<Deployment> latest = repositoryService.createDeploymentQuery().orderByDeploymentTime().desc()
        .listPage(0, 1);
    return !latest.isEmpty() && !DEPLOYMENT_NAME.equals(latest.get(0).getName());
  }

  static List<Resource> modelResources() {
    return modelResources(FOLDERS);
  }

  static List<Resource> modelResources(List<String> patterns) {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    List<Resource> resources = new ArrayList<>();
    try {
      for (String pattern : patterns) {
        for (Resource r : resolver.getResources("classpath*:" + pattern)) {
          if (r.isReadable()) {
            resources.add(r);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list processes/ and forms/", e);
    }
    return resources;
  }

  /** processes/x.bpmn, forms/y.form: the folder and file name, never the absolute path of one launch mode. */
  static String stableName(Resource resource) {
    try {
      String path = resource.getURL().getPath();
      String[] parts = path.split("/");
      return parts[parts.length - 2] + "/" + parts[parts.length - 1];
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot name model resource " + resource, e);
    }
  }
}
