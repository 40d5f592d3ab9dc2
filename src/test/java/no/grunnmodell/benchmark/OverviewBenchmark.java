package no.grunnmodell.benchmark;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.grunnmodell.PostgresIntTestBase;
import no.grunnmodell.overview.LederOverview;
import no.grunnmodell.overview.OverviewService;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How fast the leder's overview is on a PostgreSQL holding tens of thousands of courses: 40,000 running courses
 * over ten services, each with its variables (the phase, the evaluation date, the case number, the kontaktperson
 * and twenty others, as a real course carries), two open steps each (one in five overdue, some of them
 * evaluations), and 250,000 completed steps over the past year. Prints the time of the whole overview of one
 * service and the plans of its queries; asserts nothing about time. Not part of {@code mvn verify}; run it with
 * {@code mvn test -Dtest=OverviewBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Order(PostgresIntTestBase.RUN_LAST)
class OverviewBenchmark extends PostgresIntTestBase {

  private static final int SERVICES = 10;
  private static final int COURSES = 40_000;
  private static final int OTHER_VARIABLES = 20;
  private static final int DONE_STEPS = 250_000;
  private static final String[] STEPS = {"Task_RegisterIntake", "Task_ObtainConsent", "Task_AgreeMeasurePlan",
      "Task_EvaluatePlan", "Task_LogGuidanceSession", "Task_EvaluateWithYoungPerson"};
  private static final String[] PHASES = {"INTAKE", "CONSENT", "STARTUP", "IMPLEMENTATION", "IMPLEMENTATION",
      "IMPLEMENTATION", "EVALUATION", "PLAN_REVISION", "CLOSURE"};

  @Autowired JdbcTemplate jdbc;
  @Autowired OverviewService overviews;

  @Test
  void overviewOfOneServiceAmongTensOfThousandsOfCourses() {
    Instant now = Instant.now();
    long seeded = System.nanoTime();
    seed(now);
    System.out.printf("%nSeeded %,d courses, %,d variables, %,d open and %,d completed steps in %d s%n", COURSES,
        COURSES * (4 + OTHER_VARIABLES), COURSES * 2, DONE_STEPS,
        Duration.ofNanos(System.nanoTime() - seeded).toSeconds());
    for (String table : List.of("act_ru_execution", "act_ru_variable", "act_ru_task", "act_hi_taskinst",
        "act_id_user")) {
      jdbc.execute("analyze " + table);
    }

    LederOverview overview = overviews.overview("ovbench-3", now, 20);
    System.out.printf("One service: %d overdue steps, %d evaluations overdue, %d coming, %d running courses%n",
        overview.overdueSteps(), overview.evaluations().overdue(), overview.evaluations().dueSoon(),
        overview.coursesPerPhase().stream().mapToLong(LederOverview.PhaseCount::courses).sum());
    Measure.time("the whole overview of one service", () -> overviews.overview("ovbench-3", now, 20)
        .coursesPerPhase().size());
    explain("courses per phase", """
        select ph.TEXT_, count(*) from ACT_RU_VARIABLE ph join ACT_RU_EXECUTION p on p.ID_ = ph.EXECUTION_ID_
        where ph.TENANT_ID_ = 'ovbench-3' and ph.NAME_ = 'phase' and ph.EXECUTION_ID_ = ph.PROC_INST_ID_
          and p.PROC_DEF_KEY_ in ('FamilyCourse', 'AftercareCourse') group by ph.TEXT_""");
    explain("evaluation dates in a range", """
        select v.PROC_INST_ID_ from ACT_RU_VARIABLE v join ACT_RU_EXECUTION p on p.ID_ = v.EXECUTION_ID_
        where v.TENANT_ID_ = 'ovbench-3' and v.NAME_ = 'evaluationDue' and v.LONG_ >= 0 and v.LONG_ < %d
          and v.EXECUTION_ID_ = v.PROC_INST_ID_ and not exists (select 1 from ACT_RU_TASK e
            where e.PROC_INST_ID_ = v.PROC_INST_ID_ and e.TASK_DEF_KEY_ in ('Task_EvaluatePlan'))"""
        .formatted(now.toEpochMilli()));
    explain("open evaluation steps in a range", """
        select t.ID_ from ACT_RU_TASK t where t.TENANT_ID_ = 'ovbench-3'
          and t.TASK_DEF_KEY_ in ('Task_EvaluatePlan', 'Task_EvaluateWithYoungPerson') and t.DUE_DATE_ < now()""");
  }

  private void explain(String what, String sql) {
    System.out.println("Plan of " + what + ":");
    jdbc.queryForList("explain " + sql, String.class).forEach(line -> System.out.println("  " + line));
  }

  private void seed(Instant now) {
    Random random = new Random(42);
    List<Object[]> users = new ArrayList<>();
    for (int u = 0; u < SERVICES * 10; u++) {
      users.add(new Object[] {"ovbench-user-" + u, 1, "Fornavn" + u, "Etternavn" + u});
    }
    Measure.batch(jdbc, "insert into ACT_ID_USER (ID_, REV_, FIRST_, LAST_) values (?, ?, ?, ?)", users);
    List<Object[]> courses = new ArrayList<>();
    List<Object[]> variables = new ArrayList<>();
    List<Object[]> open = new ArrayList<>();
    for (int i = 0; i < COURSES; i++) {
      String id = "ovbench-pi-" + i;
      String service = "ovbench-" + (i % SERVICES);
      String user = "ovbench-user-" + (i % SERVICES * 10 + random.nextInt(10));
      courses.add(new Object[] {id, 1, id, id, "CASE-" + i, i % 4 == 0 ? "AftercareCourse" : "FamilyCourse",
          service, true, false, true, false, 1});
      long evaluationDue = now.plus(Duration.ofDays(random.nextInt(120) - 30)).toEpochMilli();
      variables.add(variable(id + "-phase", "string", "phase", id, service, null, PHASES[random.nextInt(9)]));
      variables.add(variable(id + "-eval", "date", "evaluationDue", id, service, evaluationDue, null));
      variables.add(variable(id + "-case", "string", "caseReference", id, service, null, "CASE-" + i));
      variables.add(variable(id + "-kp", "string", "kontaktperson", id, service, null, user));
      for (int v = 0; v < OTHER_VARIABLES; v++) {
        variables.add(variable(id + "-v" + v, "string", "field" + v, id, service, null, "Tekst i et skjema " + v));
      }
      for (int t = 0; t < 2; t++) {
        long offsetDays = random.nextInt(5) == 0 ? -1 - random.nextInt(60) : 1 + random.nextInt(60);
        open.add(new Object[] {id + "-task-" + t, 1, STEPS[random.nextInt(STEPS.length)], "Steg", service, id, id,
            user, Timestamp.from(now.plus(Duration.ofDays(offsetDays))),
            Timestamp.from(now.minus(Duration.ofDays(30))), 50, 1});
      }
    }
    Measure.batch(jdbc, "insert into ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_, "
        + "PROC_DEF_KEY_, TENANT_ID_, IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_) "
        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", courses);
    Measure.batch(jdbc, "insert into ACT_RU_VARIABLE (ID_, REV_, TYPE_, NAME_, EXECUTION_ID_, PROC_INST_ID_, "
        + "TENANT_ID_, LONG_, TEXT_, VAR_SCOPE_) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", variables);
    Measure.batch(jdbc, "insert into ACT_RU_TASK (ID_, REV_, TASK_DEF_KEY_, NAME_, TENANT_ID_, EXECUTION_ID_, "
        + "PROC_INST_ID_, ASSIGNEE_, DUE_DATE_, CREATE_TIME_, PRIORITY_, SUSPENSION_STATE_) "
        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", open);
    Measure.completedSteps(jdbc, "ovbench", DONE_STEPS, SERVICES, STEPS, now, random);
  }

  private static Object[] variable(String id, String type, String name, String course, String service, Long number,
                                   String text) {
    return new Object[] {id, 1, type, name, course, course, service, number, text, course};
  }
}
