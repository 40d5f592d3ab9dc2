package no.grunnmodell.course;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.grunnmodell.platform.ApiError;

/**
 * What the case system sends to start a course from a vedtak, as it arrives. Jackson only makes sure every value
 * has the right JSON type (platform/StrictJson); the body's rules are applied by {@link #checked}, after the caller
 * has been found allowed to start courses in the service. Messages are English: they go to API clients.
 *
 * <p>Dates and the target group are kept as text and parsed here rather than by Jackson: its LocalDate reader takes
 * "-2018-05-01", "0000-01-01", " 2018-05-01" and [2018,5,1] even when strict, and its enum reader takes "0" for
 * FAMILY.
 */
public record StartCourseRequest(
    String serviceId,
    String caseReference,
    String targetGroup,
    String birthDate,
    String decisionDate,
    String kontaktperson,
    String childFirstName,
    Boolean interpreterNeeded,
    String interpreterLanguage) {

  /** A plain calendar date, nothing before or after it. */
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final int NAME_MAX_LENGTH = 60;
  private static final int USER_ID_MAX_LENGTH = 64;

  /** The request once every rule of the body holds. */
  public record Checked(String serviceId, String caseReference, TargetGroup targetGroup, LocalDate birthDate,
                        LocalDate decisionDate, String kontaktperson, String childFirstName,
                        boolean interpreterNeeded, String interpreterLanguage) {
  }

  /** The body's rules, field by field in the order of the request; 400 naming the first field that breaks one. */
  public Checked checked(LocalDate today) {
    String reference = text("caseReference", CourseRegistry.caseReference(caseReference),
        CourseRegistry.CASE_REFERENCE_MAX_LENGTH);
    if (reference == null) {
      throw ApiError.badField("caseReference", "caseReference is required (the case number in the case system).");
    }
    TargetGroup group = targetGroup(targetGroup);
    LocalDate born = date("birthDate", birthDate);
    LocalDate decided = date("decisionDate", decisionDate);
    CourseDates.check(born, decided, today).ifPresent(refusal -> {
      throw refusal;
    });
    String contact = text("kontaktperson", kontaktperson, USER_ID_MAX_LENGTH);
    if (contact == null || contact.isBlank()) {
      throw ApiError.badField("kontaktperson", "kontaktperson is required (the user id of the kontaktperson).");
    }
    return new Checked(serviceId, reference, group, born, decided, contact,
        optional("childFirstName", childFirstName), Boolean.TRUE.equals(interpreterNeeded),
        optional("interpreterLanguage", interpreterLanguage));
  }

  private static TargetGroup targetGroup(String value) {
    String allowed = Arrays.stream(TargetGroup.values()).map(Enum::name).collect(Collectors.joining(" or "));
    if (value == null || value.isBlank()) {
      throw ApiError.badField("targetGroup", "targetGroup is required (" + allowed + ").");
    }
    return Arrays.stream(TargetGroup.values()).filter(g -> g.name().equals(value)).findFirst().orElseThrow(
        () -> ApiError.badField("targetGroup", "targetGroup must be " + allowed + "."));
  }

  /** yyyy-MM-dd and a day that exists (ISO_LOCAL_DATE resolves strictly: 2018-02-30 is refused). */
  private static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      throw ApiError.badField(field, field + " is required (yyyy-MM-dd)");
    }
    if (DATE.matcher(value).matches()) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        // falls through to the same answer as any other malformed date
      }
    }
    throw ApiError.badField(field, field + " must be a date written yyyy-MM-dd, e.g. 2018-05-01.");
  }

  /** Trimmed, blank as none, at most 60 characters. */
  private static String optional(String field, String value) {
    String trimmed = value == null || value.isBlank() ? null : value.strip();
    return text(field, trimmed, NAME_MAX_LENGTH);
  }

  /**
   * Refuses text that is too long for where it is kept, or holds control characters (PostgreSQL cannot store NUL,
   * and none belongs in a case number or a name).
   */
  private static String text(String field, String value, int maxLength) {
    if (value == null) {
      return null;
    }
    if (value.length() > maxLength) {
      throw ApiError.badField(field, field + " must be at most " + maxLength + " characters.");
    }
    if (value.chars().anyMatch(Character::isISOControl)) {
      throw ApiError.badField(field, field + " must not contain control characters.");
    }
    return value;
  }
}
