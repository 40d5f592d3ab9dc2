package no.grunnmodell.deployment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/** {@link BeanNames} for tests without a Spring context. */
final class TestBeans {

  /** Beans every Camunda Spring Boot application has, which an expression could reach by name. */
  static final Set<String> PLATFORM_BEANS = Set.of("runtimeService", "historyService", "repositoryService",
      "taskService", "managementService", "identityService", "authorizationService", "formService",
      "externalTaskService", "filterService", "decisionService", "processEngine", "processEngineConfiguration",
      "dataSource", "environment", "jdbcTemplate", "transactionManager");

  private TestBeans() {
  }

  static BeanNames of(Set<String> beans, Set<String> delegates) {
    Set<String> all = new HashSet<>(beans);
    all.addAll(delegates);
    return new BeanNames() {
      @Override
      public boolean isBean(String name) {
        return all.contains(name);
      }

      @Override
      public SortedSet<String> delegates() {
        return new TreeSet<>(delegates);
      }
    };
  }

  /**
   * This application's components, found on the classpath as Spring would name them, plus the platform's beans;
   * the delegates are the components that implement one of the engine's delegate interfaces.
   */
  static BeanNames ofThisApplication() {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
    SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
    Set<String> beans = new HashSet<>(PLATFORM_BEANS);
    Set<String> delegates = new HashSet<>();
    for (BeanDefinition definition : scanner.findCandidateComponents("no.grunnmodell")) {
      String name = AnnotationBeanNameGenerator.INSTANCE.generateBeanName(definition, registry);
      beans.add(name);
      try {
        Class<?> type = Class.forName(definition.getBeanClassName());
        if (List.of(JavaDelegate.class, ExecutionListener.class, TaskListener.class, DelegateVariableMapping.class)
            .stream().anyMatch(t -> t.isAssignableFrom(type))) {
          delegates.add(name);
        }
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return of(beans, delegates);
  }
}
