package no.grunnmodell.aftercare;

import static no.grunnmodell.aftercare.AftercareVariables.AGE_LIMIT_DUE;

import java.time.LocalDate;
import no.grunnmodell.form.FormInput;
import no.grunnmodell.platform.Days;
import no.grunnmodell.platform.Refusal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of «Forbered avslutning ved aldersgrense»: the closing conversation must be planned before
 * the last day of aftercare, when the course is closed whatever step it is in; a later date could never happen.
 */
@Component("ageLimitClosurePreparation")
public class AgeLimitClosurePreparation implements TaskListener {

  static final String PLANNED_CLOSING_CONVERSATION = "plannedClosingConversationDate";

  @Override
  public void notify(DelegateTask task) {
    LocalDate planned = FormInput.date(task.getVariable(PLANNED_CLOSING_CONVERSATION), PLANNED_CLOSING_CONVERSATION,
        "Planlagt avslutningssamtale");
    LocalDate lastDay = FormInput.date(task.getVariable(AGE_LIMIT_DUE), "Siste dag i ettervern");
    if (!planned.isBefore(lastDay)) {
      throw Refusal.invalid(PLANNED_CLOSING_CONVERSATION, "Avslutningssamtalen må være før " + Days.text(lastDay)
          + ": da avsluttes forløpet av seg selv.", "plannedClosingConversationDate must be before " + lastDay
          + ", the last day of aftercare, when the course closes.");
    }
  }
}
