package no.grunnmodell.platform;

import java.util.List;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Hands the engine's user operation log entries to our {@link EngineOperationListener} beans, looked up when events
 * come: they need beans built after the engine. Other history events are the engine's alone.
 */
class LazyHistoryEventHandler implements HistoryEventHandler {

  private final ObjectProvider<EngineOperationListener> provider;
  private volatile List<EngineOperationListener> listeners;

  LazyHistoryEventHandler(ObjectProvider<EngineOperationListener> provider) {
    this.provider = provider;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!(event instanceof UserOperationLogEntryEventEntity entry)) {
      return;
    }
    EngineOperation operation = new EngineOperation(entry.getUserId(),
        UserOperationLogEntry.CATEGORY_TASK_WORKER.equals(entry.getCategory()), entry.getOperationId(),
        entry.getProcessInstanceId(), entry.getEntityType(), entry.getProperty(), entry.getTenantId(),
        entry.getOperationType(), entry.getTimestamp());
    listeners().forEach(l -> l.operation(operation));
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  /** Every history event passes here, so the beans are looked up once. */
  private List<EngineOperationListener> listeners() {
    List<EngineOperationListener> found = listeners;
    if (found == null) {
      found = provider.orderedStream().toList();
      listeners = found;
    }
    return found;
  }
}
