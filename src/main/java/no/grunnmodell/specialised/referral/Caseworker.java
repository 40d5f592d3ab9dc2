package no.grunnmodell.specialised.referral;

import no.grunnmodell.platform.Acting;
import no.grunnmodell.platform.Text;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** Who completes a task: the Tasklist user, else (REST without a user, tests) the task's assignee. */
final class Caseworker {

  private Caseworker() {
  }

  static String of(DelegateTask task) {
    return Acting.on(task);
  }
}
