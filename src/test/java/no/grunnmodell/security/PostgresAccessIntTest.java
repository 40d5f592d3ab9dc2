package no.grunnmodell.security;

import java.util.UUID;
import no.grunnmodell.PostgresIntTestBase;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** On PostgreSQL too, a service's staff cannot reach another service's courses. */
@Order(PostgresIntTestBase.RUN_LAST)
class PostgresAccessIntTest extends PostgresIntTestBase {

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;

  @Test
  void aLorenskogKontaktpersonCannotReachAGrorudCourse() {
    ProcessInstance grorud = TenantIsolation.startCourse(runtimeService, "grorud", "PG-" + UUID.randomUUID());
    Task task = taskService.createTaskQuery().processInstanceId(grorud.getId()).singleResult();

    TenantIsolation.lorenskogCannotReachGrorudOverRest(http, grorud, task);
    TenantIsolation.lorenskogCannotReachGrorudOverJava(identityService, taskService, runtimeService, grorud, task);
  }
}
