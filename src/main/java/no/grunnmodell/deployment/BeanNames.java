package no.grunnmodell.deployment;

import java.util.SortedSet;

/**
 * What a diagram's expressions could reach in the running application. In Camunda's Spring integration every
 * Spring bean is resolvable by name in an expression, the engine's services and the data source included, so a
 * name that is a bean is never a process variable.
 */
interface BeanNames {

  /** True when {@code name} is a bean (or a bean's alias) that an expression would resolve. */
  boolean isBean(String name);

  /**
   * The beans a delegate expression may name: our own Java delegates and listeners, the only Java a diagram is
   * meant to call.
   */
  SortedSet<String> delegates();
}
