package no.grunnmodell.aftercare;

import no.grunnmodell.platform.Refusal;
import java.time.LocalDate;
import java.util.Set;
import no.grunnmodell.course.FormValues;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of «Samtale om ettervern». The young person answers yes, no, or wants to think about it;
 * then the kontaktperson sets a date for a new conversation, which must come before the last day of aftercare,
 * and the diagram's timer waits for it.
 */
@Component("conversationBookkeeping")
public class ConversationBookkeeping implements TaskListener {

  static final Set<String> ANSWERS = Set.of("GIVEN", "REFUSED", "LATER");

  @Override
  public void notify(DelegateTask task) {
    Object answer = task.getVariable("consentDecision");
    if (answer == null || !ANSWERS.contains(answer.toString())) {
      throw Refusal.invalid("consentDecision", "Velg hva den unge svarte: ja, nei eller vil tenke seg om.",
          "consentDecision must be GIVEN, REFUSED or LATER.");
    }
    if ("LATER".equals(answer)) {
      LocalDate next = FormValues.date(task.getVariable("nextConversationDate"), "Dato for ny samtale");
      LocalDate lastDay = FormValues.date(task.getVariable("ageLimitDue"), "Siste dag i ettervern");
      if (!next.isAfter(AftercareAgeRules.today()) || !next.isBefore(lastDay)) {
        throw Refusal.invalid("nextConversationDate", "Datoen for ny samtale må være fram i tid og før "
            + FormValues.text(lastDay) + ", da ettervernet må avsluttes.", "nextConversationDate must be in the "
            + "future and before " + lastDay + ", the last day of aftercare.");
      }
      task.setVariable("nextConversationDue", FormValues.toDate(next));
      task.setVariable("nextConversationDateText", FormValues.text(next));
    }
    Object count = task.getVariable("conversationCount");
    task.setVariable("conversationCount", count instanceof Integer c ? c + 1 : 1);
  }
}
