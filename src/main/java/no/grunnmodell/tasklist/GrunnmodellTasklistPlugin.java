package no.grunnmodell.tasklist;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * Grunnmodell's Tasklist plugin, registered through META-INF/services (the Tasklist finds its plugins with the
 * ServiceLoader). It brings
 * <ul>
 *   <li>a REST resource under /camunda/api/tasklist/plugin/grunnmodell-tasklist/{engine}/..., behind the webapps'
 *       own session login ({@link TasklistPluginResource});</li>
 *   <li>{@code plugin-webapp/grunnmodell-tasklist/app/plugin.js}, which the Tasklist imports by itself: the button
 *       «Meld trukket samtykke» in the header, and the notice that a course is closed after its last step.</li>
 * </ul>
 * Its id differs from the Cockpit plugin's, whose assets live under plugin-webapp/grunnmodell.
 */
public class GrunnmodellTasklistPlugin extends AbstractTasklistPlugin {

  public static final String ID = "grunnmodell-tasklist";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(TasklistPluginResource.class);
  }
}
