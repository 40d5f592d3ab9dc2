package no.grunnmodell.migration;

import jakarta.servlet.ServletContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import no.grunnmodell.platform.PluginAnswers;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;

/**
 * The «Flytt forløp» panel's calls, answered by the same {@link CourseMigrations} as {@code /api/migrations}: the
 * person is the one logged in to Cockpit (the webapps hand the session's login to the engine for the request), so
 * the same rule applies, process owners and administrators only. Cockpit creates this resource itself, outside
 * Spring; the service is taken from the application context of the servlet context.
 */
public class MigrationPluginResource extends AbstractCockpitPluginResource {

  private final PluginAnswers answers;

  public MigrationPluginResource(String engineName, ServletContext servletContext) {
    super(engineName);
    this.answers = new PluginAnswers(servletContext);
  }

  @GET
  @Path("overview")
  @Produces(MediaType.APPLICATION_JSON)
  public Response overview() {
    return answer(() -> migrations().overview());
  }

  @GET
  @Path("dry-run")
  @Produces(MediaType.APPLICATION_JSON)
  public Response dryRun(@QueryParam("processKey") String processKey) {
    return answer(() -> migrations().dryRun(processKey));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response migrate(MigrationController.MigrationRequest request) {
    return answer(() -> migrations().migrate(request == null ? null : request.processKey()));
  }

  private CourseMigrations migrations() {
    return answers.bean(CourseMigrations.class);
  }

  /** Our API's answers: the result, or the refusal with its status and English message. */
  private Response answer(Supplier<Object> call) {
    return PluginAnswers.apiAnswer(call);
  }
}
