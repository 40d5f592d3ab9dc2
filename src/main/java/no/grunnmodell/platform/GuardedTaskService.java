package no.grunnmodell.platform;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The engine's task service with our {@link TaskGuard}s in front of every call that completes a task, hands it to
 * someone or changes its variables. The engine REST API, the webapps and our own code all use this one instance.
 */
class GuardedTaskService extends TaskServiceImpl {

  private final Supplier<List<TaskGuard>> guards;

  GuardedTaskService(Supplier<List<TaskGuard>> guards) {
    this.guards = guards;
  }

  /**
   * The guards and the call run in one engine command: they read the task and its variables once between them,
   * and a refusal leaves nothing changed.
   */
  private <T> T guardedCall(Consumer<TaskGuard> rule, Supplier<T> call) {
    return commandExecutor.execute(context -> {
      guards.get().forEach(rule);
      return call.get();
    });
  }

  private void guarded(Consumer<TaskGuard> rule, Runnable call) {
    guardedCall(rule, () -> {
      call.run();
      return null;
    });
  }

  @Override
  public void complete(String taskId, Map<String, Object> variables) {
    guarded(g -> g.beforeComplete(taskId, variables == null ? Map.of() : variables),
        () -> super.complete(taskId, variables));
  }

  @Override
  public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables,
                                                   boolean deserializeValues) {
    return guardedCall(g -> g.beforeComplete(taskId, variables == null ? Map.of() : variables),
        () -> super.completeWithVariablesInReturn(taskId, variables, deserializeValues));
  }

  @Override
  public void resolveTask(String taskId) {
    guarded(g -> g.beforeComplete(taskId, Map.of()), () -> super.resolveTask(taskId));
  }

  @Override
  public void resolveTask(String taskId, Map<String, Object> variables) {
    guarded(g -> g.beforeComplete(taskId, variables == null ? Map.of() : variables),
        () -> super.resolveTask(taskId, variables));
  }

  @Override
  public void claim(String taskId, String userId) {
    guarded(g -> g.beforeAssign(taskId, userId, TaskGuard.Assignment.CLAIM), () -> super.claim(taskId, userId));
  }

  @Override
  public void setAssignee(String taskId, String userId) {
    guarded(g -> g.beforeAssign(taskId, userId, TaskGuard.Assignment.ASSIGNEE),
        () -> super.setAssignee(taskId, userId));
  }

  @Override
  public void setOwner(String taskId, String userId) {
    guarded(g -> g.beforeAssign(taskId, userId, TaskGuard.Assignment.OWNER), () -> super.setOwner(taskId, userId));
  }

  @Override
  public void delegateTask(String taskId, String userId) {
    guarded(g -> g.beforeAssign(taskId, userId, TaskGuard.Assignment.DELEGATE),
        () -> super.delegateTask(taskId, userId));
  }

  @Override
  public void addCandidateUser(String taskId, String userId) {
    guarded(g -> g.beforeAssign(taskId, userId, TaskGuard.Assignment.CANDIDATE),
        () -> super.addCandidateUser(taskId, userId));
  }

  @Override
  public void addUserIdentityLink(String taskId, String userId, String identityLinkType) {
    guarded(g -> g.beforeAssign(taskId, userId, assignment(identityLinkType)),
        () -> super.addUserIdentityLink(taskId, userId, identityLinkType));
  }

  @Override
  public void addCandidateGroup(String taskId, String groupId) {
    guarded(g -> g.beforeVariableChange(taskId), () -> super.addCandidateGroup(taskId, groupId));
  }

  @Override
  public void addGroupIdentityLink(String taskId, String groupId, String identityLinkType) {
    guarded(g -> g.beforeVariableChange(taskId), () -> super.addGroupIdentityLink(taskId, groupId, identityLinkType));
  }

  @Override
  public void deleteCandidateGroup(String taskId, String groupId) {
    guarded(g -> g.beforeVariableChange(taskId), () -> super.deleteCandidateGroup(taskId, groupId));
  }

  @Override
  public void deleteGroupIdentityLink(String taskId, String groupId, String identityLinkType) {
    guarded(g -> g.beforeVariableChange(taskId),
        () -> super.deleteGroupIdentityLink(taskId, groupId, identityLinkType));
  }

  @Override
  public void saveTask(Task task) {
    if (task.getId() == null) {
      super.saveTask(task);
      return;
    }
    guarded(g -> g.beforeAssign(task.getId(), task.getAssignee(), TaskGuard.Assignment.ASSIGNEE),
        () -> super.saveTask(task));
  }

  @Override
  public void setVariable(String taskId, String variableName, Object value) {
    guarded(g -> g.beforeVariableChange(taskId), () -> super.setVariable(taskId, variableName, value));
  }

  @Override
  public void setVariableLocal(String taskId, String variableName, Object value) {
    guarded(g -> g.beforeVariableChange(taskId), () -> super.setVariableLocal(taskId, variableName, value));
  }

  @Override
  public void setVariables(String taskId, Map<String, ? extends Object> variables) {
    guarded(g -> g.beforeVariableChange(taskId), () -> super.setVariables(taskId, variables));
  }

  @Override
  public void setVariablesLocal(String taskId, Map<String, ? extends Object> variables) {
    guarded(g -> g.beforeVariableChange(taskId), () -> super.setVariablesLocal(taskId, variables));
  }

  @Override
  public void updateVariables(String taskId, Map<String, ? extends Object> modifications,
                              Collection<String> deletions) {
    guarded(g -> g.beforeVariableChange(taskId), () -> super.updateVariables(taskId, modifications, deletions));
  }

  @Override
  public void updateVariablesLocal(String taskId, Map<String, ? extends Object> modifications,
                                   Collection<String> deletions) {
    guarded(g -> g.beforeVariableChange(taskId), () -> super.updateVariablesLocal(taskId, modifications, deletions));
  }

  @Override
  public void removeVariable(String taskId, String variableName) {
    guarded(g -> g.beforeVariableChange(taskId), () -> super.removeVariable(taskId, variableName));
  }

  @Override
  public void removeVariableLocal(String taskId, String variableName) {
    guarded(g -> g.beforeVariableChange(taskId), () -> super.removeVariableLocal(taskId, variableName));
  }

  @Override
  public void removeVariables(String taskId, Collection<String> variableNames) {
    guarded(g -> g.beforeVariableChange(taskId), () -> super.removeVariables(taskId, variableNames));
  }

  @Override
  public void removeVariablesLocal(String taskId, Collection<String> variableNames) {
    guarded(g -> g.beforeVariableChange(taskId), () -> super.removeVariablesLocal(taskId, variableNames));
  }

  private static TaskGuard.Assignment assignment(String identityLinkType) {
    if (IdentityLinkType.ASSIGNEE.equals(identityLinkType)) {
      return TaskGuard.Assignment.ASSIGNEE;
    }
    return IdentityLinkType.OWNER.equals(identityLinkType) ? TaskGuard.Assignment.OWNER
        : TaskGuard.Assignment.CANDIDATE;
  }
}
