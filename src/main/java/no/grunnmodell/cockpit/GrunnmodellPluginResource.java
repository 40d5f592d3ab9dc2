package no.grunnmodell.cockpit;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;
import no.grunnmodell.overview.LederOverview;
import no.grunnmodell.overview.OverviewCsv;
import no.grunnmodell.overview.OverviewService;
import no.grunnmodell.platform.ApiError;
import no.grunnmodell.platform.EngineClock;
import no.grunnmodell.platform.PluginAnswers;
import no.grunnmodell.security.CurrentUser;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/**
 * Grunnmodell's part of Cockpit's API, /camunda/api/cockpit/plugin/grunnmodell/{engine}/...: the leder's overview
 * as JSON and CSV, and the person's rights in courses.
 *
 * <p>Who is calling is the webapps' business: their security filter lets a request through here only with a
 * logged-in session for the engine (Camunda's securityFilterRules.json, «EngineRequestAuthorizer»), and their
 * authentication filter makes that person, with their groups and services, the engine's current user for the
 * request. From there the same rules hold as on /api: {@link CurrentUser#serviceOverseenBy} gives the leder their
 * own service only and everyone else but camunda-admin a 403. No HTTP Basic, no second login; a GET needs no CSRF
 * token.
 *
 * <p>Cockpit, not Spring, creates this class (JAX-RS, per request), so it reaches the application's beans through
 * the servlet context. JSON is written with the application's own ObjectMapper, so the plugin reads exactly what
 * /api/reports/overview answers.
 */
@Path("plugin/" + GrunnmodellCockpitPlugin.ID)
public class GrunnmodellPluginResource extends AbstractCockpitPluginRootResource {

  public GrunnmodellPluginResource() {
    super(GrunnmodellCockpitPlugin.ID);
  }

  @GET
  @Path("{engine}/overview")
  @Produces(MediaType.APPLICATION_JSON)
  public Response overview(@PathParam("engine") String engine, @QueryParam("serviceId") String serviceId,
                           @QueryParam("limit") @DefaultValue("20") int limit) {
    return answer(engine, serviceId, limit, overview -> Response.ok(answers().json(overview), MediaType.APPLICATION_JSON));
  }

  /** The CSV file; the plugin's «Last ned som CSV» is a plain link, which the browser sends with the session. */
  @GET
  @Path("{engine}/overview.csv")
  @Produces("text/csv")
  public Response csv(@PathParam("engine") String engine, @QueryParam("serviceId") String serviceId,
                      @QueryParam("limit") @DefaultValue("20") int limit) {
    return answer(engine, serviceId, limit, overview -> Response.ok(OverviewCsv.render(overview))
        .type(OverviewCsv.CONTENT_TYPE)
        .header("Content-Disposition", "attachment; filename=\"" + OverviewCsv.fileName(overview) + "\""));
  }

  /** What the person may change in courses; Cockpit's buttons for the rest are hidden. */
  @GET
  @Path("{engine}/rights")
  @Produces(MediaType.APPLICATION_JSON)
  public Response rights(@PathParam("engine") String engine) {
    return ofThisEngine(engine, () -> answers().ok(bean(CourseActionRights.class).current()));
  }

  /** Norwegian names for variables, their coded values and our incident type (Cockpit's variable and incident tabs). */
  @GET
  @Path("{engine}/labels")
  @Produces(MediaType.APPLICATION_JSON)
  public Response labels(@PathParam("engine") String engine) {
    return ofThisEngine(engine, () -> answers().ok(bean(VariableLabels.class).all()));
  }

  private Response answer(String engine, String serviceId, int limit,
                          Function<LederOverview, Response.ResponseBuilder> body) {
    return ofThisEngine(engine, () -> {
      try {
        String service = bean(CurrentUser.class).serviceOverseenBy(serviceId);
        Instant now = EngineClock.now();
        return body.apply(bean(OverviewService.class).overview(service, now, limit)).build();
      } catch (ApiError refused) {
        return answers().refusal(refused.status().value(), refused.getMessage());
      }
    });
  }

  /** The answer, for the engine the webapp names in the path; any other engine is not found. */
  private Response ofThisEngine(String engine, Supplier<Response> answer) {
    if (!answers().isThisEngine(engine)) {
      return answers().refusal(404, "There is no engine " + engine + ".");
    }
    return answer.get();
  }

  private <T> T bean(Class<T> type) {
    return answers().bean(type);
  }

  private PluginAnswers answers() {
    return new PluginAnswers(servletContext);
  }
}
