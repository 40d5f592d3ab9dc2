package no.grunnmodell.twonodes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import no.grunnmodell.RestVariables;
import no.grunnmodell.platform.Days;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application nodes from the built jar on one PostgreSQL (issue 14, «More than one node»): courses created
 * through both, their timers (evaluation dates, the deadline watch, the aftercare age limit) and a set of overdue
 * steps brought due at once, one node killed with SIGKILL while jobs run, then a check in the database that every
 * timer fired once, every overdue step was escalated once and nothing was lost. Prints a report (also to
 * target/two-nodes/report.txt) and fails if a check fails. Not part of {@code mvn verify}:
 * {@code tools/two-nodes/run.sh} (README «Running more than one node»).
 *
 * <p>PostgreSQL is the tests' embedded one (zonky), with fsync and synchronous commits on. Timers are brought due
 * by moving their due dates in ACT_RU_JOB, and steps made overdue by moving ACT_RU_TASK.DUE_DATE_, as a clock that
 * jumped forward would; nothing else is written behind the engine's back.
 */
class TwoNodeRun {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] SERVICES = {"lorenskog", "grorud"};
  private static final int FAMILY = Integer.getInteger("twonodes.family", 24);
  private static final int WAITING = Integer.getInteger("twonodes.waiting", 12);
  private static final int AFTERCARE = Integer.getInteger("twonodes.aftercare", 4);
  private static final int LOCK_MILLIS = 10_000;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final AtomicInteger caseNumbers = new AtomicInteger();
  private final List<String> report = Collections.synchronizedList(new ArrayList<>());
  private final List<String> failures = new ArrayList<>();
  private JdbcTemplate jdbc;

  @Test
  void twoNodesOnOnePostgres() throws Exception {
    Path jar = Path.of(System.getProperty("twonodes.jar", "target/grunnmodell-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
    assertThat(jar).as("the application jar (mvn package first)").exists();
    Path work = Path.of("target/two-nodes").toAbsolutePath();
    Files.createDirectories(work);
    EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(true)
        .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
        .setServerConfig("full_page_writes", "on").setServerConfig("max_connections", "100").start();
    Node a = null;
    Node b = null;
    try {
      jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
      line("=== Grunnmodell: two nodes on one PostgreSQL ===");
      line("Machine: %d cores; PostgreSQL %s on port %d (fsync %s, synchronous_commit %s, max_connections %s)",
          Runtime.getRuntime().availableProcessors(), jdbc.queryForObject("show server_version", String.class),
          postgres.getPort(), jdbc.queryForObject("show fsync", String.class),
          jdbc.queryForObject("show synchronous_commit", String.class),
          jdbc.queryForObject("show max_connections", String.class));
      String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
      // Both nodes start at once on the empty database, as a new cluster does: one creates the schema (Liquibase's
      // lock), the demo identities and the first deployment, the other waits for it or finds them done
      a = Node.start("node-a", 18081, jar, url, work);
      b = Node.start("node-b", 18082, jar, url, work);
      a.awaitUp(this);
      b.awaitUp(this);
      List<String> deployedTwice = jdbc.queryForList(
          "select KEY_ from ACT_RE_PROCDEF group by KEY_ having count(*) > 1", String.class);
      check(deployedTwice.isEmpty(), "each diagram deployed once by the two starting nodes (" + jdbc.queryForObject(
          "select count(*) from ACT_RE_PROCDEF", Long.class) + " process definitions" + (deployedTwice.isEmpty() ? ""
          : "; twice: " + deployedTwice) + ")");

      // ---- courses through both nodes ----
      long t0 = System.nanoTime();
      List<String> family = Collections.synchronizedList(new ArrayList<>());
      List<String> waiting = Collections.synchronizedList(new ArrayList<>());
      List<String> aftercare = Collections.synchronizedList(new ArrayList<>());
      ExecutorService clients = Executors.newFixedThreadPool(4);
      List<Future<?>> futures = new ArrayList<>();
      Node[] nodes = {a, b};
      for (int i = 0; i < FAMILY + WAITING + AFTERCARE; i++) {
        int n = i;
        Node node = nodes[i % 2];
        String service = SERVICES[(i / 2) % 2];
        futures.add(clients.submit(() -> {
          if (n < FAMILY) {
            family.add(familyCourseToMeasures(node, service));
          } else if (n < FAMILY + WAITING) {
            waiting.add(familyCourseAtConsent(node, service));
          } else {
            aftercare.add(aftercareCourseNearAgeLimit(node, service));
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      clients.shutdown();
      line("Created through both nodes in %d s: %d family courses in their measures (evaluation date set), %d "
              + "waiting at consent, %d aftercare courses of young people turning 25 within days",
          Duration.ofNanos(System.nanoTime() - t0).toSeconds(), family.size(), waiting.size(), aftercare.size());

      // ---- timers and overdue steps brought due at once ----
      List<String> overdueSteps = jdbc.queryForList("select ID_ from ACT_RU_TASK where TASK_DEF_KEY_ = "
          + "'Task_ObtainConsent' and PROC_INST_ID_ in (" + in(waiting) + ")", String.class);
      List<Map<String, Object>> timers = jdbc.queryForList("select j.ID_, d.ACT_ID_, j.PROCESS_INSTANCE_ID_, "
          + "j.PROCESS_DEF_KEY_ from ACT_RU_JOB j join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_ where j.TYPE_ = "
          + "'timer' and ((d.ACT_ID_ = 'Timer_EvaluationDue' and j.PROCESS_INSTANCE_ID_ in (" + in(family) + ")) "
          + "or (d.ACT_ID_ = 'Timer_AgeLimitReached' and j.PROCESS_INSTANCE_ID_ in (" + in(aftercare) + ")) "
          + "or j.PROCESS_DEF_KEY_ = 'DeadlineWatch')");
      Map<String, Long> timerKinds = timers.stream().collect(Collectors.groupingBy(t -> (String) t.get("ACT_ID_"),
          java.util.TreeMap::new, Collectors.counting()));
      List<String> timerIds = timers.stream().map(t -> (String) t.get("ID_")).toList();
      check(timerKinds.getOrDefault("Timer_EvaluationDue", 0L) == family.size(),
          "an evaluation timer per family course (" + timerKinds.get("Timer_EvaluationDue") + ")");
      check(timerKinds.getOrDefault("Timer_AgeLimitReached", 0L) == aftercare.size(),
          "an age-limit timer per aftercare course (" + timerKinds.get("Timer_AgeLimitReached") + ")");
      check(overdueSteps.size() == waiting.size(), "a consent step open in every course waiting at consent ("
          + overdueSteps.size() + ")");
      check(timers.stream().filter(t -> "DeadlineWatch".equals(t.get("PROCESS_DEF_KEY_"))).count() == 1,
          "one timer of the deadline watch («Fristkontroll»)");
      line("Timers to bring due: %d %s", timerIds.size(), timerKinds);
      Instant moved = jdbc.queryForObject("select now()", java.sql.Timestamp.class).toInstant();
      // First half: both nodes at work, nobody killed
      List<String> firstHalf = timers.stream().filter(t -> !"DeadlineWatch".equals(t.get("PROCESS_DEF_KEY_")))
          .map(t -> (String) t.get("ID_")).limit(timerIds.size() / 2).toList();
      jdbc.update("update ACT_RU_JOB set DUEDATE_ = now() where ID_ in (" + in(firstHalf) + ")");
      line("First half brought due: %d timers; both nodes running", firstHalf.size());
      awaitDueJobsDone(Duration.ofSeconds(180));
      for (Map<String, Object> row : jdbc.queryForList("select HOSTNAME_, count(*) as N from ACT_HI_JOB_LOG where "
          + "JOB_STATE_ = 2 and TIMESTAMP_ >= ? group by HOSTNAME_ order by 1", java.sql.Timestamp.from(moved))) {
        line("  %s ran %s of them", row.get("HOSTNAME_"), row.get("N"));
      }
      // Second half, the deadline watch and the overdue steps at once; node-b is killed while it runs them. Node-a
      // is paused first (SIGSTOP, as a long GC pause or a frozen VM would), so that node-b surely holds jobs at the
      // kill however fast node-a is; node-a goes on right after the kill and must take over what node-b held.
      a.pause();
      line("node-a paused (SIGSTOP) so that node-b takes the second half's first jobs");
      List<String> secondHalf = timerIds.stream().filter(id -> !firstHalf.contains(id)).toList();
      jdbc.update("update ACT_RU_TASK set DUE_DATE_ = now() - interval '2 days' where ID_ in (" + in(overdueSteps)
          + ")");
      jdbc.update("update ACT_RU_JOB set DUEDATE_ = now() where ID_ in (" + in(secondHalf) + ")");
      line("Second half brought due at once: %d timers (with «Fristkontroll»'s); %d steps made overdue (two days "
          + "past their due date)", secondHalf.size(), overdueSteps.size());

      // ---- node-b killed while it holds jobs ----
      List<Map<String, Object>> atKill = null;
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      while (System.nanoTime() < deadline) {
        List<Map<String, Object>> locked = jdbc.queryForList("select ID_, LOCK_OWNER_, LOCK_EXP_TIME_ from "
            + "ACT_RU_JOB where LOCK_OWNER_ is not null and LOCK_EXP_TIME_ > now()");
        if (!locked.isEmpty()) {
          b.kill();
          atKill = locked;
          break;
        }
        Thread.sleep(5);
      }
      a.resume();
      check(atKill != null, "node-b was killed while it held jobs");
      if (atKill == null) {
        b.kill();
        atKill = List.of();
      }
      Instant killedAt = Instant.now();
      line("node-b killed with SIGKILL (kill -9) while it held %d jobs; node-a resumed", atKill.size());
      // Half a lock time later, rows still locked as they were at the kill are the dead node's: node-a finishes a
      // job in well under that and takes no job another owner holds until its lock has run out
      Thread.sleep(LOCK_MILLIS / 2);
      List<Map<String, Object>> later = jdbc.queryForList("select ID_, LOCK_OWNER_, LOCK_EXP_TIME_ from ACT_RU_JOB "
          + "where LOCK_OWNER_ is not null");
      List<String> orphaned = new ArrayList<>();
      for (Map<String, Object> row : atKill) {
        if (later.contains(row)) {
          orphaned.add((String) row.get("ID_"));
        }
      }
      line("Jobs left locked by the dead node: %d (lock time %d s; node-a takes them when the lock runs out)",
          orphaned.size(), LOCK_MILLIS / 1000);

      // ---- wait until everything due has run ----
      int due = awaitDueJobsDone(Duration.ofSeconds(300));
      check(due == 0, "every job that was due has run (" + due + " left)");
      line("All due jobs done %d s after the kill", Duration.between(killedAt, Instant.now()).toSeconds());

      // ---- checks ----
      line("");
      line("-- Checks --");
      int twice = jdbc.queryForObject("select count(*) from (select JOB_ID_ from ACT_HI_JOB_LOG where JOB_STATE_ = 2 "
          + "group by JOB_ID_ having count(*) > 1) x", Integer.class);
      check(twice == 0, "no job succeeded twice in ACT_HI_JOB_LOG (" + twice + " did)");
      int timersOnce = 0;
      for (String id : timerIds) {
        int ok = jdbc.queryForObject("select count(*) from ACT_HI_JOB_LOG where JOB_ID_ = ? and JOB_STATE_ = 2",
            Integer.class, id);
        int running = jdbc.queryForObject("select count(*) from ACT_RU_JOB where ID_ = ?", Integer.class, id);
        if (ok == 1 && running == 0) {
          timersOnce++;
        }
      }
      check(timersOnce == timerIds.size(), "every timer brought due executed exactly once: " + timersOnce + " of "
          + timerIds.size());
      int evaluations = countPer(family, "select count(*) from ACT_HI_TASKINST where PROC_INST_ID_ = ? and "
          + "TASK_DEF_KEY_ = 'Task_EvaluatePlan'");
      check(evaluations == family.size(), "one evaluation step («Evaluer tiltaksplanen») per family course: "
          + evaluations + " of " + family.size());
      int ageEnds = countPer(aftercare, "select count(*) from ACT_HI_ACTINST where PROC_INST_ID_ = ? and "
          + "ACT_ID_ = 'EndEvent_AgeLimit'");
      int ended = countPer(aftercare, "select count(*) from ACT_HI_PROCINST where ID_ = ? and END_TIME_ is not null");
      check(ageEnds == aftercare.size() && ended == aftercare.size(), "every aftercare course ended once at the age "
          + "limit: " + ageEnds + " age-limit ends, " + ended + " ended, of " + aftercare.size());
      int watchRounds = jdbc.queryForObject("select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = "
          + "'DeadlineWatch' and START_TIME_ >= ?", Integer.class, java.sql.Timestamp.from(moved));
      check(watchRounds == 1, "the deadline watch started once: " + watchRounds);
      int watchJobs = jdbc.queryForObject("select count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 2 and "
          + "PROCESS_DEF_KEY_ = 'DeadlineWatch' and TIMESTAMP_ >= ?", Integer.class, java.sql.Timestamp.from(moved));
      int escalatedOnce = 0;
      int incidentsOnce = 0;
      for (String step : overdueSteps) {
        if (jdbc.queryForObject("select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = 'DeadlineEscalation' "
            + "and BUSINESS_KEY_ = ?", Integer.class, step) == 1) {
          escalatedOnce++;
        }
        if (jdbc.queryForObject("select count(*) from ACT_HI_INCIDENT where INCIDENT_TYPE_ = 'fristOverskredet' "
            + "and CONFIGURATION_ = ?", Integer.class, step) == 1) {
          incidentsOnce++;
        }
      }
      check(escalatedOnce == overdueSteps.size() && incidentsOnce == overdueSteps.size(), "every overdue step "
          + "escalated exactly once: " + escalatedOnce + " with one «Følg opp forsinket steg», " + incidentsOnce
          + " with one marker, of " + overdueSteps.size() + " (the watch's jobs: " + watchJobs + ")");
      int allEscalations = jdbc.queryForObject("select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = "
          + "'DeadlineEscalation'", Integer.class);
      check(allEscalations == overdueSteps.size(), "no other escalations: " + allEscalations);
      List<String> open = new ArrayList<>(family);
      open.addAll(waiting);
      int alive = countPer(open, "select count(*) from ACT_RU_EXECUTION e where e.ID_ = ? and e.ID_ = "
          + "e.PROC_INST_ID_ and exists (select 1 from ACT_RU_TASK t where t.PROC_INST_ID_ = e.ID_)");
      check(alive == open.size(), "every open course still there with its open steps: " + alive + " of "
          + open.size());
      int failed = jdbc.queryForObject("select count(*) from ACT_RU_INCIDENT where INCIDENT_TYPE_ = 'failedJob'",
          Integer.class);
      check(failed == 0, "no failedJob incident (" + failed + ")");
      int takenOver = 0;
      for (String id : orphaned) {
        takenOver += jdbc.queryForObject("select count(*) from ACT_HI_JOB_LOG where JOB_ID_ = ? and JOB_STATE_ = 2 "
            + "and HOSTNAME_ = 'node-a'", Integer.class, id);
      }
      check(takenOver == orphaned.size(), "node-a ran every job the dead node held: " + takenOver + " of "
          + orphaned.size());

      line("");
      line("-- Who ran what since the first timers were brought due (ACT_HI_JOB_LOG.HOSTNAME_) --");
      for (Map<String, Object> row : jdbc.queryForList("select HOSTNAME_, coalesce(ACT_ID_, JOB_DEF_TYPE_) as WHAT, "
          + "sum(case when JOB_STATE_ = 2 then 1 else 0 end) as OK, sum(case when JOB_STATE_ = 1 then 1 else 0 end) "
          + "as FAILED from ACT_HI_JOB_LOG where TIMESTAMP_ >= ? and JOB_STATE_ in (1, 2) group by HOSTNAME_, "
          + "coalesce(ACT_ID_, JOB_DEF_TYPE_) order by 1, 2", java.sql.Timestamp.from(moved))) {
        line("  %-7s %-34s %4s ran, %s failed attempts", row.get("HOSTNAME_"), row.get("WHAT"), row.get("OK"),
            row.get("FAILED"));
      }
      for (Map<String, Object> row : jdbc.queryForList("select HOSTNAME_, count(*) as N from ACT_HI_JOB_LOG where "
          + "JOB_STATE_ = 2 and TIMESTAMP_ >= ? group by HOSTNAME_ order by 1", java.sql.Timestamp.from(killedAt))) {
        line("  after the kill: %s ran %s jobs", row.get("HOSTNAME_"), row.get("N"));
      }
      line("");
      line(failures.isEmpty() ? "RESULT: all checks passed" : "RESULT: " + failures.size() + " check(s) FAILED");
    } finally {
      if (b != null) {
        b.kill();
      }
      if (a != null) {
        a.resume();
        a.stop();
      }
      postgres.close();
      Files.write(work.resolve("report.txt"), report, StandardCharsets.UTF_8);
    }
    assertThat(failures).as("failed checks").isEmpty();
  }

  // ---- one application node: the jar in a JVM of its own ----

  private record Node(String name, int port, Process process, Path log, long startedAt) {

    static Node start(String name, int port, Path jar, String url, Path work) throws Exception {
      Path dir = Files.createDirectories(work.resolve(name));
      Path log = dir.resolve("node.log");
      ProcessBuilder builder = new ProcessBuilder("java", "-Xmx512m", "-jar", jar.toString(),
          "--spring.profiles.active=postgres,demo",
          "--server.port=" + port,
          "--grunnmodell.demo.seed-courses=false",
          // Each node is told apart in ACT_HI_JOB_LOG.HOSTNAME_
          "--camunda.bpm.generic-properties.properties.hostname=" + name,
          // A dead node's jobs are free again after this long; short here so the run takes seconds, not minutes
          "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_MILLIS,
          "--camunda.bpm.job-execution.wait-time-in-millis=500",
          "--camunda.bpm.job-execution.max-wait=2000",
          // One job per acquisition, so that a handful of timers is shared by both nodes rather than taken by
          // whichever node wakes first (production keeps the default of three)
          "--camunda.bpm.job-execution.max-jobs-per-acquisition=1",
          // The watch escalates in rounds of 5, so its rounds are many jobs spread over both nodes
          "--grunnmodell.deadline-watch.steps-per-run=5")
          .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().put("GRUNNMODELL_DB_URL", url);
      builder.environment().put("GRUNNMODELL_DB_USER", "postgres");
      builder.environment().put("GRUNNMODELL_DB_PASSWORD", "postgres");
      return new Node(name, port, builder.start(), log, System.nanoTime());
    }

    void awaitUp(TwoNodeRun run) throws Exception {
      long deadline = startedAt + Duration.ofSeconds(300).toNanos();
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException(name + " stopped at start; see " + log);
        }
        try {
          HttpResponse<String> health = run.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
              + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
          if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
            run.line("%s up on port %d in %d s (pid %d, log %s)", name, port,
                Duration.ofNanos(System.nanoTime() - startedAt).toSeconds(), process.pid(), log);
            return;
          }
        } catch (java.io.IOException notYet) {
          // not listening yet
        }
        Thread.sleep(1000);
      }
      throw new IllegalStateException(name + " not up within 300 s; see " + log);
    }

    /** SIGSTOP: the node stands still with its connections open, as in a long pause; {@link #resume} goes on. */
    void pause() throws Exception {
      signal("STOP");
    }

    void resume() throws Exception {
      signal("CONT");
    }

    private void signal(String signal) throws Exception {
      new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
    }

    /** SIGKILL: no shutdown hook, no graceful stop of the job executor, connections just drop. */
    void kill() throws InterruptedException {
      if (process.isAlive()) {
        process.destroyForcibly().waitFor();
      }
    }

    void stop() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  // ---- courses over REST, as the case system and the Tasklist make them ----

  private String familyCourseToMeasures(Node node, String service) throws Exception {
    String user = service + "-kontaktperson";
    JsonNode course = start(node, service, "FAMILY", LocalDate.now(Days.OSLO).minusYears(8));
    String courseId = course.path("courseId").asText();
    String today = LocalDate.now(Days.OSLO).toString();
    submit(node, user, courseId, "Task_RegisterIntake", intake(today));
    submit(node, user, courseId, "Task_ObtainConsent", Map.of("consentDecision", "GIVEN", "consentDate", today,
        "childView", "Vil ha mindre krangling hjemme.", "consentGivenBy", Spin.JSON("[\"mor\",\"far\"]"),
        "consentForm", "WRITTEN"));
    submit(node, user, courseId, "Task_EcologicalMapping", Map.of("mappingDate", today, "childNeeds", "Trygghet",
        "parentCapacity", "God vilje", "familyAndSurroundings", "Lite nettverk"));
    submit(node, user, courseId, "Task_WhatMattersConversation", Map.of("conversationDate", today,
        "whatMatters", "Fotball og venner"));
    submit(node, user, courseId, "Task_AnalyseMapping", Map.of("analysisSummary", "Rutiner og nettverk",
        "focusAreas", Spin.JSON("[\"omsorg\"]")));
    Map<String, Object> plan = new HashMap<>();
    plan.put("goals", Spin.JSON("[{\"goal\":\"Faste leggetider\",\"indicator\":\"5 av 7 kvelder\"}]"));
    plan.put("measureTracks", Spin.JSON("[\"veiledning\"]"));
    plan.put("measureDescription", "Veiledning hver 14. dag");
    plan.put("measuresPlannedUntil", LocalDate.now(Days.OSLO).plusMonths(6).toString());
    plan.put("evaluationDate", LocalDate.now(Days.OSLO).plusMonths(3).toString());
    plan.put("planParticipants", Spin.JSON("[\"barnet\",\"foreldre\"]"));
    plan.put("planChildViewGiven", "GIVEN");
    plan.put("planChildView", "Vil legge seg senere i helgene.");
    plan.put("planChildViewWeight", "Helgene er unntatt fra leggetidene.");
    plan.put("planAgreedWithFamily", true);
    submit(node, user, courseId, "Task_AgreeMeasurePlan", plan);
    return processInstance(course);
  }

  private String familyCourseAtConsent(Node node, String service) throws Exception {
    JsonNode course = start(node, service, "FAMILY", LocalDate.now(Days.OSLO).minusYears(8));
    String courseId = course.path("courseId").asText();
    submit(node, service + "-kontaktperson", courseId, "Task_RegisterIntake", intake(LocalDate.now(Days.OSLO).toString()));
    openStep(node, service + "-kontaktperson", courseId, "Task_ObtainConsent");
    return processInstance(course);
  }

  /** A young person who turns 25 in five days: the age-limit timer is the day before. */
  private String aftercareCourseNearAgeLimit(Node node, String service) throws Exception {
    return processInstance(start(node, service, "AFTERCARE", LocalDate.now(Days.OSLO).minusYears(25).plusDays(5)));
  }

  /** The course's process instance, by which the checks find it in the engine's tables. */
  private static String processInstance(JsonNode course) {
    String id = course.path("processInstanceId").asText();
    if (id.isEmpty()) {
      throw new IllegalStateException("No processInstanceId in " + course);
    }
    return id;
  }

  private static Map<String, Object> intake(String today) {
    return Map.of("firstContactDate", today, "dailyCare", "BOTH_PARENTS", "interpreterNeeded", false,
        "adaptationNeeded", false);
  }

  private JsonNode start(Node node, String service, String targetGroup, LocalDate born) throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("serviceId", service);
    body.put("caseReference", "TWO-" + ProcessHandle.current().pid() + "-" + caseNumbers.incrementAndGet());
    body.put("targetGroup", targetGroup);
    body.put("birthDate", born.toString());
    body.put("decisionDate", LocalDate.now(Days.OSLO).minusDays(1).toString());
    body.put("kontaktperson", service + "-kontaktperson");
    body.put("childFirstName", "Kari");
    return send(node, service + "-kontaktperson", "/api/courses", body);
  }

  private void submit(Node node, String user, String courseId, String step, Map<String, Object> form)
      throws Exception {
    String taskId = openStep(node, user, courseId, step);
    send(node, user, "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", RestVariables.of(form)));
  }

  private String openStep(Node node, String user, String courseId, String step) throws Exception {
    for (int attempt = 0; attempt < 100; attempt++) {
      for (JsonNode open : send(node, user, "/api/courses/" + courseId, null).path("openSteps")) {
        if (step.equals(open.path("step").asText())) {
          return open.path("taskId").asText();
        }
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("Course " + courseId + " never reached " + step);
  }

  private JsonNode send(Node node, String user, String path, Object body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
            .getBytes(StandardCharsets.UTF_8)));
    if (body != null) {
      request.header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(node.name() + " " + path + " as " + user + ": " + response.statusCode() + " "
          + response.body());
    }
    return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
  }

  /** @return how many due jobs are left when all are done or the time is up */
  private int awaitDueJobsDone(Duration atMost) throws InterruptedException {
    long deadline = System.nanoTime() + atMost.toNanos();
    int due;
    do {
      Thread.sleep(1000);
      due = jdbc.queryForObject("select count(*) from ACT_RU_JOB where RETRIES_ > 0 and SUSPENSION_STATE_ = 1 "
          + "and (DUEDATE_ is null or DUEDATE_ <= now())", Integer.class);
    } while (due > 0 && System.nanoTime() < deadline);
    return due;
  }

  // ---- the report ----

  private int countPer(List<String> ids, String sqlCountingOne) {
    int ok = 0;
    for (String id : ids) {
      if (jdbc.queryForObject(sqlCountingOne, Integer.class, id) == 1) {
        ok++;
      }
    }
    return ok;
  }

  private void check(boolean ok, String what) {
    line("%s %s", ok ? "[ok]  " : "[FAIL]", what);
    if (!ok) {
      failures.add(what);
    }
  }

  private void line(String format, Object... args) {
    String text = args.length == 0 ? format : String.format(format, args);
    report.add(text);
    PrintStream out = System.out;
    out.println(text);
    out.flush();
  }

  private static String in(List<String> ids) {
    return ids.isEmpty() ? "''" : ids.stream().map(id -> "'" + id.replace("'", "") + "'")
        .collect(Collectors.joining(","));
  }
}
