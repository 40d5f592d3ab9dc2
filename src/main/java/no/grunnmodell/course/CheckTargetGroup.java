package no.grunnmodell.course;

import static no.grunnmodell.course.CourseVariables.*;

import java.time.LocalDate;
import no.grunnmodell.form.FormInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * «Vurder målgruppe»: is the child (or young person) within the target group's age range on the vedtak date?
 * Sets {@code withinTargetGroup} and a Norwegian explanation the caseworker sees if not.
 */
@Component("checkTargetGroup")
public class CheckTargetGroup implements JavaDelegate {

  private final TargetGroupCriteria criteria;

  public CheckTargetGroup(TargetGroupCriteria criteria) {
    this.criteria = criteria;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TargetGroup group = TargetGroup.valueOf((String) execution.getVariable(TARGET_GROUP));
    TargetGroupCriteria.AgeRange range = criteria.of(group);
    LocalDate birthDate = FormInput.date(execution.getVariable(BIRTH_DATE), "Fødselsdato");
    LocalDate decisionDate = FormInput.date(execution.getVariable(DECISION_DATE), "Vedtaksdato");
    int age = TargetGroupCriteria.ageOn(birthDate, decisionDate);
    boolean within = range.contains(age);
    execution.setVariable(WITHIN_TARGET_GROUP, within);
    execution.setVariable(AGE_AT_DECISION, age);
    execution.setVariable(TARGET_GROUP_NOTE, within
        ? "Innenfor målgruppen (" + range.label() + ")."
        : "Utenfor målgruppen: " + age + " år på vedtaksdatoen, mens målgruppen er " + range.label() + ".");
  }
}
