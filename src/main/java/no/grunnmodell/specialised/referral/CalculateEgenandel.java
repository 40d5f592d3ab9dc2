package no.grunnmodell.specialised.referral;

import static no.grunnmodell.specialised.referral.ReferralVariables.*;

import java.time.LocalDate;
import no.grunnmodell.form.FormInput;
import no.grunnmodell.specialised.catalogue.SpecialisedMeasure;
import no.grunnmodell.specialised.catalogue.SpecialisedMeasureCatalogue;
import no.grunnmodell.specialised.egenandel.Egenandel;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * «Registrer slutten og beregn egenandelen»: the measure's start and end go into the referral record with the
 * municipality's egenandel, computed month by month from the rate of each calendar year it ran in; the plan's line
 * for the measure ({@code specialisedMeasureInPlan}) now says how and when it ended.
 */
@Component("calculateEgenandel")
public class CalculateEgenandel implements JavaDelegate {

  private final ReferralRegistry referrals;
  private final SpecialisedMeasureCatalogue catalogue;

  public CalculateEgenandel(ReferralRegistry referrals, SpecialisedMeasureCatalogue catalogue) {
    this.referrals = referrals;
    this.catalogue = catalogue;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Referral referral = referrals.find((String) execution.getVariable(REFERRAL_ID)).orElseThrow();
    LocalDate start = FormInput.date(execution.getVariable(MEASURE_START), "Faktisk oppstart");
    LocalDate end = FormInput.date(execution.getVariable(MEASURE_END), "Siste dag i tiltaket");
    Egenandel egenandel = Egenandel.calculate(start, end, catalogue.rates(referral.measureCode()));
    referrals.ended(referral.id(), start, end, (String) execution.getVariable(MEASURE_END_REASON), egenandel.total());
    execution.setVariable(EGENANDEL_TEXT, egenandel.text(measureName(referral)));
    execution.setVariable(MEASURE_IN_PLAN, MeasureInPlan.ended(measureName(referral), start, end,
        referral.decidedOn(), (String) execution.getVariable(MEASURE_END_REASON)));
    execution.setVariable(EGENANDEL_TOTAL, egenandel.total().longValueExact());
  }

  private String measureName(Referral referral) {
    return catalogue.find(referral.measureCode()).map(SpecialisedMeasure::name).orElse(referral.measureCode());
  }
}
