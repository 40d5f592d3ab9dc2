package no.grunnmodell.migration;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * Cockpit's «Flytt forløp» panel on the server: a Cockpit plugin (registered in
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}) whose resource answers under
 * {@code /camunda/api/cockpit/plugin/grunnmodell-migration/{engine}/migrations}, with the Cockpit login of the
 * person. The engine's own migration page is in the Enterprise Edition only.
 *
 * <p>The panel itself is {@code cockpit/scripts/grunnmodell-migration.js} (customScripts in Cockpit's config.js),
 * beside the project's other Cockpit scripts. Cockpit also loads every Java plugin's {@code app/plugin.js}; this
 * plugin's is an empty module, there only so that loading it does not fail.
 */
public class MigrationCockpitPlugin extends AbstractCockpitPlugin {

  public static final String ID = "grunnmodell-migration";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(MigrationPluginRootResource.class);
  }
}
