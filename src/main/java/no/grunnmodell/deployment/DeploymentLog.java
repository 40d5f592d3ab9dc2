package no.grunnmodell.deployment;

import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every new deployment, with who made it and how, in the project's own table {@code gm_deployment}. Written in the
 * deployment's own transaction: a deployment that fails later in the engine leaves no row.
 */
@Component
public class DeploymentLog {

  /** How a deployment came: the repository's files at start-up, or anything else while running (REST, Modeler). */
  public enum Via { STARTUP, REST }

  public record Entry(String deploymentId, String name, String source, String deployedBy, Timestamp deployedAt,
                      Via via, String resources) {
  }

  static final int RESOURCES_LENGTH = 4000;
  static final String SYSTEM = "system";

  private final JdbcTemplate jdbc;

  public DeploymentLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void record(String deploymentId, String name, String source, String deployedBy, Date deployedAt, Via via,
              List<String> resources) {
    jdbc.update("insert into gm_deployment (deployment_id, name, source, deployed_by, deployed_at, via, resources)"
            + " values (?, ?, ?, ?, ?, ?, ?)",
        deploymentId, cut(name, 255), cut(source, 255), deployedBy == null ? SYSTEM : deployedBy,
        new Timestamp(deployedAt.getTime()), via.name(), cut(String.join(",", resources), RESOURCES_LENGTH));
  }

  public List<Entry> forDeployment(String deploymentId) {
    return jdbc.query("select deployment_id, name, source, deployed_by, deployed_at, via, resources"
            + " from gm_deployment where deployment_id = ?",
        (rs, i) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5),
            Via.valueOf(rs.getString(6)), rs.getString(7)), deploymentId);
  }

  public long count() {
    Long count = jdbc.queryForObject("select count(*) from gm_deployment", Long.class);
    return count == null ? 0 : count;
  }

  /** A deployment of many files still gets its row; the list then ends with "...". */
  private static String cut(String text, int length) {
    if (text == null || text.length() <= length) {
      return text;
    }
    return text.substring(0, length - 3) + "...";
  }
}
