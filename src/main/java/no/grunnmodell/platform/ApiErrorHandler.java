package no.grunnmodell.platform;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of our REST API (/api) as RFC 9457 problem details ({@code application/problem+json}, or
 * {@code application/json} to a client that accepts only that), naming the field at fault:
 * {"type":"about:blank","title":"Bad Request","status":400,"detail":"...","instance":"/api/courses",
 * "field":"birthDate","error":"Bad Request","message":"..."}.
 */
@RestControllerAdvice(basePackages = "no.grunnmodell")
public class ApiErrorHandler {

  @ExceptionHandler(ApiError.class)
  ResponseEntity<ProblemDetail> apiError(ApiError e) {
    return body(e.status(), e.field(), e.getMessage());
  }

  /** A rule refused the request, here or inside the engine: API clients get the English sentence. */
  @ExceptionHandler(org.camunda.bpm.engine.ProcessEngineException.class)
  ResponseEntity<ProblemDetail> refusal(org.camunda.bpm.engine.ProcessEngineException e) {
    Refusal refusal = Refusal.in(e);
    if (refusal == null) {
      throw e;
    }
    return body(HttpStatus.valueOf(refusal.status()), refusal.field(), refusal.english());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
    FieldError error = e.getBindingResult().getFieldError();
    if (error == null) {
      return body(HttpStatus.BAD_REQUEST, null, "The request is not valid.");
    }
    return body(HttpStatus.BAD_REQUEST, error.getField(), error.getField() + " " + error.getDefaultMessage());
  }

  /**
   * A body that cannot be read as the request's JSON object: missing, not JSON, not an object, or a value of the
   * wrong JSON type (StrictJson). Named by field where Jackson knows it.
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    Throwable cause = e.getCause();
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().get(mapping.getPath().size() - 1).getFieldName();
      if (field != null) {
        return body(HttpStatus.BAD_REQUEST, field, field + " " + expected(
            mapping instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null));
      }
    }
    String message;
    if (cause == null) {
      message = "The request body is missing: send a JSON object.";
    } else if (cause instanceof JsonParseException) {
      message = "The request body is not valid JSON.";
    } else if (cause instanceof MismatchedInputException) {
      message = "The request body must be a JSON object with the documented fields.";
    } else {
      message = "The request body could not be read as JSON.";
    }
    return body(HttpStatus.BAD_REQUEST, null, message);
  }

  /** A query parameter the endpoint needs is missing (e.g. caseReference when finding a course). */
  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
    return body(HttpStatus.BAD_REQUEST, e.getParameterName(), e.getParameterName() + " is required.");
  }

  /** A query or path parameter that is not of its type, e.g. a date not written as yyyy-MM-dd. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
    Class<?> type = e.getRequiredType();
    String expected = type == java.time.LocalDate.class ? "a date as yyyy-MM-dd"
        : type == null ? "a value of its type" : "a value of type " + type.getSimpleName();
    return body(HttpStatus.BAD_REQUEST, e.getName(), e.getName() + " must be " + expected + ", not '"
        + e.getValue() + "'.");
  }

  private static String expected(Class<?> type) {
    if (type == Boolean.class || type == boolean.class) {
      return "must be true or false (a JSON boolean).";
    }
    if (type == String.class) {
      return "must be a JSON string.";
    }
    return "has a value of the wrong type.";
  }

  /**
   * RFC 9457: {@code title} the status's reason, {@code detail} the English sentence, {@code instance} the path;
   * {@code field} names the field at fault. {@code error} and {@code message} repeat title and detail under the names
   * this API used before, so that clients written against them keep working.
   */
  private static ResponseEntity<ProblemDetail> body(HttpStatus status, String field, String message) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
    problem.setTitle(status.getReasonPhrase());
    if (field != null) {
      problem.setProperty("field", field);
    }
    problem.setProperty("error", status.getReasonPhrase());
    problem.setProperty("message", message);
    return ResponseEntity.status(status).body(problem);
  }
}
