package no.grunnmodell.aftercare;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * When the aftercare course does what, from config/grunnmodell.yml ({@code grunnmodell.aftercare}). Ages are
 * ISO-8601 periods counted from the birth date (P17Y6M = 17 years and 6 months). The age limit itself is the
 * day before the birthday after {@code grunnmodell.target-groups.AFTERCARE.max-age} (24: the 25th birthday).
 *
 * @param earliestRegistrationAge a course can be registered from this age, before the conversation is due, so
 *     the service can plan it for a young person in a measure (default 16 years 6 months)
 * @param conversationAge «Samtale om ettervern» is due at this age, "i god tid før 18" (default 17 years 6
 *     months); a young person registered later gets the conversation at once
 * @param ageLimitReminder the kontaktperson gets «Forbered avslutning ved aldersgrense» this long before the
 *     last day (default 3 months)
 */
@Validated
@ConfigurationProperties(prefix = "grunnmodell.aftercare")
public record AftercareSettings(@NotNull Period earliestRegistrationAge, @NotNull Period conversationAge,
                                @NotNull Period ageLimitReminder) {

  @AssertTrue(message = "conversation-age must not be earlier than earliest-registration-age")
  public boolean isConversationAfterRegistration() {
    LocalDate someBirthDate = LocalDate.of(2000, 1, 1);
    return earliestRegistrationAge == null || conversationAge == null
        || !someBirthDate.plus(conversationAge).isBefore(someBirthDate.plus(earliestRegistrationAge));
  }
}
