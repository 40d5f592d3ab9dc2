package no.grunnmodell.migration;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import no.grunnmodell.platform.Refusal;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves courses with the engine's migration, each call in a transaction of its own, and turns the engine's refusal
 * into reasons a process owner can read.
 *
 * <p>The engine judges a course only by migrating it ({@link MigratingProcessInstanceValidationReport} comes with
 * the refusal); it has no dry run for instances. So a dry run migrates each course in a transaction that is always
 * rolled back: the answer is the engine's own, and nothing is changed.
 */
@Component
class Mover {

  private final RuntimeService runtimeService;
  private final TransactionTemplate transactions;

  Mover(RuntimeService runtimeService, PlatformTransactionManager transactionManager) {
    this.runtimeService = runtimeService;
    this.transactions = new TransactionTemplate(transactionManager);
    this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Why the engine would not move the course; empty when it would. Changes nothing. */
  List<Reason> trial(PlannedMove move, String processInstanceId) {
    return transactions.execute(status -> {
      status.setRollbackOnly();
      try {
        migrate(move, List.of(processInstanceId));
        return List.of();
      } catch (RuntimeException e) {
        return reasons(move, e);
      }
    });
  }

  /**
   * Moves the courses together, recording each with {@code record} in the same transaction; either all of them
   * move and are recorded, or none does (false).
   */
  boolean moveTogether(PlannedMove move, List<String> processInstanceIds, Consumer<List<String>> record) {
    return Boolean.TRUE.equals(transactions.execute(status -> {
      try {
        migrate(move, processInstanceIds);
        record.accept(processInstanceIds);
        return true;
      } catch (RuntimeException e) {
        status.setRollbackOnly();
        return false;
      }
    }));
  }

  /** Moves one course and records it; the reasons it stays where it is, with nothing changed, or empty. */
  List<Reason> moveOne(PlannedMove move, String processInstanceId, Consumer<List<String>> record) {
    return transactions.execute(status -> {
      try {
        migrate(move, List.of(processInstanceId));
        record.accept(List.of(processInstanceId));
        return List.of();
      } catch (RuntimeException e) {
        status.setRollbackOnly();
        return reasons(move, e);
      }
    });
  }

  private void migrate(PlannedMove move, List<String> processInstanceIds) {
    runtimeService.newMigration(move.plan()).processInstanceIds(processInstanceIds).execute();
  }

  private static List<Reason> reasons(PlannedMove move, RuntimeException e) {
    if (e instanceof MigratingProcessInstanceValidationException refused) {
      List<Reason> reasons = reasons(move, refused.getValidationReport());
      if (!reasons.isEmpty()) {
        return reasons;
      }
    }
    Refusal refusal = Refusal.in(e);
    if (refusal != null) {
      return List.of(Reason.ofCourse("Moving the course was refused: " + refusal.english(),
          "Flyttingen ble avvist: " + refusal.norwegian(), null));
    }
    return List.of(Reason.ofCourse("The engine could not move the course.", "Motoren kunne ikke flytte forløpet.",
        e.getMessage()));
  }

  private static List<Reason> reasons(PlannedMove move, MigratingProcessInstanceValidationReport report) {
    List<Reason> reasons = new ArrayList<>();
    for (String failure : report.getFailures()) {
      reasons.add(Reason.ofCourse("The engine cannot move the course.", "Motoren kan ikke flytte forløpet.",
          failure));
    }
    Set<String> steps = new LinkedHashSet<>();
    for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
      if (activity.hasFailures() && steps.add(activity.getSourceScopeId())) {
        reasons.add(stepReason(move, activity.getSourceScopeId(), activity.getFailures()));
      }
    }
    for (MigratingTransitionInstanceValidationReport transition : report.getTransitionInstanceReports()) {
      if (transition.hasFailures() && steps.add(transition.getSourceScopeId())) {
        reasons.add(stepReason(move, transition.getSourceScopeId(), transition.getFailures()));
      }
    }
    return reasons;
  }

  /** The step the course waits in cannot be taken over: removed, changed beyond mapping, or refused otherwise. */
  private static Reason stepReason(PlannedMove move, String activityId, List<String> failures) {
    String step = move.stepName(activityId);
    String english = "The course waits in «" + step + "» (" + activityId + "), ";
    String norwegian = "Forløpet venter i «" + step + "», ";
    List<String> refused = move.refused().get(activityId);
    if (refused != null) {
      return new Reason(activityId, step, english + "which the new version has changed so much that the course "
          + "cannot be moved there.", norwegian + "som er så endret i den nye versjonen at forløpet ikke kan flyttes "
          + "dit.", String.join(" ", refused));
    }
    String detail = String.join(" ", failures);
    if (!move.maps(activityId) && !move.targetHas(activityId)) {
      return new Reason(activityId, step, english + "which the new version no longer has.",
          norwegian + "som ikke finnes i den nye versjonen.", detail);
    }
    if (!move.maps(activityId)) {
      return new Reason(activityId, step, english + "which cannot be matched to a step of the new version.",
          norwegian + "som ikke kan kobles til et steg i den nye versjonen.", detail);
    }
    return new Reason(activityId, step, english + "which the engine cannot move to the new version.",
        norwegian + "som motoren ikke kan flytte til den nye versjonen.", detail);
  }
}
