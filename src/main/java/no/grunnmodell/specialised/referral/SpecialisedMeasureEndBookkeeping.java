package no.grunnmodell.specialised.referral;

import no.grunnmodell.form.FormInput;
import no.grunnmodell.platform.Days;
import no.grunnmodell.platform.EngineClock;
import no.grunnmodell.platform.Refusal;
import static no.grunnmodell.specialised.referral.ReferralVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of «Registrer at det spesialiserte tiltaket er avsluttet»: the actual start (pre-filled with
 * the start Bufetat gave; it may be corrected, but not to before Bufetat's decision, since it sets the egenandel)
 * and the end, which has happened, so it is not in the future.
 */
@Component("specialisedMeasureEndBookkeeping")
public class SpecialisedMeasureEndBookkeeping implements TaskListener {

  static final Set<String> END_REASONS = Set.of("COMPLETED", "ENDED_EARLY", "OTHER");

  @Override
  public void notify(DelegateTask task) {
    List<String> problems = new ArrayList<>();
    LocalDate start = date(task.getVariable(MEASURE_START), "Faktisk oppstart", problems);
    LocalDate end = date(task.getVariable(MEASURE_END), "Siste dag i tiltaket", problems);
    LocalDate decided = task.getVariable(DECISION_DATE) == null ? null
        : FormInput.date(task.getVariable(DECISION_DATE), DECISION_DATE, "Dato for Bufetats avgjørelse");
    if (start != null && decided != null && start.isBefore(decided)) {
      // The start decides the egenandel month by month: it cannot be moved back before Bufetat said yes.
      problems.add("Faktisk oppstart kan ikke være før Bufetats avgjørelse (" + Days.text(decided) + ").");
    }
    if (start != null && start.isAfter(EngineClock.today())) {
      problems.add("Faktisk oppstart kan ikke være fram i tid.");
    }
    if (start != null && end != null && end.isBefore(start)) {
      problems.add("Siste dag i tiltaket kan ikke være før oppstart.");
    }
    if (end != null && end.isAfter(EngineClock.today())) {
      problems.add("Siste dag i tiltaket kan ikke være fram i tid: registrer slutten når tiltaket er avsluttet.");
    }
    if (!END_REASONS.contains(String.valueOf(task.getVariable(MEASURE_END_REASON)))) {
      problems.add("Velg hvordan tiltaket ble avsluttet.");
    }
    if (!problems.isEmpty()) {
      throw Refusal.invalid(null, "Avslutningen kan ikke registreres ennå: " + String.join(" ", problems),
          "The end of the measure cannot be recorded yet: the start must be a past date not before Bufetat's "
              + "decision, the end a past date after the start, and the end reason one of COMPLETED, ENDED_EARLY, "
              + "OTHER.");
    }
  }

  private static LocalDate date(Object value, String label, List<String> problems) {
    try {
      return FormInput.date(value, label);
    } catch (ProcessEngineException e) {
      problems.add(e.getMessage());
      return null;
    }
  }
}
