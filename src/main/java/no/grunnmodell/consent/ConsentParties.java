package no.grunnmodell.consent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.grunnmodell.course.CourseVariables;
import no.grunnmodell.form.FormInput;
import no.grunnmodell.platform.Days;
import no.grunnmodell.platform.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.spin.Spin;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who can consent in a family course depends on the child's age: the parents with daily care, and the child too from
 * 15 when the measures are aimed at the child. When a step whose form asks about consent is created, this gives it
 * the child's age today ({@code childAge}, which the consent form's conditions read: {@code =childAge >= 15}) and the
 * people who can have consented or withdrawn ({@code consentPartyOptions}, the options of the withdrawal form's
 * list, with «Barnet selv» only from 15). Task-local, so they are always today's, and hooked in through the task
 * events like the deadlines: the diagrams need nothing.
 */
@Component
public class ConsentParties {

  /** The forms that ask who consented or withdrew. */
  static final Set<String> FORMS = Set.of("samtykke", "samtykke-trukket");
  /** From this age the child consents too, when the measures are aimed at the child. */
  public static final int OWN_CONSENT_AGE = 15;

  static final String CHILD_AGE = "childAge";
  static final String OPTIONS = "consentPartyOptions";

  private static final List<Map<String, String>> PARENTS = List.of(
      Map.of("value", "mor", "label", "Mor"),
      Map.of("value", "far", "label", "Far"),
      Map.of("value", "omsorgsperson", "label", "Annen med daglig omsorg"));
  private static final Map<String, String> CHILD = Map.of("value", "barnet", "label", "Barnet selv");

  @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
  public void onCreate(DelegateTask task) {
    UserTask step = task.getBpmnModelElementInstance();
    // Set.of(...).contains(null) throws: a step without a form (allowed in a diagram) asks nobody for consent.
    if (step == null || step.getCamundaFormRef() == null || !FORMS.contains(step.getCamundaFormRef())) {
      return;
    }
    Object birthDate = task.getVariable(CourseVariables.BIRTH_DATE);
    if (birthDate == null) {
      return;
    }
    int age = age(FormInput.date(birthDate, "Fødselsdato"),
        EngineClock.today());
    List<Map<String, String>> options = new ArrayList<>(PARENTS);
    if (age >= OWN_CONSENT_AGE) {
      options.add(CHILD);
    }
    task.setVariableLocal(CHILD_AGE, age);
    task.setVariableLocal(OPTIONS, Spin.JSON(options));
  }

  static int age(LocalDate birthDate, LocalDate today) {
    return Days.ageOn(birthDate, today);
  }
}
