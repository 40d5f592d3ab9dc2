package no.grunnmodell.migration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import no.grunnmodell.course.CourseRegistry;
import no.grunnmodell.platform.ApiError;
import no.grunnmodell.platform.AsApplication;
import no.grunnmodell.platform.EngineClock;
import no.grunnmodell.security.CurrentUser;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Moves the running courses of a process's older versions to its latest version, for the process owner: a dry run
 * that says of every course whether it would move and why not, and the run itself. Both are asked for by key,
 * whatever the process ({@code FamilyCourse}, {@code StartupPhase}, ...), and cover every service.
 *
 * <p>Who may: process owners and administrators, checked here; the engine work then runs as the application
 * ({@link AsApplication}). The engine would need MIGRATE_INSTANCE on both definitions and, because every course
 * belongs to a service (tenant), membership of every service, which would let the process owner read every course
 * everywhere. Our check keeps the process owner without case data; the report names courses by course id and case
 * reference only.
 *
 * <p>The run is synchronous, in chunks of {@value #CHUNK} courses with one transaction per chunk. Each course is
 * first judged by our own checks ({@link CourseChecks}); a chunk the engine refuses as a whole (a course changed
 * since, or one of them the engine will not move) is retried course by course, so only the courses that cannot move
 * stay where they are, each with its reasons. The engine's batch migration would move them in the background with
 * its job executor, but a course it cannot move becomes a failed job that the process owner cannot see, and the
 * report would come later; the number of courses per process (hundreds) is small enough to move while the process
 * owner waits.
 */
@Service
public class CourseMigrations {

  static final int CHUNK = 100;

  private static final Logger LOG = LoggerFactory.getLogger(CourseMigrations.class);

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;
  private final AsApplication asApplication;
  private final MigrationPlanner planner;
  private final CourseChecks checks;
  private final Mover mover;
  private final MigrationLog log;
  private final CourseRegistry courses;
  /** Process keys being migrated now: two runs of the same process would fight over the same courses. */
  private final Set<String> running = ConcurrentHashMap.newKeySet();

  public CourseMigrations(RepositoryService repositoryService, RuntimeService runtimeService, CurrentUser currentUser,
                          AsApplication asApplication, MigrationPlanner planner, CourseChecks checks, Mover mover,
                          MigrationLog log, CourseRegistry courses) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.currentUser = currentUser;
    this.asApplication = asApplication;
    this.planner = planner;
    this.checks = checks;
    this.mover = mover;
    this.log = log;
    this.courses = courses;
  }

  /** The processes with running courses on older versions, and how many on each. */
  public List<ProcessVersions> overview() {
    currentUser.requireProcessOwnerOrAdmin("see which courses run on older versions");
    return asApplication.call(this::olderVersions);
  }

  /** What a migration of the process would move now, and what not and why. Changes nothing. */
  public MigrationReport dryRun(String processKey) {
    currentUser.requireProcessOwnerOrAdmin("see what a migration would move");
    String actor = currentUser.userId();
    return asApplication.call(() -> evaluate(latest(processKey), actor, null));
  }

  /** Moves every course of the process's older versions that can move; the others stay, listed with why. */
  public MigrationReport migrate(String processKey) {
    currentUser.requireProcessOwnerOrAdmin("move running courses to the latest version");
    String actor = currentUser.userId();
    ProcessDefinition target = asApplication.call(() -> latest(processKey));
    if (!running.add(target.getKey())) {
      throw ApiError.conflict("A migration of " + target.getKey() + " is running already; try again when it is done.");
    }
    try {
      return asApplication.call(() -> {
        String migrationId = log.started(target.getKey(), target.getId(), target.getVersion(), actor);
        MigrationReport report = evaluate(target, actor, migrationId);
        int moved = report.counts().get(Outcome.MOVED);
        int stayed = report.counts().get(Outcome.NOT_MOVED);
        log.finished(migrationId, moved, stayed);
        LOG.info("Migration {} of {} to version {} by {}: {} moved, {} stayed", migrationId, target.getKey(),
            target.getVersion(), actor, moved, stayed);
        return report;
      });
    } finally {
      running.remove(target.getKey());
    }
  }

  /** Earlier migrations of the process (or of all), newest first. */
  public List<MigrationRecord> history(String processKey, int limit) {
    currentUser.requireProcessOwnerOrAdmin("read the earlier migrations");
    return log.runs(processKey == null || processKey.isBlank() ? null : processKey.strip(), limit);
  }

  /** Without a check of the caller: for the application itself (the notice at start-up). */
  List<ProcessVersions> olderVersions() {
    List<ProcessVersions> result = new ArrayList<>();
    List<ProcessDefinition> latest = repositoryService.createProcessDefinitionQuery().latestVersion()
        .orderByProcessDefinitionKey().asc().list();
    for (ProcessDefinition definition : latest) {
      List<ProcessVersions.VersionCount> counts = new ArrayList<>();
      int total = 0;
      for (ProcessDefinition older : olderThan(definition)) {
        int count = (int) runtimeService.createProcessInstanceQuery().processDefinitionId(older.getId()).count();
        if (count > 0) {
          counts.add(new ProcessVersions.VersionCount(older.getVersion(), count));
          total += count;
        }
      }
      if (total > 0) {
        result.add(new ProcessVersions(definition.getKey(), definition.getName(), definition.getVersion(), total,
            List.copyOf(counts)));
      }
    }
    return result;
  }

  private ProcessDefinition latest(String processKey) {
    if (processKey == null || processKey.isBlank()) {
      throw ApiError.badField("processKey", "processKey is required: the id of the process, e.g. FamilyCourse.");
    }
    String key = processKey.strip();
    ProcessDefinition latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
        .latestVersion().singleResult();
    if (latest == null) {
      throw ApiError.notFound("No process with the key " + key + " is deployed.");
    }
    return latest;
  }

  private List<ProcessDefinition> olderThan(ProcessDefinition latest) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(latest.getKey()).list().stream()
        .filter(d -> d.getVersion() < latest.getVersion())
        .sorted(Comparator.comparingInt(ProcessDefinition::getVersion))
        .toList();
  }

  /** The dry run ({@code migrationId} null) or the run, version by version from the oldest. */
  private MigrationReport evaluate(ProcessDefinition target, String actor, String migrationId) {
    List<CourseOutcome> outcomes = new ArrayList<>();
    for (ProcessDefinition source : olderThan(target)) {
      List<ProcessInstance> instances = runtimeService.createProcessInstanceQuery()
          .processDefinitionId(source.getId()).list();
      if (!instances.isEmpty()) {
        outcomes.addAll(evaluate(source, target, instances, actor, migrationId));
      }
    }
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    for (Outcome outcome : migrationId == null ? List.of(Outcome.CAN_MOVE, Outcome.CANNOT_MOVE)
        : List.of(Outcome.MOVED, Outcome.NOT_MOVED)) {
      counts.put(outcome, (int) outcomes.stream().filter(o -> o.outcome() == outcome).count());
    }
    return new MigrationReport(migrationId, target.getKey(), target.getName(), migrationId == null,
        target.getVersion(), actor, EngineClock.now().toString(), counts, outcomes);
  }

  private List<CourseOutcome> evaluate(ProcessDefinition source, ProcessDefinition target,
                                       List<ProcessInstance> instances, String actor, String migrationId) {
    BpmnModelInstance sourceModel = repositoryService.getBpmnModelInstance(source.getId());
    Map<String, CourseOutcome> described = new LinkedHashMap<>();
    instances.forEach(i -> described.put(i.getId(), describe(i, source, sourceModel)));

    PlannedMove move;
    CourseChecks.Contract contract;
    try {
      move = planner.plan(source, target);
      contract = checks.contract(move);
    } catch (RuntimeException e) {
      // The engine refused the plan as a whole, or a form of the new version cannot be read: nothing moves.
      LOG.warn("The move of {} from version {} to {} cannot be planned: {}", source.getKey(), source.getVersion(),
          target.getVersion(), e.toString());
      Reason reason = Reason.ofCourse("The move from version " + source.getVersion() + " cannot be planned.",
          "Flyttingen fra versjon " + source.getVersion() + " kan ikke planlegges.", e.getMessage());
      return described.values().stream().map(c -> {
        CourseOutcome stays = with(c, migrationId == null ? Outcome.CANNOT_MOVE : Outcome.NOT_MOVED, List.of(reason));
        if (migrationId != null) {
          log.stayed(migrationId, stays);
        }
        return stays;
      }).toList();
    }

    List<CourseOutcome> result = new ArrayList<>();
    List<String> movable = new ArrayList<>();
    for (CourseOutcome course : described.values()) {
      List<Reason> reasons = new ArrayList<>(checks.check(contract, course.processInstanceId()));
      if (migrationId == null) {
        reasons.addAll(mover.trial(move, course.processInstanceId()));
        result.add(with(course, reasons.isEmpty() ? Outcome.CAN_MOVE : Outcome.CANNOT_MOVE, reasons));
      } else if (!reasons.isEmpty()) {
        result.add(stayed(migrationId, course, reasons));
      } else {
        movable.add(course.processInstanceId());
      }
    }
    if (migrationId == null) {
      return result;
    }
    Consumer<List<String>> record = ids -> ids.forEach(id -> log.moved(migrationId, described.get(id),
        target.getKey(), target.getVersion(), actor));
    for (int from = 0; from < movable.size(); from += CHUNK) {
      List<String> chunk = movable.subList(from, Math.min(from + CHUNK, movable.size()));
      if (mover.moveTogether(move, chunk, record)) {
        chunk.forEach(id -> result.add(with(described.get(id), Outcome.MOVED, List.of())));
        continue;
      }
      for (String id : chunk) {
        List<Reason> reasons = mover.moveOne(move, id, record);
        result.add(reasons.isEmpty() ? with(described.get(id), Outcome.MOVED, List.of())
            : stayed(migrationId, described.get(id), reasons));
      }
    }
    return result;
  }

  private CourseOutcome stayed(String migrationId, CourseOutcome course, List<Reason> reasons) {
    CourseOutcome stays = with(course, Outcome.NOT_MOVED, reasons);
    log.stayed(migrationId, stays);
    return stays;
  }

  /** The course by our course id and case reference (of the course the process instance belongs to). */
  private CourseOutcome describe(ProcessInstance instance, ProcessDefinition source, BpmnModelInstance sourceModel) {
    String root = Optional.ofNullable(instance.getRootProcessInstanceId()).orElse(instance.getId());
    Optional<CourseRegistry.CourseRecord> course = courses.byProcessInstance(root);
    List<String> waitingIn = runtimeService.getActiveActivityIds(instance.getId()).stream().distinct()
        .map(id -> Optional.ofNullable(sourceModel.<FlowElement>getModelElementById(id)).map(FlowElement::getName)
            .filter(name -> !name.isBlank()).orElse(id))
        .toList();
    return new CourseOutcome(course.map(CourseRegistry.CourseRecord::id).orElse(null),
        course.map(CourseRegistry.CourseRecord::caseReference).orElse(null), instance.getTenantId(),
        instance.getId(), source.getVersion(), waitingIn, null, List.of());
  }

  private static CourseOutcome with(CourseOutcome course, Outcome outcome, List<Reason> reasons) {
    return new CourseOutcome(course.courseId(), course.caseReference(), course.serviceId(),
        course.processInstanceId(), course.fromVersion(), course.waitingIn(), outcome, List.copyOf(reasons));
  }
}
