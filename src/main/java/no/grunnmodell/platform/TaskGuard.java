package no.grunnmodell.platform;

import java.util.Map;

/**
 * A rule that must hold before a user task is completed, handed to someone, or changed outside its form, whatever
 * the client: Tasklist, engine REST API or Java API. Implemented by the features that own the rules (the form
 * contract, who may work which step) and called by the engine's task and form services before they act, in the same
 * engine command, so a refusal leaves the task exactly as it was. A guard refuses by throwing a {@link Refusal}.
 */
public interface TaskGuard {

  /** How someone comes to hold a task. */
  enum Assignment { CLAIM, ASSIGNEE, OWNER, DELEGATE, CANDIDATE }

  /** Before the task is completed with these variables (a submitted form, or a completion with or without them). */
  default void beforeComplete(String taskId, Map<String, Object> variables) {
  }

  /** Before {@code userId} becomes the task's assignee, owner, delegate or candidate (null: it is released). */
  default void beforeAssign(String taskId, String userId, Assignment how) {
  }

  /** Before the task's variables are set or removed outside a form. */
  default void beforeVariableChange(String taskId) {
  }
}
