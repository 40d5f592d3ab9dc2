package no.grunnmodell.specialised.referral;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** From config/grunnmodell.yml ({@code grunnmodell.specialised-referral}). */
@ConfigurationProperties(prefix = "grunnmodell.specialised-referral")
public record SpecialisedReferralSettings(@DefaultValue("P14D") Duration bufetatAnswerReminder) {

  /** As the diagram's timer reads it: P14D rather than PT336H. */
  public String bufetatAnswerReminderIso() {
    return bufetatAnswerReminder.toSeconds() % 86_400 == 0 ? "P" + bufetatAnswerReminder.toDays() + "D"
        : bufetatAnswerReminder.toString();
  }

  /** As people read it: "14 dager". */
  public String bufetatAnswerReminderText() {
    long days = bufetatAnswerReminder.toDays();
    return bufetatAnswerReminder.toSeconds() % 86_400 == 0 ? days + (days == 1 ? " dag" : " dager")
        : bufetatAnswerReminder.toHours() + " timer";
  }
}
