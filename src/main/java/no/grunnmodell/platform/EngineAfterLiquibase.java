package no.grunnmodell.platform;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Liquibase owns the schema, so the engine must not start before Liquibase has run: by default Spring creates
 * the engine first and it fails with "There are no Camunda tables". Registered in META-INF/spring.factories.
 */
public class EngineAfterLiquibase extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

  @Override
  protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
    return Set.of(ProcessEngine.class);
  }
}
