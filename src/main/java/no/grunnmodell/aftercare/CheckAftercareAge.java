package no.grunnmodell.aftercare;

import no.grunnmodell.form.FormInput;
import no.grunnmodell.platform.Days;
import no.grunnmodell.platform.EngineClock;
import no.grunnmodell.platform.Refusal;
import static no.grunnmodell.course.CourseVariables.BIRTH_DATE;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Process start listener of the aftercare course, after {@code registerCourse}. Refuses a start outside the age
 * range (the Tasklist start form and the engine REST API show the Norwegian message; the whole start is rolled
 * back, registration included), and sets the dates the diagram's timers wait for: the aftercare conversation,
 * the reminder before the age limit, and the age limit itself. Computed once here so that every timer and form
 * of the course shows the same days. Also what the forms say about the follow-up after a no, and that no vedtak
 * has granted aftercare yet.
 */
@Component("checkAftercareAge")
public class CheckAftercareAge implements ExecutionListener {

  private final AftercareAgeRules rules;

  public CheckAftercareAge(AftercareAgeRules rules) {
    this.rules = rules;
  }

  @Override
  public void notify(DelegateExecution execution) {
    LocalDate birthDate = FormInput.date(execution.getVariable(BIRTH_DATE), "Fødselsdato");
    LocalDate today = EngineClock.today();
    rules.check(birthDate, today).ifPresent(refusal -> {
      throw Refusal.invalid(BIRTH_DATE, refusal.norwegian(), refusal.english());
    });

    LocalDate conversation = rules.conversationDay(birthDate);
    execution.setVariable(AftercareVariables.CONVERSATION_AGE_REACHED, !today.isBefore(conversation));
    execution.setVariable(AftercareVariables.CONVERSATION_DUE, Days.toDate(conversation));
    execution.setVariable(AftercareVariables.CONVERSATION_DATE_TEXT, Days.text(conversation));

    LocalDate lastDay = rules.lastDay(birthDate);
    // The course is closed at the start of its last day, so it never runs into the 25th birthday even when
    // the job executor is late.
    execution.setVariable(AftercareVariables.AGE_LIMIT_DUE, Days.toDate(lastDay));
    execution.setVariable(AftercareVariables.AGE_LIMIT_DATE_TEXT, Days.text(lastDay));
    execution.setVariable(AftercareVariables.AGE_LIMIT_REMINDER_DUE, Days.toDate(rules.reminderDay(birthDate)));
    execution.setVariable(AftercareVariables.FOLLOW_UP_AFTER_NO_TEXT, rules.followUpAfterNoText());
    // No vedtak yet: the age-limit reminder asks whether there is aftercare to end.
    execution.setVariable(AftercareVariables.GRANTED, false);
  }
}
