package no.grunnmodell.platform;

/** Small text helpers for values that arrive from forms, variables and requests. Plain Java. */
public final class Text {

  private Text() {
  }

  /** The value as trimmed text, or null when it is missing or blank. */
  public static String orNull(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
