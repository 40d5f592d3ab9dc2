package no.grunnmodell.aftercare;

import static no.grunnmodell.aftercare.AftercareVariables.AGE_LIMIT_DUE;
import static no.grunnmodell.aftercare.AftercareVariables.CONSENT_DECISION;
import static no.grunnmodell.aftercare.AftercareVariables.CONVERSATION_DATE;
import static no.grunnmodell.aftercare.AftercareVariables.FOLLOW_UP_AFTER_NO_DATE_TEXT;
import static no.grunnmodell.aftercare.AftercareVariables.FOLLOW_UP_AFTER_NO_DUE;

import java.time.LocalDate;
import java.util.Set;
import no.grunnmodell.form.FormInput;
import no.grunnmodell.platform.Days;
import no.grunnmodell.platform.EngineClock;
import no.grunnmodell.platform.Refusal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of «Samtale om ettervern». The young person answers yes, no, or wants to think about it.
 * Thinking it over: the kontaktperson sets a date for a new conversation, which must come before the last day of
 * aftercare, and the diagram's timer waits for it. No: the course stays open, and the day to ask again is set
 * from {@code grunnmodell.aftercare.follow-up-after-no}, counted from the conversation.
 */
@Component("conversationBookkeeping")
public class ConversationBookkeeping implements TaskListener {

  static final Set<String> ANSWERS = Set.of("GIVEN", "REFUSED", "LATER");

  private final AftercareAgeRules rules;

  public ConversationBookkeeping(AftercareAgeRules rules) {
    this.rules = rules;
  }

  @Override
  public void notify(DelegateTask task) {
    Object answer = task.getVariable(CONSENT_DECISION);
    if (answer == null || !ANSWERS.contains(answer.toString())) {
      throw Refusal.invalid(CONSENT_DECISION, "Velg hva den unge svarte: ja, nei eller vil tenke seg om.",
          "consentDecision must be GIVEN, REFUSED or LATER.");
    }
    LocalDate today = EngineClock.today();
    LocalDate conversation = FormInput.date(task.getVariable(CONVERSATION_DATE), CONVERSATION_DATE,
        "Dato for samtalen");
    if (conversation.isAfter(today)) {
      throw Refusal.invalid(CONVERSATION_DATE, "Datoen for samtalen kan ikke være fram i tid.",
          "conversationDate must not be in the future.");
    }
    LocalDate lastDay = FormInput.date(task.getVariable(AGE_LIMIT_DUE), "Siste dag i ettervern");
    if ("LATER".equals(answer)) {
      LocalDate next = FormInput.date(task.getVariable(AftercareVariables.NEXT_CONVERSATION_DATE),
          "Dato for ny samtale");
      if (!next.isAfter(today) || !next.isBefore(lastDay)) {
        throw Refusal.invalid("nextConversationDate", "Datoen for ny samtale må være fram i tid og før "
            + Days.text(lastDay) + ", da ettervernet må avsluttes.", "nextConversationDate must be in the "
            + "future and before " + lastDay + ", the last day of aftercare.");
      }
      task.setVariable(AftercareVariables.NEXT_CONVERSATION_DUE, Days.toDate(next));
      task.setVariable(AftercareVariables.NEXT_CONVERSATION_DATE_TEXT, Days.text(next));
    }
    if ("REFUSED".equals(answer)) {
      LocalDate followUp = rules.followUpAfterNo(conversation, lastDay);
      task.setVariable(FOLLOW_UP_AFTER_NO_DUE, Days.toDate(followUp));
      task.setVariable(FOLLOW_UP_AFTER_NO_DATE_TEXT, Days.text(followUp));
    }
    Object count = task.getVariable(AftercareVariables.CONVERSATION_COUNT);
    task.setVariable(AftercareVariables.CONVERSATION_COUNT, count instanceof Integer c ? c + 1 : 1);
  }
}
