package no.grunnmodell.platform;

/** Told of every entry the engine writes to its user operation log; see {@link EngineOperation}. */
public interface EngineOperationListener {

  void operation(EngineOperation operation);
}
