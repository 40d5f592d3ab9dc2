package no.grunnmodell.specialised.referral;

import no.grunnmodell.platform.Days;
import no.grunnmodell.platform.EngineClock;
import no.grunnmodell.platform.Refusal;
import static no.grunnmodell.specialised.referral.ReferralVariables.*;

import java.time.LocalDate;
import java.time.Year;
import no.grunnmodell.specialised.catalogue.SpecialisedMeasureCatalogue;
import no.grunnmodell.specialised.egenandel.Egenandel;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * «Lagre Bufetats avgjørelse»: records the decision, whichever way it came (Bufetat over REST, or a caseworker),
 * and words the outcome for the course: a refusal or withdrawal goes back to plan revision with its reason; a
 * granted measure starts alongside the municipal measures and is written into the plan
 * ({@code specialisedMeasureInPlan}).
 */
@Component("recordBufetatDecision")
public class RecordBufetatDecision implements JavaDelegate {

  private final ReferralRegistry referrals;
  private final SpecialisedMeasureCatalogue catalogue;

  public RecordBufetatDecision(ReferralRegistry referrals, SpecialisedMeasureCatalogue catalogue) {
    this.referrals = referrals;
    this.catalogue = catalogue;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Referral referral = referrals.find((String) execution.getVariable(REFERRAL_ID)).orElseThrow();
    BufetatDecision.Parsed parsed = BufetatDecision.parse(execution.getVariable(DECISION),
        execution.getVariable(DECISION_DATE), execution.getVariable(DECISION_REASON),
        execution.getVariable(MEASURE_START), true, sentOn(referral), EngineClock.today());
    if (!parsed.valid()) {
      throw Refusal.invalid(parsed.problems().get(0).field(), "Avgjørelsen kan ikke registreres: "
          + BufetatDecision.norwegian(parsed.problems()), BufetatDecision.english(parsed.problems()));
    }
    BufetatDecision decision = parsed.decision();
    referrals.decided(referral.id(), decision, (String) execution.getVariable(DECISION_SOURCE),
        (String) execution.getVariable(DECISION_RECORDED_BY));

    String measure = (String) execution.getVariable(MEASURE_NAME);
    String on = Days.text(decision.decidedOn());
    switch (decision.status()) {
      case GRANTED -> {
        // The measure's own end is entered later: clear what an earlier measure of this course left behind.
        execution.setVariable(MEASURE_START, decision.measureStart().toString());
        execution.setVariable(MEASURE_END, null);
        execution.setVariable(MEASURE_END_REASON, null);
        execution.setVariable(MEASURE_IN_PLAN, MeasureInPlan.running(measure, decision.measureStart(),
            decision.decidedOn()));
        execution.setVariable(OUTCOME_NOTE, "Bufetat ga tilbud om " + measure + " " + on + ", med oppstart "
            + Days.text(decision.measureStart()) + ". " + rateText(referral.measureCode(),
            decision.measureStart()));
      }
      case REFUSED -> execution.setVariable(OUTCOME_NOTE, "Bufetat ga ikke tilbud om " + measure + " " + on
          + ": " + decision.reason());
      default -> execution.setVariable(OUTCOME_NOTE, "Henvisningen til " + measure + " ble trukket " + on + ": "
          + decision.reason());
    }
  }

  /** The egenandel the municipality pays per month from the start, so the kontaktperson can tell the economy. */
  private String rateText(String code, LocalDate start) {
    var rates = catalogue.rates(code);
    var rate = rates.floorEntry(Year.from(start).getValue());
    if (rate == null) {
      return "Ingen egenandelsats er registrert for tiltaket.";
    }
    return "Egenandel: " + Egenandel.kroner(rate.getValue()) + " per måned (sats for " + rate.getKey() + ").";
  }

  static LocalDate sentOn(Referral referral) {
    return referral.sentAt() == null ? null : referral.sentAt().atZone(Days.OSLO).toLocalDate();
  }
}
