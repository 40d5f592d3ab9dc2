package no.grunnmodell.platform;

import java.util.Date;

/**
 * One entry of the engine's user operation log (a person changed a course outside its forms), as our
 * {@link EngineOperationListener}s see it.
 *
 * @param taskWorker whether it is Camunda's "task worker" category: steps worked through the Tasklist
 */
public record EngineOperation(String userId, boolean taskWorker, String operationId, String processInstanceId,
                              String entityType, String property, String tenantId, String operationType,
                              Date timestamp) {
}
