package no.grunnmodell.deployment;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationContext;

/**
 * {@link BeanNames} from the application context. Looks only at bean definitions and types, never creates a bean:
 * diagrams are vetted while the context is still starting (the deployment at start-up).
 */
final class SpringBeanNames implements BeanNames {

  static final String OUR_PACKAGE = "no.grunnmodell.";

  /** What the engine calls through a delegate expression: service tasks, listeners, call activities' mappings. */
  private static final List<Class<?>> DELEGATE_TYPES = List.of(JavaDelegate.class, ExecutionListener.class,
      TaskListener.class, DelegateVariableMapping.class);

  private final ApplicationContext context;

  SpringBeanNames(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public boolean isBean(String name) {
    return context.containsBean(name);
  }

  @Override
  public SortedSet<String> delegates() {
    SortedSet<String> names = new TreeSet<>();
    for (Class<?> type : DELEGATE_TYPES) {
      for (String name : context.getBeanNamesForType(type, true, false)) {
        Class<?> beanType = context.getType(name, false);
        // Camunda's and Spring's own beans implement these interfaces too; only our code is meant for diagrams.
        if (beanType != null && beanType.getName().startsWith(OUR_PACKAGE)) {
          names.add(name);
        }
      }
    }
    return names;
  }
}
