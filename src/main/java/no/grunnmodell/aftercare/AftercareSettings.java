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
 * @param followUpAfterNo after the young person says no in «Samtale om ettervern», «Spør den unge på nytt om
 *     ettervern» is due this long after the conversation (default 6 months), never later than the day before the
 *     last day. At most a year: the recommended practice is to ask again within a year (not a rule of the law)
 */
@Validated
@ConfigurationProperties(prefix = "grunnmodell.aftercare")
public record AftercareSettings(@NotNull Period earliestRegistrationAge, @NotNull Period conversationAge,
                                @NotNull Period ageLimitReminder, @NotNull Period followUpAfterNo) {

  @AssertTrue(message = "conversation-age must not be earlier than earliest-registration-age")
  public boolean isConversationAfterRegistration() {
    LocalDate someBirthDate = LocalDate.of(2000, 1, 1);
    return earliestRegistrationAge == null || conversationAge == null
        || !someBirthDate.plus(conversationAge).isBefore(someBirthDate.plus(earliestRegistrationAge));
  }

  @AssertTrue(message = "follow-up-after-no must be a positive period of at most a year (P1Y), such as P6M")
  public boolean isFollowUpAfterNoWithinAYear() {
    LocalDate someDay = LocalDate.of(2000, 1, 1);
    return followUpAfterNo == null || someDay.plus(followUpAfterNo).isAfter(someDay)
        && !someDay.plus(followUpAfterNo).isAfter(someDay.plusYears(1));
  }
}
