package no.grunnmodell.migration;

import java.util.List;
import no.grunnmodell.platform.ApiError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Moving running courses to the latest version of their diagram, for process owners and administrators: which
 * processes have courses on older versions, a dry run, the migration, and earlier migrations. Documented in
 * docs/api.md. The same service answers Cockpit's «Flytt forløp» panel ({@link MigrationPluginResource}).
 */
@RestController
@RequestMapping("/api/migrations")
public class MigrationController {

  /** The body of {@code POST /api/migrations}. */
  public record MigrationRequest(String processKey) {
  }

  private final CourseMigrations migrations;

  public MigrationController(CourseMigrations migrations) {
    this.migrations = migrations;
  }

  @GetMapping("/overview")
  public List<ProcessVersions> overview() {
    return migrations.overview();
  }

  @GetMapping("/dry-run")
  public MigrationReport dryRun(@RequestParam String processKey) {
    return migrations.dryRun(processKey);
  }

  @PostMapping
  public MigrationReport migrate(@RequestBody MigrationRequest request) {
    return migrations.migrate(request.processKey());
  }

  @GetMapping
  public List<MigrationRecord> history(@RequestParam(required = false) String processKey,
                                       @RequestParam(defaultValue = "50") int limit) {
    if (limit < 1 || limit > 500) {
      throw ApiError.badField("limit", "limit must be between 1 and 500.");
    }
    return migrations.history(processKey, limit);
  }
}
