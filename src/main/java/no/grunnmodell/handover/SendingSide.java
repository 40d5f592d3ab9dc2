package no.grunnmodell.handover;

import no.grunnmodell.platform.Acting;
import static no.grunnmodell.handover.HandoverVariables.*;

import java.util.HashMap;
import java.util.Map;
import no.grunnmodell.platform.AsApplication;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The receiving side's answer to the sending course, which waits for it: delivered as the message
 * {@code CourseHandoverAnswered} to the sending handover, in the other service, as the application. The handover's
 * row holds the answer too, so a sending side that no longer waits (cancelled by an administrator) still shows it.
 */
@Component
class SendingSide {

  private final RuntimeService runtimeService;
  private final AsApplication asApplication;

  SendingSide(RuntimeService runtimeService, AsApplication asApplication) {
    this.runtimeService = runtimeService;
    this.asApplication = asApplication;
  }

  void answer(Handover handover, HandoverStatus outcome, String declineReason) {
    Map<String, Object> answer = new HashMap<>();
    answer.put(OUTCOME, outcome.name());
    answer.put(DECLINE_REASON, declineReason);
    asApplication.run(() -> runtimeService.createMessageCorrelation(ANSWERED_MESSAGE)
        .processInstanceId(handover.processInstanceId()).setVariables(answer).correlateAllWithResult());
  }

  /** The receiving leder who decided: the signed-in user, else (API, tests) "system". */
  static String decidedBy(DelegateExecution execution) {
    return Acting.on(execution, null);
  }
}
