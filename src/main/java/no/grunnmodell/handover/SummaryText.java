package no.grunnmodell.handover;

import java.util.List;
import java.util.Map;
import no.grunnmodell.course.TargetGroup;
import no.grunnmodell.form.FormOptionLabels;
import no.grunnmodell.platform.Days;
import org.springframework.stereotype.Component;

/**
 * The summary as a caseworker reads it (Norwegian, Markdown for the forms): in the receiving leder's step, in the
 * new course's first steps, and as the text a kontaktperson sends to a service outside the system. Codes become the
 * labels the forms showed.
 */
@Component
class SummaryText {

  /** The plan and evaluation forms of each course variant, whose option labels the text uses. */
  private static final Map<TargetGroup, String[]> FORMS = Map.of(
      TargetGroup.FAMILY, new String[] {"tiltaksplan", "evaluering"},
      TargetGroup.AFTERCARE, new String[] {"ettervern-plan", "ettervern-evaluering"});
  private static final Map<String, String> CONSENTS = Map.of(
      "CONSENT", "Samtykke til hjelpetiltakene",
      "INFORMATION_SHARING_CONSENT", "Samtykke til å dele opplysninger med andre tjenester",
      "REFERRAL_CONSENT", "Samtykke til henvisning til Bufetat",
      "BUFETAT_SHARING_CONSENT", "Samtykke til å dele opplysninger med Bufetat",
      "CONSENT_WITHDRAWN", "Samtykket ble trukket",
      "HANDOVER_CONSENT", "Samtykke til å sende denne oppsummeringen til ny barnevernstjeneste");
  private static final Map<String, String> DECISIONS = Map.of("GIVEN", "gitt", "REFUSED", "ikke gitt",
      "NOT_ASKED", "ikke spurt");

  private final FormOptionLabels labels;

  SummaryText(FormOptionLabels labels) {
    this.labels = labels;
  }

  /** «Sofie, født 01.02.2018», or only the birth date when the first name was not registered. */
  private static String child(CourseSummary.Child child) {
    String born = child.birthDate() == null ? "" : "født " + Days.text(child.birthDate());
    return child.firstName() == null ? born : child.firstName() + (born.isEmpty() ? "" : ", " + born);
  }

  String text(CourseSummary summary) {
    String[] forms = FORMS.get(summary.targetGroup());
    StringBuilder s = new StringBuilder();
    s.append("**Barnet:** ").append(child(summary.child())).append("  \n**Forløpet hos** ")
        .append(summary.serviceName()).append('\n');

    CourseSummary.Plan plan = summary.plan();
    s.append("\n#### Tiltaksplanen\n");
    if (plan.goals().isEmpty()) {
      s.append("Ingen mål er registrert.\n");
    }
    for (CourseSummary.Goal goal : plan.goals()) {
      s.append("- ");
      if (goal.lifeArea() != null) {
        s.append(labels.label(forms[0], "lifeArea", goal.lifeArea())).append(": ");
      }
      s.append(goal.goal());
      if (goal.indicator() != null) {
        s.append(" (slik ser vi at det er nådd: ").append(goal.indicator()).append(')');
      }
      s.append('\n');
    }
    List<String> measures = plan.measures().stream().map(m -> labels.label(forms[0], "measureTracks", m)).toList();
    s.append("\n**Tiltak:** ").append(measures.isEmpty() ? "ingen registrert" : String.join("; ", measures))
        .append('\n');
    if (plan.measureDescription() != null) {
      s.append("\n").append(plan.measureDescription()).append('\n');
    }
    if (plan.specialisedMeasure() != null) {
      s.append("\n**Spesialisert tiltak fra Bufetat:** ").append(plan.specialisedMeasure()).append('\n');
    }
    if (plan.nextEvaluationDate() != null) {
      s.append("\n**Neste evaluering var satt til** ").append(Days.text(plan.nextEvaluationDate()))
          .append('\n');
    }

    s.append("\n#### Evalueringer\n");
    if (summary.evaluations().isEmpty()) {
      s.append("Ingen evalueringer ennå.\n");
    }
    for (CourseSummary.Evaluation evaluation : summary.evaluations()) {
      s.append("- ").append(Days.text(evaluation.date())).append(": ")
          .append(labels.label(forms[1], "evaluationOutcome", evaluation.outcome())).append('.');
      for (CourseSummary.GoalAttainment goal : evaluation.goals()) {
        s.append(' ').append(goal.goal()).append(": ")
            .append(goal.attainment() == null ? "ikke vurdert" : labels.label(forms[1], "attainment",
                goal.attainment()).toLowerCase()).append('.');
      }
      s.append('\n');
    }

    s.append("\n#### Samtykker\n");
    if (summary.consents().isEmpty()) {
      s.append("Ingen samtykker er registrert.\n");
    }
    for (CourseSummary.Consent consent : summary.consents()) {
      s.append("- ").append(Days.text(consent.date())).append(": ")
          .append(CONSENTS.getOrDefault(consent.kind(), consent.kind()));
      if (consent.decision() != null) {
        s.append(": ").append(DECISIONS.getOrDefault(consent.decision(), consent.decision()));
      }
      s.append('\n');
    }
    return s.toString();
  }
}
