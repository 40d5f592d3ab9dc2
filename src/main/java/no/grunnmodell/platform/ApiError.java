package no.grunnmodell.platform;

import org.springframework.http.HttpStatus;

/**
 * A request to our REST API that cannot be served, with an English message for the API client and, where it
 * applies, the name of the offending field.
 */
public class ApiError extends RuntimeException {

  private final HttpStatus status;
  private final String field;

  public ApiError(HttpStatus status, String field, String message) {
    super(message);
    this.status = status;
    this.field = field;
  }

  public static ApiError badField(String field, String message) {
    return new ApiError(HttpStatus.BAD_REQUEST, field, message);
  }

  public static ApiError notFound(String message) {
    return new ApiError(HttpStatus.NOT_FOUND, null, message);
  }

  public static ApiError conflict(String message) {
    return new ApiError(HttpStatus.CONFLICT, null, message);
  }

  /** The request conflicts with what is recorded, in this field. */
  public static ApiError conflict(String field, String message) {
    return new ApiError(HttpStatus.CONFLICT, field, message);
  }

  public static ApiError forbidden(String message) {
    return new ApiError(HttpStatus.FORBIDDEN, null, message);
  }

  public HttpStatus status() {
    return status;
  }

  public String field() {
    return field;
  }
}
