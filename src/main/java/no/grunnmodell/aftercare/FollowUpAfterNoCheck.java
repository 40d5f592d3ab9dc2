package no.grunnmodell.aftercare;

import static no.grunnmodell.aftercare.AftercareVariables.ASKED_AGAIN_ANSWER;
import static no.grunnmodell.aftercare.AftercareVariables.ASKED_AGAIN_DATE;
import static no.grunnmodell.aftercare.AftercareVariables.CONSENT_DECISION;
import static no.grunnmodell.aftercare.AftercareVariables.CONVERSATION_DATE;
import static no.grunnmodell.aftercare.AftercareVariables.FOLLOW_UP_AFTER_NO_DUE;

import java.time.LocalDate;
import no.grunnmodell.form.FormInput;
import no.grunnmodell.platform.Days;
import no.grunnmodell.platform.EngineClock;
import no.grunnmodell.platform.Refusal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of «Spør den unge på nytt om ettervern», the step a no leaves open until the day to ask again.
 * A young person who changes their mind may come back at any time, so «har ombestemt seg» is taken whenever it
 * comes, and the conversation about aftercare then opens without the old answer; «sier fortsatt nei», which ends
 * the course, only once the young person has been asked again on or after that day, so that the follow-up a no is
 * owed cannot be closed early.
 */
@Component("followUpAfterNoCheck")
public class FollowUpAfterNoCheck implements TaskListener {

  static final String CHANGED_MIND = "CHANGED_MIND";
  static final String STILL_NO = "STILL_NO";

  @Override
  public void notify(DelegateTask task) {
    Object answer = task.getVariable(ASKED_AGAIN_ANSWER);
    if (!CHANGED_MIND.equals(answer) && !STILL_NO.equals(answer)) {
      throw Refusal.invalid(ASKED_AGAIN_ANSWER, "Velg hva den unge svarte: har ombestemt seg, eller sier fortsatt "
          + "nei.", "askedAgainAnswer must be CHANGED_MIND or STILL_NO.");
    }
    LocalDate asked = FormInput.date(task.getVariable(ASKED_AGAIN_DATE), ASKED_AGAIN_DATE,
        "Dato den unge ble spurt på nytt");
    LocalDate no = FormInput.date(task.getVariable(CONVERSATION_DATE), "Dato for samtalen");
    if (asked.isAfter(EngineClock.today()) || asked.isBefore(no)) {
      throw Refusal.invalid(ASKED_AGAIN_DATE, "Datoen den unge ble spurt på nytt kan ikke være fram i tid eller før "
          + "samtalen der den unge sa nei (" + Days.text(no) + ").", "askedAgainDate must not be in the future "
          + "or before the conversation in which the young person said no (" + no + ").");
    }
    LocalDate followUp = FormInput.date(task.getVariable(FOLLOW_UP_AFTER_NO_DUE), "Dato for å spørre på nytt");
    if (STILL_NO.equals(answer) && asked.isBefore(followUp)) {
      throw Refusal.invalid(ASKED_AGAIN_ANSWER, "Den unge skal spørres på nytt fra " + Days.text(followUp)
          + ". Før det kan du bare registrere at den unge har ombestemt seg.", "STILL_NO can be recorded only when "
          + "the young person was asked again on or after " + followUp + "; before that only CHANGED_MIND.");
    }
    if (CHANGED_MIND.equals(answer)) {
      // The conversation comes again: its form opens without the old «no» and its date, which the young person
      // has taken back (the history and the audit trail keep them).
      task.removeVariable(CONSENT_DECISION);
      task.removeVariable(CONVERSATION_DATE);
    }
  }
}
