package no.grunnmodell.platform;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A rule of the course said no: what was wrong and what to do, in Norwegian for caseworkers and in English for API
 * clients, with the HTTP status it stands for and, where one field is at fault, that field's key.
 *
 * <p>Thrown from anywhere (listeners and delegates inside the engine, guards before it, our controllers), it reaches
 * the reader as that status and sentence whatever the client: {@link RestErrorTranslation} rewrites the engine REST
 * API's answer, which would otherwise be a 500 with Camunda's English prefix. The message ({@link #getMessage()}) is
 * the Norwegian sentence, so that the engine's own wrapping keeps it intact.
 */
public class Refusal extends ProcessEngineException {

  public enum Kind {
    INVALID(400), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409);

    private final int status;

    Kind(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  /** The refusal most recently raised on this thread; read by {@link RestErrorTranslation} for its request. */
  private static final ThreadLocal<Refusal> LAST = new ThreadLocal<>();

  private final Kind kind;
  private final String field;
  private final String english;

  public Refusal(Kind kind, String field, String norwegian, String english) {
    super(norwegian);
    this.kind = kind;
    this.field = field;
    this.english = english;
    LAST.set(this);
  }

  public static Refusal invalid(String field, String norwegian, String english) {
    return new Refusal(Kind.INVALID, field, norwegian, english);
  }

  public static Refusal forbidden(String norwegian, String english) {
    return new Refusal(Kind.FORBIDDEN, null, norwegian, english);
  }

  public static Refusal notFound(String norwegian, String english) {
    return new Refusal(Kind.NOT_FOUND, null, norwegian, english);
  }

  public static Refusal conflict(String norwegian, String english) {
    return new Refusal(Kind.CONFLICT, null, norwegian, english);
  }

  public Kind kind() {
    return kind;
  }

  public int status() {
    return kind.status();
  }

  /** The form field or request field at fault, or null. */
  public String field() {
    return field;
  }

  public String norwegian() {
    return getMessage();
  }

  public String english() {
    return english;
  }

  /** The refusal behind an exception the engine may have wrapped (a task listener's is), or null. */
  public static Refusal in(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof Refusal refusal) {
        return refusal;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  static Refusal lastOnThread() {
    return LAST.get();
  }

  static void clearThread() {
    LAST.remove();
  }
}
