package no.grunnmodell.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import no.grunnmodell.PostgresIntTestBase;
import no.grunnmodell.platform.Days;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@Order(PostgresIntTestBase.RUN_LAST)
class PostgresSchemaIntTest extends PostgresIntTestBase {

  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

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
  }

  @Test
  void theModelsAreDeployed() {
    assertThat(repositoryService.createProcessDefinitionQuery().count()).isPositive();
  }

  @Test
  void aCourseRunsEndToEnd() {
    LocalDate today = LocalDate.now(Days.OSLO);
    ProcessInstance course = runtimeService.startProcessInstanceByKey("FamilyCourse", Map.of(
        "serviceId", "grorud", "caseReference", "PG-1", "kontaktperson", "grorud-kontaktperson",
        "birthDate", today.minusYears(7).toString(), "decisionDate", today.toString()));
    assertThat(course.getTenantId()).isEqualTo("grorud");
    completeOnly(course, "Task_RegisterIntake", Map.of("firstContactDate", today.toString(),
        "dailyCare", "MOTHER", "interpreterNeeded", false,
        "adaptationNeeded", false));
    completeOnly(course, "Task_ObtainConsent", Map.of("consentDecision", "REFUSED", "consentDate", today.toString(),
        "childView", "-", "refusalNote", "Ingen videre avtale"));

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(course.getId()).count()).isZero();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(course.getId())
        .variableName("outcome").singleResult().getValue()).isEqualTo("CONSENT_REFUSED");
    assertThat(jdbc.queryForObject("select count(*) from gm_course where case_reference = 'PG-1'", Integer.class))
        .isEqualTo(1);
  }

  private void completeOnly(ProcessInstance course, String taskKey, Map<String, Object> values) {
    Task task = taskService.createTaskQuery().processInstanceId(course.getId()).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
    taskService.complete(task.getId(), values);
  }
}
