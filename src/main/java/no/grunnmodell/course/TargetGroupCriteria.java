package no.grunnmodell.course;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.time.LocalDate;
import java.util.Map;
import no.grunnmodell.platform.Days;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Inclusion criteria per target group, from config/grunnmodell.yml ({@code grunnmodell.target-groups}). */
@Validated
@ConfigurationProperties(prefix = "grunnmodell")
public record TargetGroupCriteria(@NotEmpty Map<TargetGroup, @Valid AgeRange> targetGroups) {

  /** Ages in whole years, both inclusive: 4–12 takes a child from the 4th birthday to the day before the 13th. */
  public record AgeRange(@Min(0) @Max(30) int minAge, @Min(0) @Max(30) int maxAge, @NotBlank String label) {

    public boolean contains(int age) {
      return age >= minAge && age <= maxAge;
    }
  }

  public AgeRange of(TargetGroup group) {
    AgeRange range = targetGroups.get(group);
    if (range == null) {
      throw new IllegalStateException("config/grunnmodell.yml has no grunnmodell.target-groups." + group);
    }
    return range;
  }

  public static int ageOn(LocalDate birthDate, LocalDate day) {
    return Days.ageOn(birthDate, day);
  }
}
