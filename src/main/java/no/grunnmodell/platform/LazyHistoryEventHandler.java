package no.grunnmodell.platform;

import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.ObjectProvider;

/** Hands history events to our handler beans, looked up when events come: they need beans built after the engine. */
class LazyHistoryEventHandler implements HistoryEventHandler {

  private final ObjectProvider<HistoryEventHandler> provider;
  private volatile List<HistoryEventHandler> handlers;

  LazyHistoryEventHandler(ObjectProvider<HistoryEventHandler> provider) {
    this.provider = provider;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    handlers().forEach(h -> h.handleEvent(event));
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    handlers().forEach(h -> h.handleEvents(events));
  }

  /** Every history event passes here, so the beans are looked up once. */
  private List<HistoryEventHandler> handlers() {
    List<HistoryEventHandler> found = handlers;
    if (found == null) {
      found = provider.orderedStream().toList();
      handlers = found;
    }
    return found;
  }
}
