package no.grunnmodell.cockpit;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * Grunnmodell's Cockpit plugin, registered through META-INF/services (Cockpit finds its plugins with the
 * ServiceLoader, not through Spring). It brings
 * <ul>
 *   <li>a REST resource under /camunda/api/cockpit/plugin/grunnmodell/{engine}/..., behind the webapps' own
 *       session login: the leder's overview ({@link GrunnmodellPluginResource}) and what the logged-in person may
 *       change in courses, which decides which of Cockpit's buttons they see;</li>
 *   <li>the overview on the Cockpit dashboard: {@code plugin-webapp/grunnmodell/app/plugin.js}, an ES module that
 *       Cockpit imports for every registered plugin by itself (so it is not listed in customScripts too, which
 *       would draw it twice), with its {@code plugin.css}.</li>
 * </ul>
 */
public class GrunnmodellCockpitPlugin extends AbstractCockpitPlugin {

  public static final String ID = "grunnmodell";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(GrunnmodellPluginResource.class);
  }
}
