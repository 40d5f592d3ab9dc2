package no.grunnmodell.consent;

import java.util.List;
import java.util.Set;
import no.grunnmodell.form.FormInput;
import no.grunnmodell.form.FormOptionLabels;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whom the family, or the young person, agreed to share information with, as the collaboration meetings show it:
 * the labels of the agencies ticked in the consent («Skole, BUP og NAV»), where the form would otherwise print the
 * stored list (["skole","bup","nav"]). Set when the consent step is completed, through the task events (like the
 * deadlines), so the diagrams need nothing. A refused consent leaves no text, as no meeting follows it; a new
 * consent (aftercare asks each time collaboration starts) replaces the old text.
 */
@Component
public class InformationSharingAgencies {

  /** The consent forms whose checklist {@link #AGENCIES} names the agencies. */
  static final Set<String> CONSENT_FORMS = Set.of("samtykke-informasjonsdeling", "ettervern-samtykke-deling");
  static final String CONSENT = "infoSharingConsent";
  static final String AGENCIES = "infoSharingAgencies";
  /** The agencies as people read them, for the meeting forms. */
  public static final String AGENCIES_TEXT = "infoSharingAgenciesText";

  private final FormOptionLabels labels;

  public InformationSharingAgencies(FormOptionLabels labels) {
    this.labels = labels;
  }

  @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'")
  public void onComplete(DelegateTask task) {
    UserTask step = task.getBpmnModelElementInstance();
    String form = step == null ? null : step.getCamundaFormRef();
    if (form == null || !CONSENT_FORMS.contains(form)) {
      return;
    }
    List<String> agencies = "GIVEN".equals(task.getVariable(CONSENT))
        ? FormInput.strings(task.getVariable(AGENCIES)).stream().map(v -> labels.label(form, AGENCIES, v)).toList()
        : List.of();
    // Not local: the meetings that read it come later, in the same course.
    task.setVariable(AGENCIES_TEXT, agencies.isEmpty() ? null : enumeration(agencies));
  }

  /** «Skole», «Skole og NAV», «Skole, BUP og NAV». */
  static String enumeration(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " og " + items.get(items.size() - 1);
  }
}
