package no.grunnmodell.security;

import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The processes a kontaktperson may start, from config/grunnmodell.yml ({@code grunnmodell.startable-processes}):
 * the courses and the Tasklist's withdrawal notice. Every other process starts only from inside a course, so that
 * nobody can begin, say, the start-up phase of a course without its intake and consent.
 */
@Validated
@ConfigurationProperties(prefix = "grunnmodell")
public record StartableProcesses(@NotEmpty List<String> startableProcesses) {
}
