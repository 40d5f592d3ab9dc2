package no.grunnmodell.aftercare;

import no.grunnmodell.form.FormInput;
import no.grunnmodell.platform.Acting;
import static no.grunnmodell.aftercare.AftercareVariables.COMPLAINT_RIGHTS_INFORMED;
import static no.grunnmodell.aftercare.AftercareVariables.DECIDED_BY;
import static no.grunnmodell.aftercare.AftercareVariables.DECISION;
import static no.grunnmodell.aftercare.AftercareVariables.DECISION_DATE;
import static no.grunnmodell.aftercare.AftercareVariables.DECISION_DATE_TEXT;
import static no.grunnmodell.aftercare.AftercareVariables.DECISION_REASONS;
import static no.grunnmodell.aftercare.AftercareVariables.DECISION_YOUNG_PERSON_VIEW;
import static no.grunnmodell.aftercare.AftercareVariables.GRANTED;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import no.grunnmodell.course.MeasurePlanBookkeeping;
import no.grunnmodell.platform.Days;
import no.grunnmodell.platform.EngineClock;
import no.grunnmodell.platform.ModelProperties;
import no.grunnmodell.platform.Refusal;
import no.grunnmodell.platform.Text;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create and complete listener of the aftercare vedtak steps («Fatt vedtak om ettervern», «… om endret ettervern»,
 * «… om at ettervernet avsluttes», «… om avslutning ved aldersgrensen»). Each step names the decisions it may make
 * in its extension property {@code aftercareDecisions} (GRANTED,REFUSED or CHANGED or ENDED). With one decision the
 * form shows it as text and this listener records it; with more, the form asks.
 *
 * <p>Created: the vedtak form starts empty, so that a second vedtak in the same course (a second change) never
 * shows the reasons or the klage confirmation of the one before; the earlier values stay in the history.
 * Completed: the decision must be one the step may make and the vedtak date not in the future; who made it is the
 * person completing the step; a change vedtak starts and stops the measure tracks as the revised plan says. The
 * audit trail then records the decision with who and when
 * ({@code auditEvent}/{@code auditDecision} on the step).
 */
@Component("aftercareDecisionBookkeeping")
public class AftercareDecisionBookkeeping implements TaskListener {

  static final String DECISIONS_PROPERTY = "aftercareDecisions";
  static final List<String> FORM_FIELDS = List.of(DECISION, DECISION_REASONS, DECISION_YOUNG_PERSON_VIEW,
      COMPLAINT_RIGHTS_INFORMED, DECISION_DATE);

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      FORM_FIELDS.forEach(task::removeVariable);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      record(task);
    }
  }

  private static void record(DelegateTask task) {
    List<String> allowed = decisions(task);
    String decision = allowed.size() == 1 ? allowed.get(0) : Text.orNull(task.getVariable(DECISION));
    if (decision == null || !allowed.contains(decision)) {
      throw Refusal.invalid(DECISION, "Velg vedtaket: " + String.join(" eller ", allowed.stream()
          .map(AftercareDecisionBookkeeping::norwegian).toList()) + ".", "aftercareDecision must be one of "
          + String.join(", ", allowed) + " in this step.");
    }
    LocalDate day = FormInput.date(task.getVariable(DECISION_DATE), DECISION_DATE, "Vedtaksdato");
    if (day.isAfter(EngineClock.today())) {
      throw Refusal.invalid(DECISION_DATE, "Vedtaksdatoen kan ikke være fram i tid: vedtaket registreres når det "
          + "er fattet.", "aftercareDecisionDate must not be in the future.");
    }
    task.setVariable(DECISION, decision);
    task.setVariable(DECISION_DATE_TEXT, Days.text(day));
    task.setVariable(DECIDED_BY, decidedBy(task));
    switch (decision) {
      case "GRANTED" -> task.setVariable(GRANTED, true);
      case "REFUSED" -> task.setVariable(GRANTED, false);
      case "CHANGED" -> MeasurePlanBookkeeping.applyTracks(task);
      default -> { }
    }
  }

  private static List<String> decisions(DelegateTask task) {
    String property = ModelProperties.own(task, DECISIONS_PROPERTY).orElseThrow(() -> new IllegalStateException(
        "The vedtak step " + task.getTaskDefinitionKey() + " lacks the extension property " + DECISIONS_PROPERTY));
    return Arrays.stream(property.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** The leder who completes the step in the Tasklist; without a user (the application), the task's assignee. */
  private static String decidedBy(DelegateTask task) {
    return Acting.on(task);
  }

  private static String norwegian(String decision) {
    return switch (decision) {
      case "GRANTED" -> "innvilget";
      case "REFUSED" -> "avslått";
      case "CHANGED" -> "endret";
      case "ENDED" -> "avsluttet";
      default -> decision;
    };
  }
}
