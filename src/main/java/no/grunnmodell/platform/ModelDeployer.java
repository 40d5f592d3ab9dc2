package no.grunnmodell.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
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
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source("grunnmodell-startup")
        .enableDuplicateFiltering(true);
    List<String> names = new ArrayList<>();
    for (Resource resource : modelResources()) {
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
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    LOG.info("Checked {} model resources; {} process definitions newly deployed",
        names.size(), deployment.getDeployedProcessDefinitions() == null ? 0
            : deployment.getDeployedProcessDefinitions().size());
  }

  static List<Resource> modelResources() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    List<Resource> resources = new ArrayList<>();
    try {
      for (String pattern : FOLDERS) {
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
