package no.grunnmodell.migration;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/** The root of the plugin's resources; Cockpit's security rules let only a logged-in person past it. */
@Path("plugin/" + MigrationCockpitPlugin.ID)
public class MigrationPluginRootResource extends AbstractCockpitPluginRootResource {

  public MigrationPluginRootResource() {
    super(MigrationCockpitPlugin.ID);
  }

  @Path("{engineName}/migrations")
  public MigrationPluginResource migrations(@PathParam("engineName") String engineName) {
    return subResource(new MigrationPluginResource(engineName, servletContext), engineName);
  }
}
