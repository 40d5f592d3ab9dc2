package no.grunnmodell.form;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** The forms the application deploys (forms/*.form), read as the validators read them, for plain unit tests. */
public final class RealForms {

  /** A fixed "today" for checks that compare dates, so the tests do not depend on the day they run. */
  public static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  private RealForms() {
  }

  /** The form forms/{name}.form. */
  public static FormDefinition named(String name) {
    try {
      return FormDefinition.parse(Files.readString(Path.of("forms", name + ".form")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
