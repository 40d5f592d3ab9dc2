package no.grunnmodell.course;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What the case system sends to start a course from a vedtak. Messages are English: they go to API clients. */
public record StartCourseRequest(
    @NotBlank(message = "is required") @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "is not a service id")
    String serviceId,
    @NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters")
    String caseReference,
    @NotNull(message = "is required (FAMILY or AFTERCARE)")
    TargetGroup targetGroup,
    @NotNull(message = "is required (yyyy-MM-dd)") @PastOrPresent(message = "must not be in the future")
    LocalDate birthDate,
    @NotNull(message = "is required (yyyy-MM-dd)") @PastOrPresent(message = "must not be in the future")
    LocalDate decisionDate,
    @NotBlank(message = "is required (the user id of the kontaktperson)")
    String kontaktperson,
    @Size(max = 60, message = "must be at most 60 characters")
    String childFirstName,
    Boolean interpreterNeeded,
    @Size(max = 60, message = "must be at most 60 characters")
    String interpreterLanguage) {
}
