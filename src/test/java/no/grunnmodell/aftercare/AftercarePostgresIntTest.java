package no.grunnmodell.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import no.grunnmodell.PostgresIntTestBase;
import no.grunnmodell.platform.Days;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The come-back after a no on a real PostgreSQL (asked again and still no): the changed unique constraint and the
 * numbered insert.
 */
@Order(PostgresIntTestBase.RUN_LAST)
class AftercarePostgresIntTest extends PostgresIntTestBase {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aYoungPersonWhoSaidNoComesBackAsTheCasesSecondCourse() {
    ProcessInstance first = start("PG-ETTERVERN-1");
    taskService.complete(taskService.createTaskQuery().processInstanceId(first.getId()).singleResult().getId(),
        Map.of("conversationDate", LocalDate.now(Days.OSLO).toString(), "youngPersonInformed", true,
            "youngPersonWishes", "Vil klare seg selv", "consentDecision", "REFUSED", "refusalNote", "Kanskje senere"));
    // A no keeps the course open until the young person is asked again, six months on; then it ends.
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(200))));
    LocalDate askedAgain = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Europe/Oslo"));
    taskService.complete(taskService.createTaskQuery().processInstanceId(first.getId()).singleResult().getId(),
        Map.of("askedAgainDate", askedAgain.toString(), "askedAgainAnswer", "STILL_NO",
            "askedAgainYoungPersonView", "Vil fortsatt klare seg selv", "toldAboutComingBack", true));
    ProcessInstance second = start("PG-ETTERVERN-1");

    assertThat(jdbc.queryForList("select course_number from gm_course where case_reference = 'PG-ETTERVERN-1'"
        + " order by course_number", Integer.class)).containsExactly(1, 2);
    assertThat(jdbc.queryForObject("select p.process_instance_id from gm_course c join gm_course p"
        + " on p.id = c.previous_course_id where c.process_instance_id = ?", String.class, second.getId()))
        .isEqualTo(first.getId());
    assertThatThrownBy(() -> start("PG-ETTERVERN-1"))
        .hasMessageContaining("Det finnes allerede et forløp for dette saksnummeret");
  }

  private ProcessInstance start(String caseReference) {
    LocalDate today = LocalDate.now(Days.OSLO);
    return runtimeService.startProcessInstanceByKey("AftercareCourse", Map.of("serviceId", "grorud",
        "caseReference", caseReference, "kontaktperson", "grorud-kontaktperson",
        "birthDate", today.minusYears(18).toString(), "decisionDate", today.toString()));
  }
}
