package no.grunnmodell.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of our REST API (/api), as JSON: {"status":400,"error":"Bad Request","field":"birthDate","message":"..."}. */
@RestControllerAdvice(basePackages = "no.grunnmodell")
public class ApiErrorHandler {

  @ExceptionHandler(ApiError.class)
  ResponseEntity<Map<String, Object>> apiError(ApiError e) {
    return body(e.status(), e.field(), e.getMessage());
  }

  /** A rule refused the request, here or inside the engine: API clients get the English sentence. */
  @ExceptionHandler(org.camunda.bpm.engine.ProcessEngineException.class)
  ResponseEntity<Map<String, Object>> refusal(org.camunda.bpm.engine.ProcessEngineException e) {
    Refusal refusal = Refusal.in(e);
    if (refusal == null) {
      throw e;
    }
    return body(HttpStatus.valueOf(refusal.status()), refusal.field(), refusal.english());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException e) {
    FieldError error = e.getBindingResult().getFieldError();
    if (error == null) {
      return body(HttpStatus.BAD_REQUEST, null, "The request is not valid.");
    }
    return body(HttpStatus.BAD_REQUEST, error.getField(), error.getField() + " " + error.getDefaultMessage());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    String field = null;
    if (e.getCause() instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
        && !mapping.getPath().isEmpty()) {
      field = mapping.getPath().get(mapping.getPath().size() - 1).getFieldName();
    }
    return body(HttpStatus.BAD_REQUEST, field, field == null
        ? "The request body is not valid JSON."
        : field + " has a value of the wrong type or format (dates are yyyy-MM-dd).");
  }

  private static ResponseEntity<Map<String, Object>> body(HttpStatus status, String field, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status.value());
    body.put("error", status.getReasonPhrase());
    if (field != null) {
      body.put("field", field);
    }
    body.put("message", message);
    return ResponseEntity.status(status).body(body);
  }
}
