package no.grunnmodell.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import no.grunnmodell.PostgresIntTestBase;
import no.grunnmodell.RestVariables;
import no.grunnmodell.course.CourseTestSupport;
import no.grunnmodell.platform.Days;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Grunnmodell at national volume on one node and a real PostgreSQL (issue 14): the database's own commit ceiling
 * and the course steps per second at 1 and 4 clients through the REST calls a caseworker's Tasklist makes; step,
 * Tasklist, status and report latencies at 1,000 and at 50,000 open courses (ten services, with closed courses in
 * the history); the deadline watch escalating 10,000 overdue steps at once; the heap. Prints figures, asserts
 * nothing about time. Not part of {@code mvn verify}: {@code mvn -Pbenchmark test} (README «Performance»).
 *
 * <p>Sizes can be changed with system properties: {@code bench.open} (50000), {@code bench.closed} (45000, one
 * year; ten years is 450000), {@code bench.overdue} (10000), {@code bench.seconds} (20 per throughput run).
 */
@Order(PostgresIntTestBase.RUN_LAST)
class NationalScaleBenchmark extends PostgresIntTestBase {

  private static final List<String> SERVICES = List.of("narvik", "harstad", "haugesund-utsira", "vest-telemark",
      "midt-telemark", "notodden-hjartdal", "tinn", "grorud", "lorenskog", "aurskog-holand");
  private static final int OPEN = Integer.getInteger("bench.open", 50_000);
  private static final int CLOSED = Integer.getInteger("bench.closed", 45_000);
  private static final int OVERDUE = Integer.getInteger("bench.overdue", 10_000);
  private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired EmbeddedPostgres postgres;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final AtomicInteger caseNumbers = new AtomicInteger();

  @Test
  void nationalScale() throws Exception {
    System.out.printf("%n=== Grunnmodell national-scale benchmark ===%nMachine: %d cores (load average %s), "
            + "heap max %d MB; PostgreSQL %s (fsync %s, synchronous_commit %s)%n",
        Runtime.getRuntime().availableProcessors(), loadAverage(), Runtime.getRuntime().maxMemory() >> 20,
        jdbc.queryForObject("show server_version", String.class), jdbc.queryForObject("show fsync", String.class),
        jdbc.queryForObject("show synchronous_commit", String.class));

    System.out.println("\n-- Throughput: course steps/s against the database's commit ceiling --");
    // Not measured: the first steps of a fresh JVM pay for compiling the code they run
    Run warmUp = stepsPerSecond(2, Math.max(5, SECONDS / 2));
    System.out.printf("warm-up: %d steps, not counted%n", warmUp.latencies().size());
    for (int clients : new int[] {1, 4}) {
      double ceiling = commitCeiling(clients);
      Run run = stepsPerSecond(clients, SECONDS);
      System.out.printf("%d client(s): commit ceiling %,.0f TPS, course steps %.1f/s, ratio %.1f %%, "
              + "step p50 %.0f ms, p95 %.0f ms (%d steps); CPU per step %.1f ms on the machine, %.1f ms of it in "
              + "the JVM (application and this client)%n", clients, ceiling, run.perSecond(),
          100 * run.perSecond() / ceiling, run.p(50), run.p(95), run.latencies.size(), run.cpuPerStep()[1],
          run.cpuPerStep()[0]);
      System.out.printf("  the database's work per step: %.1f transactions, %.0f rows written, %.0f rows read "
          + "(a pgbench -N transaction writes 2 rows and reads 1)%n", run.databasePerStep()[0],
          run.databasePerStep()[1], run.databasePerStep()[2]);
    }

    List<String> templates = templateCourses();
    CourseCloner cloner = new CourseCloner(jdbc);
    int templatesPerRound = templates.size();
    long seeded = System.nanoTime();
    int copiesFor1000 = Math.max(1, (1_000 - openCourses()) / templatesPerRound);
    cloner.copy(templates, 1, copiesFor1000, 0, false);
    analyze();
    System.out.printf("%n-- At %,d open courses (seeded in %d s) --%n", openCourses(),
        Duration.ofNanos(System.nanoTime() - seeded).toSeconds());
    Map<String, double[]> small = latencies();

    seeded = System.nanoTime();
    int copiesForAll = Math.max(copiesFor1000 + 1, (OPEN - openCourses()) / templatesPerRound + copiesFor1000);
    cloner.copy(templates, copiesFor1000 + 1, copiesForAll, 0, false);
    cloner.copy(List.of(closedCourse()), 1, CLOSED, 3650, true);
    analyze();
    System.out.printf("%n-- At %,d open courses and %,d closed over ten years (seeded in %d s; database %s) --%n",
        openCourses(), closedCourses(), Duration.ofNanos(System.nanoTime() - seeded).toSeconds(),
        jdbc.queryForObject("select pg_size_pretty(pg_database_size(current_database()))", String.class));
    largestTables();
    Map<String, double[]> large = latencies();
    System.out.println("\nGrowth from 1,000 open courses (goal: p95 < 100 ms and at most 1.5 times):");
    large.forEach((what, p) -> System.out.printf("  %-46s p95 %6.1f ms -> %6.1f ms (x%.2f)%n", what,
        small.get(what)[1], p[1], p[1] / small.get(what)[1]));

    escalateOverdue();
    heap();
  }

  // ---- the database's own ceiling ----

  /** pgbench -N on the same server where installed, else its transaction over JDBC. */
  private double commitCeiling(int clients) throws Exception {
    String pgbench = findPgbench();
    if (pgbench != null) {
      run(pgbench, "-i", "-q", "-s", "4");
      String out = run(pgbench, "-N", "-c", String.valueOf(clients), "-j", String.valueOf(clients), "-T",
          String.valueOf(Math.max(5, SECONDS / 2)));
      Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(out);
      if (tps.find()) {
        return Double.parseDouble(tps.group(1));
      }
    }
    return jdbcCeiling(clients);
  }

  private static String findPgbench() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, "pgbench"))) {
        return Path.of(dir, "pgbench").toString();
      }
    }
    return null;
  }

  private String run(String pgbench, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(pgbench, "-h", "localhost", "-p",
        String.valueOf(postgres.getPort()), "-U", "postgres"));
    command.addAll(List.of(args));
    command.add("postgres");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return out;
  }

  /** pgbench's simple-update transaction (-N) over JDBC: an update, a select and an insert, then a commit. */
  private double jdbcCeiling(int clients) throws Exception {
    jdbc.execute("create table if not exists bench_account (id int primary key, balance int not null)");
    jdbc.execute("create table if not exists bench_history (id int, delta int, at timestamp default now())");
    jdbc.execute("insert into bench_account select n, 0 from generate_series(1, 100000) n on conflict do nothing");
    long end = System.nanoTime() + Duration.ofSeconds(Math.max(5, SECONDS / 2)).toNanos();
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      futures.add(pool.submit(() -> {
        try (Connection connection = dataSource.getConnection()) {
          connection.setAutoCommit(false);
          while (System.nanoTime() < end) {
            int id = ThreadLocalRandom.current().nextInt(1, 100_001);
            try (PreparedStatement update = connection.prepareStatement(
                "update bench_account set balance = balance + 1 where id = ?");
                 PreparedStatement select = connection.prepareStatement(
                     "select balance from bench_account where id = ?");
                 PreparedStatement insert = connection.prepareStatement(
                     "insert into bench_history (id, delta) values (?, 1)")) {
              update.setInt(1, id);
              update.executeUpdate();
              select.setInt(1, id);
              select.executeQuery().close();
              insert.setInt(1, id);
              insert.executeUpdate();
            }
            connection.commit();
            done.incrementAndGet();
          }
        }
        return null;
      }));
    }
    for (Future<?> future : futures) {
      future.get();
    }
    pool.shutdown();
    return done.get() / (double) Math.max(5, SECONDS / 2);
  }

  // ---- course steps as a caseworker takes them ----

  private record Run(List<Double> latencies, double seconds, double[] cpuPerStep, double[] databasePerStep) {
    double perSecond() {
      return latencies.size() / seconds;
    }

    double p(int percentile) {
      return percentile(latencies, percentile);
    }
  }

  /**
   * Each client is a kontaktperson of its own service taking new courses through intake, consent and the whole
   * start-up phase over REST: the course API's start, then each step's form submitted as the Tasklist does.
   */
  private Run stepsPerSecond(int clients, int seconds) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> futures = new ArrayList<>();
    long start = System.nanoTime();
    CpuUse cpuBefore = CpuUse.now();
    long[] databaseBefore = databaseWork();
    for (int c = 0; c < clients; c++) {
      String service = SERVICES.get(c % SERVICES.size());
      futures.add(pool.submit(() -> {
        while (System.nanoTime() < end) {
          courseThroughStartUp(service, latencies, end);
        }
        return null;
      }));
    }
    for (Future<?> future : futures) {
      future.get();
    }
    pool.shutdown();
    double[] cpuPerStep = CpuUse.now().perUnitSince(cpuBefore, latencies.size());
    // PostgreSQL reports an idle connection's counts within ten seconds
    Thread.sleep(11_000);
    long[] databaseAfter = databaseWork();
    double[] databasePerStep = new double[databaseAfter.length];
    for (int i = 0; i < databaseAfter.length; i++) {
      databasePerStep[i] = (databaseAfter[i] - databaseBefore[i]) / (double) Math.max(1, latencies.size());
    }
    return new Run(latencies, (System.nanoTime() - start) / 1e9, cpuPerStep, databasePerStep);
  }

  /** Transactions committed, rows written and rows read in this database so far (pg_stat_database). */
  private long[] databaseWork() {
    return jdbc.queryForObject("select xact_commit, tup_inserted + tup_updated + tup_deleted, "
        + "tup_returned + tup_fetched from pg_stat_database where datname = current_database()",
        (rs, row) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
  }

  private void courseThroughStartUp(String service, List<Double> latencies, long end) throws Exception {
    String kontaktperson = service + "-kontaktperson";
    long t0 = System.nanoTime();
    JsonNode course = post(kontaktperson, "/api/courses", startBody(service));
    latencies.add((System.nanoTime() - t0) / 1e6);
    String courseId = course.path("courseId").asText();
    for (Map<String, Object> step : steps()) {
      if (System.nanoTime() >= end) {
        return;
      }
      String taskId = openStep(kontaktperson, courseId, (String) step.get("@step"));
      Map<String, Object> form = new HashMap<>(step);
      form.remove("@step");
      long t = System.nanoTime();
      post(kontaktperson, "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", RestVariables.of(form)));
      latencies.add((System.nanoTime() - t) / 1e6);
    }
  }

  private Map<String, Object> startBody(String service) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("serviceId", service);
    body.put("caseReference", "BENCH-" + ProcessHandle.current().pid() + "-" + caseNumbers.incrementAndGet());
    body.put("targetGroup", "FAMILY");
    body.put("birthDate", LocalDate.now(Days.OSLO).minusYears(8).toString());
    body.put("decisionDate", LocalDate.now(Days.OSLO).minusDays(1).toString());
    body.put("kontaktperson", service + "-kontaktperson");
    body.put("childFirstName", "Ola");
    return body;
  }

  private String openStep(String user, String courseId, String step) throws Exception {
    for (int attempt = 0; attempt < 50; attempt++) {
      for (JsonNode open : get(user, "/api/courses/" + courseId).path("openSteps")) {
        if (step.equals(open.path("step").asText())) {
          return open.path("taskId").asText();
        }
      }
      Thread.sleep(20);
    }
    throw new IllegalStateException("The course never reached " + step);
  }

  /** The forms of intake, consent and the start-up phase, filled in as a kontaktperson would. */
  private static List<Map<String, Object>> steps() {
    String today = LocalDate.now(Days.OSLO).toString();
    List<Map<String, Object>> steps = new ArrayList<>();
    steps.add(Map.of("@step", "Task_RegisterIntake", "firstContactDate", today, "dailyCare", "BOTH_PARENTS",
        "interpreterNeeded", false, "adaptationNeeded", false));
    steps.add(Map.of("@step", "Task_ObtainConsent", "consentDecision", "GIVEN", "consentDate", today,
        "childView", "Vil ha mindre krangling hjemme.", "consentGivenBy", Spin.JSON("[\"mor\",\"far\"]"),
        "consentForm", "WRITTEN"));
    steps.add(Map.of("@step", "Task_EcologicalMapping", "mappingDate", today, "childNeeds", "Trygghet",
        "parentCapacity", "God vilje", "familyAndSurroundings", "Lite nettverk"));
    steps.add(Map.of("@step", "Task_WhatMattersConversation", "conversationDate", today,
        "whatMatters", "Fotball og venner"));
    steps.add(Map.of("@step", "Task_AnalyseMapping", "analysisSummary", "Rutiner og nettverk",
        "focusAreas", Spin.JSON("[\"omsorg\"]")));
    Map<String, Object> plan = plan(LocalDate.now(Days.OSLO).plusMonths(3));
    plan.put("@step", "Task_AgreeMeasurePlan");
    steps.add(plan);
    return steps;
  }

  private static Map<String, Object> plan(LocalDate evaluation) {
    Map<String, Object> plan = CourseTestSupport.plan("veiledning");
    plan.put("evaluationDate", evaluation.toString());
    return plan;
  }

  // ---- national volume ----

  /**
   * Real courses in every service, run by the engine: waiting at intake, at consent, in the start-up phase, and
   * (most of them, as in a real service) in the measures with guidance and an evaluation date. The copies are made
   * from these.
   */
  private List<String> templateCourses() {
    List<String> templates = new ArrayList<>();
    for (String service : SERVICES) {
      for (int state = 0; state < 8; state++) {
        ProcessInstance course = startCourse(service, "BENCH-" + service + "-T" + state + "-000000");
        int steps = state == 0 ? 0 : state == 1 ? 1 : state == 2 ? 2 : 6;
        List<Map<String, Object>> forms = steps();
        for (int i = 0; i < steps; i++) {
          complete(course, forms.get(i));
        }
        templates.add(course.getId());
      }
    }
    return templates;
  }

  /** One course run from its start to closure, whose history the closed courses are copies of. */
  private String closedCourse() {
    ProcessInstance course = startCourse("grorud", "BENCH-closed-000000");
    for (Map<String, Object> form : steps()) {
      complete(course, form);
    }
    tasks.complete(task(course, "Task_LogGuidanceSession").getId(), Map.of("sessionDate",
        LocalDate.now(Days.OSLO).toString(), "sessionType", "HOME", "sessionTopic", "Rutiner",
        "sessionParticipants", Spin.JSON("[\"foreldre\"]"), "moreSessions", false));
    Job timer = management.createJobQuery().processInstanceId(course.getId()).activityId("Timer_EvaluationDue")
        .singleResult();
    management.executeJob(timer.getId());
    tasks.complete(task(course, "Task_EvaluatePlan").getId(), CourseTestSupport.evaluation("CLOSE"));
    tasks.complete(task(course, "Task_CloseCourse").getId(), Map.of("closureReason", "GOALS_MET",
        "closingConversationDate", LocalDate.now(Days.OSLO).toString(), "finalEvaluation", "Målene nådd",
        "closingSummary", "Ingen videre tiltak"));
    return course.getId();
  }

  private ProcessInstance startCourse(String service, String caseReference) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("serviceId", service);
    vars.put("caseReference", caseReference);
    vars.put("kontaktperson", service + "-kontaktperson");
    vars.put("childFirstName", "Ola");
    vars.put("birthDate", LocalDate.now(Days.OSLO).minusYears(8).toString());
    vars.put("decisionDate", LocalDate.now(Days.OSLO).minusDays(1).toString());
    return runtime.startProcessInstanceByKey("FamilyCourse", vars);
  }

  private void complete(ProcessInstance course, Map<String, Object> form) {
    Map<String, Object> values = new HashMap<>(form);
    String step = (String) values.remove("@step");
    tasks.complete(task(course, step).getId(), values);
  }

  private Task task(ProcessInstance course, String step) {
    return tasks.createTaskQuery().processInstanceBusinessKey(course.getBusinessKey()).taskDefinitionKey(step)
        .singleResult();
  }

  /** Where the space goes: the tables (with their indexes) that hold most of the database, per course. */
  private void largestTables() {
    int courses = openCourses() + closedCourses();
    jdbc.query("select relname, pg_total_relation_size(c.oid) as bytes from pg_class c "
        + "join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r' "
        + "order by bytes desc limit 8", rs -> {
          System.out.printf("  %-22s %,8d MB, %,6.1f KB per course%n", rs.getString(1),
              rs.getLong(2) / (1024 * 1024), rs.getLong(2) / 1024.0 / courses);
        });
  }

  private int openCourses() {
    return jdbc.queryForObject("select count(*) from ACT_RU_EXECUTION where ID_ = PROC_INST_ID_ "
        + "and PROC_DEF_KEY_ = 'FamilyCourse'", Integer.class);
  }

  private int closedCourses() {
    return jdbc.queryForObject("select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = 'FamilyCourse' "
        + "and END_TIME_ is not null", Integer.class);
  }

  private void analyze() {
    jdbc.execute("analyze");
  }

  // ---- what people wait for ----

  /** p50 and p95 in ms of a step, the kontaktperson's and leder's Tasklist, the status API and the report. */
  private Map<String, double[]> latencies() throws Exception {
    String service = "grorud";
    String kontaktperson = service + "-kontaktperson";
    String leder = service + "-leder";
    Map<String, double[]> result = new LinkedHashMap<>();
    Run steps = stepsPerSecond(1, Math.max(10, SECONDS / 2));
    result.put("a course step (REST, 1 client)", new double[] {steps.p(50), steps.p(95)});
    String mine = filterId(kontaktperson, "Mine oppgaver");
    String overdue = filterId(leder, "Alle forsinkede steg i tjenesten (leder)");
    String courseId = get(kontaktperson, "/api/courses?serviceId=" + service + "&caseReference="
        + "BENCH-" + service + "-T7-z00001").path("courseId").asText();
    result.put("kontaktperson's Tasklist «Mine oppgaver»", sample(() -> post(kontaktperson,
        "/engine-rest/filter/" + mine + "/list?firstResult=0&maxResults=15", Map.of())));
    result.put("kontaktperson's Tasklist count", sample(() -> get(kontaktperson,
        "/engine-rest/filter/" + mine + "/count")));
    result.put("leder's Tasklist «Alle forsinkede steg»", sample(() -> post(leder,
        "/engine-rest/filter/" + overdue + "/list?firstResult=0&maxResults=15", Map.of())));
    result.put("course status API", sample(() -> get(kontaktperson, "/api/courses/" + courseId)));
    result.put("overdue report (leder)", sample(() -> get(leder, "/api/reports/overdue")));
    result.forEach((what, p) -> System.out.printf("  %-46s p50 %6.1f ms, p95 %6.1f ms%n", what, p[0], p[1]));
    return result;
  }

  private interface Call {
    JsonNode call() throws Exception;
  }

  private static double[] sample(Call call) throws Exception {
    call.call();
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      long start = System.nanoTime();
      call.call();
      times.add((System.nanoTime() - start) / 1e6);
    }
    return new double[] {percentile(times, 50), percentile(times, 95)};
  }

  private String filterId(String user, String name) throws Exception {
    for (JsonNode filter : get(user, "/engine-rest/filter?resourceType=Task&firstResult=0&maxResults=200")) {
      if (name.equals(filter.path("name").asText())) {
        return filter.path("id").asText();
      }
    }
    throw new IllegalStateException(user + " has no filter " + name);
  }

  // ---- the deadline watch ----

  /** Makes open steps fall overdue at once, then times the deadline watch escalating all of them. */
  private void escalateOverdue() {
    int made = jdbc.update("update ACT_RU_TASK set DUE_DATE_ = now() - interval '1 day' where ID_ in (select ID_ "
        + "from ACT_RU_TASK where TASK_DEF_KEY_ like 'Task_%' and (DUE_DATE_ is null or DUE_DATE_ > now()) "
        + "limit ?)", OVERDUE);
    long overdue = jdbc.queryForObject("select count(*) from ACT_RU_TASK where DUE_DATE_ < now()", Long.class);
    Job watch = management.createJobQuery().processDefinitionKey("DeadlineWatch").singleResult();
    System.out.printf("%n-- Deadline watch: %,d steps made overdue (%,d overdue in all) --%n", made, overdue);
    long start = System.nanoTime();
    String outcome = "done";
    int rounds = 0;
    try {
      // the timer starts «Fristkontroll»; each round of escalations is then a job of its own, run here one by one
      management.executeJob(watch.getId());
      for (Job round = nextRound(); round != null; round = nextRound()) {
        management.executeJob(round.getId());
        rounds++;
      }
    } catch (RuntimeException e) {
      outcome = "FAILED: " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    // Camunda repeats an incident in a phase (the start-up phase) in the course that called it: count each once
    long incidents = jdbc.queryForObject("select count(*) from ACT_RU_INCIDENT where INCIDENT_TYPE_ = "
        + "'fristOverskredet' and ID_ = ROOT_CAUSE_INCIDENT_ID_", Long.class);
    long lederSteps = jdbc.queryForObject("select count(*) from ACT_RU_TASK where PROC_DEF_ID_ like "
        + "'DeadlineEscalation:%'", Long.class);
    System.out.printf("Escalation %s in %.1f s, %d rounds (goal: within 300 s): %,d steps marked overdue "
        + "(incidents), %,d leder steps%n", outcome, seconds, rounds, incidents, lederSteps);
  }

  private Job nextRound() {
    return management.createJobQuery().processDefinitionKey("DeadlineWatch").messages().singleResult();
  }

  // ---- heap ----

  /** Other work on the machine skews every figure; the printout says how busy it was. */
  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static void heap() {
    System.gc();
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("%n-- Heap: max %d MB (goal: runs with -Xmx512m), peak %d MB, after GC %d MB --%n",
        Runtime.getRuntime().maxMemory() >> 20, peak >> 20, used >> 20);
  }

  // ---- HTTP as the Tasklist and the case system talk to the node ----

  private JsonNode get(String user, String path) throws Exception {
    return send(user, HttpRequest.newBuilder(uri(path)).GET());
  }

  private JsonNode post(String user, String path, Object body) throws Exception {
    return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
  }

  private JsonNode send(String user, HttpRequest.Builder request) throws Exception {
    String auth = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response = http.send(request.header("Authorization", "Basic " + auth).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(response.request().uri() + " as " + user + ": " + response.statusCode() + " "
          + response.body());
    }
    return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static double percentile(List<Double> values, int percentile) {
    List<Double> sorted;
    synchronized (values) {
      sorted = new ArrayList<>(values);
    }
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    Collections.sort(sorted);
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
  }
}
