package no.grunnmodell.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * What the webapps' plugin resources (Cockpit's overview and migration panel, the Tasklist's actions) share. The
 * webapps create those resources per request, outside Spring, so they reach the application's beans through the
 * servlet context; they answer in JSON written by the application's ObjectMapper, and a refusal as
 * {@code {"status", "message"}} (with {@code error} and {@code field} for our API's own refusals).
 */
public final class PluginAnswers {

  private final ServletContext servletContext;

  public PluginAnswers(ServletContext servletContext) {
    this.servletContext = servletContext;
  }

  public <T> T bean(Class<T> type) {
    return WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext).getBean(type);
  }

  /** Whether the path's engine name is ours (the webapps put it in every plugin URL). */
  public boolean isThisEngine(String engine) {
    return bean(ProcessEngine.class).getName().equals(engine);
  }

  /** 200 with the value as JSON. */
  public Response ok(Object value) {
    return Response.ok(json(value), MediaType.APPLICATION_JSON).build();
  }

  /** The value as JSON, written as our API writes it. */
  public String json(Object value) {
    try {
      return bean(ObjectMapper.class).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The answer could not be written as JSON", e);
    }
  }

  public Response refusal(int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("message", message);
    return Response.status(status).entity(json(body)).type(MediaType.APPLICATION_JSON).build();
  }

  /**
   * The call's result, or our API's refusal with its status, reason, field and English message; written by the
   * webapp's own JSON provider, as {@code /api} clients of the same calls read them.
   */
  public static Response apiAnswer(Supplier<Object> call) {
    try {
      return Response.ok(call.get(), MediaType.APPLICATION_JSON_TYPE).build();
    } catch (ApiError e) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", e.status().value());
      body.put("error", e.status().getReasonPhrase());
      if (e.field() != null) {
        body.put("field", e.field());
      }
      body.put("message", e.getMessage());
      return Response.status(e.status().value()).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
  }
}
