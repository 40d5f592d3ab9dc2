package no.grunnmodell.specialised;

import no.grunnmodell.platform.Refusal;
import static no.grunnmodell.specialised.ReferralVariables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import no.grunnmodell.course.FormValues;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of «Forbered henvisning til Bufetat». The kontaktperson sends the referral to the leder,
 * recalculates the proposals after changing the problem areas, or decides not to refer. A referral to a measure
 * the catalogue says does not fit needs a written reason: the matching is checked again here, with the problem
 * areas as submitted, so a change in the form cannot slip past it.
 */
@Component("referralPreparationBookkeeping")
public class ReferralPreparationBookkeeping implements TaskListener {

  static final String SEND = "SEND";
  static final String RECALCULATE = "RECALCULATE";
  static final String DO_NOT_REFER = "DO_NOT_REFER";

  private final SpecialisedMeasureCatalogue catalogue;
  private final ReferralRegistry referrals;

  public ReferralPreparationBookkeeping(SpecialisedMeasureCatalogue catalogue, ReferralRegistry referrals) {
    this.catalogue = catalogue;
    this.referrals = referrals;
  }

  @Override
  public void notify(DelegateTask task) {
    String action = Caseworker.text(task.getVariable(ACTION));
    String referralId = (String) task.getVariable(REFERRAL_ID);
    if (RECALCULATE.equals(action)) {
      return;
    }
    if (DO_NOT_REFER.equals(action)) {
      String reason = Caseworker.text(task.getVariable(NOT_SENT_REASON));
      if (reason == null) {
        throw Refusal.invalid(NOT_SENT_REASON, "Skriv hvorfor det ikke henvises.",
            "referralNotSentReason is required when the referral is not sent.");
      }
      referrals.notSent(referralId, reason, Caseworker.of(task));
      task.setVariable(OUTCOME_NOTE, "Henvisning til Bufetat ble ikke sendt (" + FormValues.text(EngineClock.today())
          + "): " + reason);
      return;
    }
    if (!SEND.equals(action)) {
      throw Refusal.invalid(ACTION, "Velg hva du vil gjøre: sende henvisningen til leder, beregne forslagene "
          + "på nytt eller la være å henvise.", "referralAction must be SEND, RECALCULATE or DO_NOT_REFER.");
    }

    List<String> problems = new ArrayList<>();
    String code = Caseworker.text(task.getVariable(MEASURE));
    SpecialisedMeasure measure = code == null ? null : catalogue.find(code)
        .filter(m -> m.referable() && m.activeOn(EngineClock.today())).orElse(null);
    if (measure == null) {
      problems.add("Velg et av Bufetats tiltak i listen.");
    }
    String reason = Caseworker.text(task.getVariable(REASON));
    if (reason == null) {
      problems.add("Skriv hvorfor de kommunale tiltakene ikke er nok.");
    }
    if (Caseworker.text(task.getVariable(TRIED)) == null) {
      problems.add("Skriv hva som er prøvd.");
    }
    String deviation = Caseworker.text(task.getVariable(DEVIATION_REASON));
    Proposal proposal = measure == null ? null
        : MeasureMatching.weigh(CourseFacts.from(task.getExecution(), EngineClock.today()), measure);
    if (proposal != null && !proposal.fits() && deviation == null) {
      problems.add("«" + measure.name() + "» passer ikke etter katalogen: " + String.join(" ", proposal.against())
          + " Skriv hvorfor dere likevel henviser, eller velg et annet tiltak.");
    }
    if (!problems.isEmpty()) {
      throw Refusal.invalid(null, "Henvisningen kan ikke sendes ennå: " + String.join(" ", problems),
          "The referral cannot be sent yet: choose an active measure from the catalogue, give the reason and what "
              + "was tried, and why you refer to a measure that does not fit.");
    }

    referrals.prepared(referralId, measure.code(), reason, proposal.fits() ? null : deviation, Caseworker.of(task));
    task.setVariable(MEASURE_NAME, measure.name());
    task.setVariable(FIT_TEXT, proposal.reasons().stream().map(r -> "- " + r.kind().mark() + " " + r.text())
        .collect(Collectors.joining("\n")));
  }
}
