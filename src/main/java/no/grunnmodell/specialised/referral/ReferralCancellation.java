package no.grunnmodell.specialised.referral;

import static no.grunnmodell.specialised.referral.ReferralVariables.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import no.grunnmodell.platform.EngineClock;
import no.grunnmodell.specialised.catalogue.SpecialisedMeasureCatalogue;
import no.grunnmodell.specialised.egenandel.Egenandel;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of the referral and the specialised measure diagrams. They end normally through their end events;
 * when they are cancelled instead, it is because the course was interrupted (the consent was withdrawn, which the
 * family course handles in an interrupting event sub-process) or cancelled by an administrator. Then an open
 * referral is marked WITHDRAWN, and a measure that had started ends today with its egenandel so far.
 */
@Component("referralCancellation")
public class ReferralCancellation implements ExecutionListener {

  static final String REASON = "Forløpet ble avbrutt mens henvisningen var åpen (samtykket er trukket).";

  private final ReferralRegistry referrals;
  private final SpecialisedMeasureCatalogue catalogue;

  public ReferralCancellation(ReferralRegistry referrals, SpecialisedMeasureCatalogue catalogue) {
    this.referrals = referrals;
    this.catalogue = catalogue;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!execution.isCanceled()) {
      return;
    }
    // The referral diagram owns its row; the measure diagram is told which referral it follows.
    Optional<Referral> found = referrals.byProcessInstance(execution.getProcessInstanceId())
        .or(() -> Optional.ofNullable((String) execution.getVariable(REFERRAL_ID)).flatMap(referrals::find));
    Referral referral = found.filter(r -> ReferralStatus.OPEN.contains(r.status())).orElse(null);
    if (referral == null) {
      return;
    }
    LocalDate today = EngineClock.today();
    LocalDate end = null;
    BigDecimal egenandel = null;
    if (referral.status() == ReferralStatus.GRANTED && referral.measureStart() != null
        && !referral.measureStart().isAfter(today)) {
      end = today;
      egenandel = Egenandel.calculate(referral.measureStart(), today, catalogue.rates(referral.measureCode())).total();
    }
    referrals.withdrawn(referral.id(), REASON, end, egenandel);
  }
}
