package no.grunnmodell.specialised.referral;

import no.grunnmodell.form.FormInput;
import no.grunnmodell.platform.Days;
import no.grunnmodell.platform.EngineClock;
import no.grunnmodell.platform.Refusal;
import static no.grunnmodell.specialised.referral.ReferralVariables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import no.grunnmodell.platform.Text;
import no.grunnmodell.specialised.catalogue.SpecialisedMeasure;
import no.grunnmodell.specialised.catalogue.SpecialisedMeasureCatalogue;
import no.grunnmodell.specialised.matching.CourseFacts;
import no.grunnmodell.specialised.matching.MeasureMatching;
import no.grunnmodell.specialised.matching.Proposal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of «Forbered henvisning til Bufetat». The kontaktperson sends the referral to the leder,
 * recalculates the proposals after changing the problem areas, or decides not to refer. A referral to a measure
 * the catalogue says does not fit needs a written reason: the matching is checked again here, with the problem
 * areas as submitted, so a change in the form cannot slip past it.
 *
 * <p>Bufetat offers its specialised measures when the child's problems could otherwise lead to a placement in foster
 * care or an institution, so the kontaktperson answers that question. «Ja» sends; «Usikkert» and «Nei» send only
 * with a written reason, which the leder and Bufetat then weigh: a no without one is refused, since Bufetat would
 * refuse it. The family must have consented both to the referral and to sharing information with Bufetat; the
 * consents are kept with the referral whether it is sent or not, and the diagram marks them for the audit trail.
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
    String action = Text.orNull(task.getVariable(ACTION));
    String referralId = (String) task.getVariable(REFERRAL_ID);
    if (RECALCULATE.equals(action)) {
      return;
    }
    ReferralGrounds grounds = grounds(task);
    if (DO_NOT_REFER.equals(action)) {
      String reason = Text.orNull(task.getVariable(NOT_SENT_REASON));
      if (reason == null) {
        throw Refusal.invalid(NOT_SENT_REASON, "Skriv hvorfor det ikke henvises.",
            "referralNotSentReason is required when the referral is not sent.");
      }
      referrals.notSent(referralId, reason, grounds, Caseworker.of(task));
      task.setVariable(OUTCOME_NOTE, "Henvisning til Bufetat ble ikke sendt (" + Days.text(EngineClock.today())
          + "): " + reason);
      return;
    }
    if (!SEND.equals(action)) {
      throw Refusal.invalid(ACTION, "Velg hva du vil gjøre: sende henvisningen til leder, beregne forslagene "
          + "på nytt eller la være å henvise.", "referralAction must be SEND, RECALCULATE or DO_NOT_REFER.");
    }

    List<String> problems = new ArrayList<>();
    String code = Text.orNull(task.getVariable(MEASURE));
    SpecialisedMeasure measure = code == null ? null : catalogue.find(code)
        .filter(m -> m.referable() && m.activeOn(EngineClock.today())).orElse(null);
    if (measure == null) {
      problems.add("Velg et av Bufetats tiltak i listen.");
    }
    String reason = Text.orNull(task.getVariable(REASON));
    if (reason == null) {
      problems.add("Skriv hvorfor de kommunale tiltakene ikke er nok.");
    }
    if (Text.orNull(task.getVariable(TRIED)) == null) {
      problems.add("Skriv hva som er prøvd.");
    }
    problems.addAll(groundProblems(grounds));
    String deviation = Text.orNull(task.getVariable(DEVIATION_REASON));
    Proposal proposal = measure == null ? null
        : MeasureMatching.weigh(CourseFacts.from(task.getExecution(), EngineClock.today()), measure);
    if (proposal != null && !proposal.fits() && deviation == null) {
      problems.add("«" + measure.name() + "» passer ikke etter katalogen: " + String.join(" ", proposal.against())
          + " Skriv hvorfor dere likevel henviser, eller velg et annet tiltak.");
    }
    if (!problems.isEmpty()) {
      throw Refusal.invalid(null, "Henvisningen kan ikke sendes ennå: " + String.join(" ", problems),
          "The referral cannot be sent yet: choose an active measure from the catalogue, give the reason and what "
              + "was tried, say whether the problems could lead to a placement outside the home (with a reason "
              + "unless yes), have the family's consent to the referral and to sharing with Bufetat, and say why "
              + "you refer to a measure that does not fit.");
    }

    referrals.prepared(referralId, measure.code(), reason, proposal.fits() ? null : deviation, grounds,
        Caseworker.of(task));
    task.setVariable(GROUNDS_TEXT, grounds.text());
    task.setVariable(MEASURE_NAME, measure.name());
    task.setVariable(FIT_TEXT, proposal.reasons().stream().map(r -> "- " + r.kind().mark() + " " + r.text())
        .collect(Collectors.joining("\n")));
  }

  /** The grounds as submitted; a reason for referring despite the answer is kept only with «Usikkert» or «Nei». */
  private static ReferralGrounds grounds(DelegateTask task) {
    String risk = Text.orNull(task.getVariable(PLACEMENT_RISK));
    Object date = task.getVariable(CONSENT_DATE);
    return new ReferralGrounds(risk, ReferralGrounds.YES.equals(risk) ? null
        : Text.orNull(task.getVariable(PLACEMENT_RISK_REASON)), Text.orNull(task.getVariable(CONSENT)),
        Text.orNull(task.getVariable(SHARING_CONSENT)),
        Text.orNull(date) == null ? null : FormInput.date(date, CONSENT_DATE, "Dato for samtykket"));
  }

  private static List<String> groundProblems(ReferralGrounds grounds) {
    List<String> problems = new ArrayList<>();
    String risk = grounds.placementRisk();
    if (risk == null) {
      problems.add("Svar på om problemene kan føre til plassering utenfor hjemmet.");
    } else if (ReferralGrounds.NO.equals(risk) && grounds.placementRiskReason() == null) {
      problems.add("Bufetat tilbyr spesialiserte hjelpetiltak når barnets problemer ellers kan gi grunnlag for "
          + "plassering i fosterhjem eller institusjon, og du har svart at de ikke vil det. Skriv hvorfor du likevel "
          + "henviser, eller velg «Ikke henvis».");
    } else if (ReferralGrounds.UNCERTAIN.equals(risk) && grounds.placementRiskReason() == null) {
      problems.add("Du er usikker på om problemene kan føre til plassering utenfor hjemmet: beskriv "
          + "problembelastningen under «Hvorfor henvise likevel?», så leder og Bufetat kan vurdere den.");
    }
    if (!grounds.consentsGiven()) {
      problems.add("Henvisningen sendes bare når familien har samtykket både til henvisningen og til at "
          + "opplysninger deles med Bufetat. Innhent samtykket først, eller velg «Ikke henvis» og skriv hvorfor.");
    } else if (grounds.consentDate() == null) {
      problems.add("Skriv datoen familien samtykket.");
    } else if (grounds.consentDate().isAfter(EngineClock.today())) {
      problems.add("Datoen familien samtykket kan ikke være fram i tid.");
    }
    return problems;
  }
}
