package no.grunnmodell.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class PostgresSchemaIntTest extends PostgresIntTestBase {

  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;
  @Autowired RepositoryService repositoryService;

  @Test
  void runsOnPostgres() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
  }

  @Test
  void theWholeSchemaComesFromLiquibase() {
    List<String> files = jdbc.queryForList("select distinct filename from databasechangelog", String.class);
    assertThat(files).anyMatch(f -> f.contains("org/camunda/bpm/engine/db/liquibase"));
    assertThat(files).anyMatch(f -> f.startsWith("db/changelog/"));
    Integer engineTables = jdbc.queryForObject(
        "select count(*) from information_schema.tables where table_name like 'act_%'", Integer.class);
    assertThat(engineTables).isGreaterThan(40);
    assertThat(jdbc.queryForObject("select count(*) from gm_course", Integer.class)).isZero();
  }

  @Test
  void theModelsAreDeployed() {
    assertThat(repositoryService.createProcessDefinitionQuery().count()).isPositive();
  }
}
