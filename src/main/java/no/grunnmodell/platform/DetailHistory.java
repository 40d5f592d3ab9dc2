package no.grunnmodell.platform;

import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * The engine's own history writer, with one thing left out of the variable history ({@code ACT_HI_DETAIL}): the
 * copies a call activity makes when it hands a course's variables to the phase it calls and takes them back
 * ({@code camunda:in/out variables="all"}). Each copied value is already in the detail history of the instance it
 * comes from, where it was entered; the copies were two fifths of the table. Every value anyone entered, and when
 * and in which step, stays in it; {@code ACT_HI_VARINST} still follows every variable, copies too.
 */
class DetailHistory extends DbHistoryEventHandler {

  @Override
  protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
    return super.shouldWriteHistoricDetail(event) && !copyBetweenCallerAndCalled(event);
  }

  /**
   * A value written into another process instance than the one running, where the two are a call activity and the
   * phase it calls: into the phase as it starts (the running execution is the call activity's), or back into the
   * course as the phase ends (the running execution is the phase's).
   */
  private static boolean copyBetweenCallerAndCalled(HistoricVariableUpdateEventEntity event) {
    if (!event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
        && !event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE)) {
      return false;
    }
    BpmnExecutionContext context = Context.getBpmnExecutionContext();
    ExecutionEntity running = context == null ? null : context.getExecution();
    String target = event.getProcessInstanceId();
    if (running == null || target == null || target.equals(running.getProcessInstanceId())) {
      return false;
    }
    ExecutionEntity called = running.getSubProcessInstance();
    if (called != null && target.equals(called.getId())) {
      return true;
    }
    ExecutionEntity caller = running.getProcessInstance().getSuperExecution();
    return caller != null && target.equals(caller.getProcessInstanceId());
  }
}
