package no.grunnmodell.specialised.referral;

import static no.grunnmodell.specialised.referral.ReferralVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.grunnmodell.course.CourseVariables;
import no.grunnmodell.platform.Days;
import no.grunnmodell.platform.EngineClock;
import no.grunnmodell.specialised.catalogue.SpecialisedMeasure;
import no.grunnmodell.specialised.catalogue.SpecialisedMeasureCatalogue;
import no.grunnmodell.specialised.matching.CourseFacts;
import no.grunnmodell.specialised.matching.MeasureMatching;
import no.grunnmodell.specialised.matching.Proposal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/**
 * «Finn aktuelle spesialiserte tiltak»: weighs today's catalogue against the course and pre-fills the
 * kontaktperson's referral form with the ranked proposals, the reasons, the best fitting measure and what has been
 * tried. The first time in a referral it also opens the referral record (status DRAFT).
 */
@Component("proposeSpecialisedMeasures")
public class ProposeSpecialisedMeasures implements JavaDelegate {

  private final SpecialisedMeasureCatalogue catalogue;
  private final ReferralRegistry referrals;

  public ProposeSpecialisedMeasures(SpecialisedMeasureCatalogue catalogue, ReferralRegistry referrals) {
    this.catalogue = catalogue;
    this.referrals = referrals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (referrals.byProcessInstance(execution.getProcessInstanceId()).isEmpty()) {
      PER_REFERRAL.forEach(name -> execution.setVariable(name, null));
      Referral referral = referrals.createDraft((String) execution.getVariable(CourseVariables.COURSE_ID),
          (String) execution.getVariable(CourseVariables.SERVICE_ID),
          (String) execution.getVariable(CourseVariables.CASE_REFERENCE), execution.getProcessInstanceId());
      execution.setVariable(REFERRAL_ID, referral.id());
    }
    LocalDate today = EngineClock.today();
    CourseFacts facts = CourseFacts.from(execution, today);
    List<Proposal> proposals = MeasureMatching.rank(facts, catalogue.activeOn(today));

    execution.setVariable(CHILD_AGE_TEXT, facts.age() + " år (født " + Days.text(facts.birthDate()) + ")");
    execution.setVariable(PROPOSALS_SUMMARY, summary(proposals));
    execution.setVariable(PROPOSALS_TEXT, text(proposals));
    List<Map<String, String>> options = new ArrayList<>();
    proposals.stream().filter(p -> p.measure().referable()).forEach(p -> options.add(Map.of(
        "value", p.measure().code(),
        "label", p.measure().name() + (p.fits() ? " – passer" : " – passer ikke"))));
    execution.setVariable(MEASURE_OPTIONS, Spin.JSON(options));

    // Suggest the best fit. After a recalculation keep the measure already chosen if it still fits, or if
    // nothing fits (the kontaktperson may refer with a reason).
    Object chosen = execution.getVariable(MEASURE);
    String best = proposals.stream().filter(p -> p.fits() && p.measure().referable())
        .map(p -> p.measure().code()).findFirst().orElse(null);
    boolean chosenFits = proposals.stream().anyMatch(p -> p.fits() && p.measure().code().equals(chosen));
    boolean chosenOffered = options.stream().anyMatch(o -> o.get("value").equals(chosen));
    if (!chosenFits && (best != null || !chosenOffered)) {
      execution.setVariable(MEASURE, best);
    }
    if (execution.getVariable(TRIED) == null && !facts.triedTracks().isEmpty()) {
      execution.setVariable(TRIED, "Tiltak i tiltaksplanen: " + MeasureMatching.tried(facts) + ".");
    }
  }

  public static String summary(List<Proposal> proposals) {
    List<String> fitting = proposals.stream().filter(p -> p.fits() && p.measure().referable())
        .map(p -> p.measure().name()).toList();
    List<String> municipal = proposals.stream().filter(p -> p.fits() && !p.measure().referable())
        .map(p -> p.measure().name()).toList();
    String text = fitting.isEmpty()
        ? "Ingen av Bufetats tiltak i katalogen passer for barnet nå; begrunnelsene står under. Du kan endre"
          + " problemområdene og beregne på nytt, henvise likevel med en begrunnelse, eller la være å henvise."
        : (fitting.size() == 1 ? "Ett av Bufetats tiltak passer: " : fitting.size() + " av Bufetats tiltak passer: ")
          + String.join(", ", fitting) + ".";
    return municipal.isEmpty() ? text : text + " Kommunalt alternativ som passer: " + String.join(", ", municipal)
        + ".";
  }

  /** The ranked proposals as Markdown for the form: one numbered entry per measure with its reasons. */
  public static String text(List<Proposal> proposals) {
    StringBuilder s = new StringBuilder();
    int rank = 1;
    for (Proposal p : proposals) {
      SpecialisedMeasure m = p.measure();
      Map<String, String> facts = new LinkedHashMap<>();
      facts.put("status", p.fits() ? "passer" : "passer ikke");
      facts.put("who", m.referable() ? "Bufetat" : "kommunen");
      facts.put("age", m.ageText());
      facts.put("duration", m.durationText());
      facts.put("intensity", m.intensity());
      s.append(rank++).append(". **").append(m.name()).append("** · ")
          .append(facts.values().stream().filter(v -> v != null).collect(Collectors.joining(" · ")))
          .append('\n');
      if (m.description() != null) {
        s.append("   ").append(m.description()).append('\n');
      }
      p.reasons().forEach(r -> s.append("   - ").append(r.kind().mark()).append(' ').append(r.text()).append('\n'));
    }
    return s.toString();
  }
}
