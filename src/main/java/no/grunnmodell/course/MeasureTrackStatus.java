package no.grunnmodell.course;

import no.grunnmodell.platform.ModelProperties;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener on a measure track's sub-process and on its end events: records where the track stands, as the
 * element's extension properties say ({@code track}: guidance, support, network or collaboration;
 * {@code trackStatus}: RUNNING when the measure starts, ENDED when it ends by itself). A track taken out of the
 * plan is DROPPED by the plan itself ({@link MeasurePlanBookkeeping}), and its lane stops it.
 */
@Component("measureTrackStatus")
public class MeasureTrackStatus implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    MeasureTrack track = ModelProperties.own(execution, "track").flatMap(MeasureTrack::named)
        .orElseThrow(() -> misconfigured(execution, "track (guidance, support, network or collaboration)"));
    String status = ModelProperties.own(execution, "trackStatus")
        .filter(s -> s.equals(MeasureTrack.Status.RUNNING.name()) || s.equals(MeasureTrack.Status.ENDED.name()))
        .orElseThrow(() -> misconfigured(execution, "trackStatus (RUNNING or ENDED)"));
    execution.setVariable(track.statusVariable(), status);
  }

  private static ProcessEngineException misconfigured(DelegateExecution execution, String property) {
    return new ProcessEngineException("The element " + execution.getCurrentActivityId()
        + " calls ${measureTrackStatus} without the extension property " + property + ".");
  }
}
