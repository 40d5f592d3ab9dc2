package no.grunnmodell.tasklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.function.Supplier;
import no.grunnmodell.platform.PluginAnswers;
import no.grunnmodell.platform.Refusal;
import no.grunnmodell.platform.Text;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

/**
 * Grunnmodell's part of the Tasklist's API, /camunda/api/tasklist/plugin/grunnmodell-tasklist/{engine}/...:
 * <ul>
 *   <li>{@code GET consent-withdrawal/allowed}: whether the person may report a withdrawal (a kontaktperson);</li>
 *   <li>{@code GET consent-withdrawal?caseReference=} what a withdrawal of consent would stop;</li>
 *   <li>{@code POST consent-withdrawal} with {@code {"caseReference": …}}: stop it;</li>
 *   <li>{@code GET after-step/{taskId}}: whether the course ended with the step just completed.</li>
 * </ul>
 * The webapps' security filter lets a request through only with a logged-in Tasklist session, a POST only with
 * the session's CSRF token, and makes that person the engine's current user. Every answer is JSON; a refusal is its
 * status with our Norwegian sentence ({@code {"status":404,"message":"Fant ikke …"}}), never a 500.
 * The Tasklist, not Spring, creates this class (JAX-RS, per request): it reaches the beans through the servlet
 * context.
 */
@Path("plugin/" + GrunnmodellTasklistPlugin.ID)
public class TasklistPluginResource extends AbstractTasklistPluginRootResource {

  public TasklistPluginResource() {
    super(GrunnmodellTasklistPlugin.ID);
  }

  @GET
  @Path("{engine}/consent-withdrawal")
  @Produces(MediaType.APPLICATION_JSON)
  public Response previewWithdrawal(@PathParam("engine") String engine,
                                    @QueryParam("caseReference") String caseReference) {
    return answer(engine, () -> bean(ConsentWithdrawalAction.class).preview(caseReference));
  }

  /** Whether the header shows «Meld trukket samtykke» at all: only to kontaktpersons. */
  @GET
  @Path("{engine}/consent-withdrawal/allowed")
  @Produces(MediaType.APPLICATION_JSON)
  public Response withdrawalAllowed(@PathParam("engine") String engine) {
    return answer(engine, () -> Map.of("allowed", bean(ConsentWithdrawalAction.class).allowed()));
  }

  @POST
  @Path("{engine}/consent-withdrawal")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response withdraw(@PathParam("engine") String engine, String body) {
    return answer(engine, () -> bean(ConsentWithdrawalAction.class).withdraw(caseReference(body)));
  }

  private String caseReference(String body) {
    try {
      JsonNode request = Text.orNull(body) == null ? null : bean(ObjectMapper.class).readTree(body);
      return request == null || !request.path("caseReference").isTextual() ? null
          : request.path("caseReference").asText();
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  @GET
  @Path("{engine}/after-step/{taskId}")
  @Produces(MediaType.APPLICATION_JSON)
  public Response afterStep(@PathParam("engine") String engine, @PathParam("taskId") String taskId) {
    return answer(engine, () -> bean(CourseClosure.class).afterStep(taskId));
  }

  private Response answer(String engine, Supplier<Object> work) {
    PluginAnswers answers = answers();
    if (!answers.isThisEngine(engine)) {
      return answers.refusal(404, "Fant ikke prosessmotoren " + engine + ".");
    }
    try {
      return answers.ok(work.get());
    } catch (AuthorizationException e) {
      return answers.refusal(403, "Du har ikke tilgang til dette.");
    } catch (RuntimeException e) {
      Refusal refusal = Refusal.in(e);
      if (refusal == null) {
        throw e;
      }
      return answers.refusal(refusal.status(), refusal.norwegian());
    }
  }

  private <T> T bean(Class<T> type) {
    return answers().bean(type);
  }

  private PluginAnswers answers() {
    return new PluginAnswers(servletContext);
  }
}
