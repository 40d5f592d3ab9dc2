package no.grunnmodell.specialised;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completes a task: the Tasklist user, else (REST without a user, tests) the task's assignee. */
final class Caseworker {

  private Caseworker() {
  }

  static String of(DelegateTask task) {
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return user != null && user.getUserId() != null ? user.getUserId() : task.getAssignee();
  }

  static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
