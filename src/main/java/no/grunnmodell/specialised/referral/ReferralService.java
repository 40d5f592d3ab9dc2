package no.grunnmodell.specialised.referral;

import static no.grunnmodell.specialised.referral.ReferralVariables.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.grunnmodell.platform.Acting;
import no.grunnmodell.platform.ApiError;
import no.grunnmodell.platform.AsApplication;
import no.grunnmodell.platform.EngineClock;
import no.grunnmodell.security.CurrentUser;
import no.grunnmodell.security.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * Referrals as the case system sees them, and Bufetat's answer to one (the work behind {@link ReferralController}).
 * Documented in docs/api.md.
 */
@Service
public class ReferralService {

  static final String SOURCE = "BUFETAT";

  private final ReferralRegistry referrals;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final CurrentUser currentUser;
  private final AsApplication asApplication;

  public ReferralService(ReferralRegistry referrals, RuntimeService runtimeService, IdentityService identityService,
                         CurrentUser currentUser, AsApplication asApplication) {
    this.referrals = referrals;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.currentUser = currentUser;
    this.asApplication = asApplication;
  }

  /** What the case system may see of a referral: status and dates, no free text about the family. */
  public record ReferralView(String id, String serviceId, String caseReference, String status, String measureCode,
                             Instant sentAt, LocalDate decidedOn, String decisionSource, LocalDate measureStart,
                             LocalDate measureEnd, BigDecimal egenandelTotalNok) {

    static ReferralView of(Referral r) {
      return new ReferralView(r.id(), r.serviceId(), r.caseReference(), r.status().name(), r.measureCode(),
          r.sentAt(), r.decidedOn(), r.decisionSource(), r.measureStart(), r.measureEnd(), r.egenandelTotalNok());
    }
  }

  /** Bufetat's answer. Dates as yyyy-MM-dd; measureStart when granted, reason when refused. */
  public record DecisionRequest(String decision, String decidedOn, String reason, String measureStart) {
  }

  /** The referral, for a member of its service's staff. */
  public ReferralView referral(String id) {
    return ReferralView.of(visible(id));
  }

  /**
   * Bufetat's answer, relayed by the case system or a caseworker: checked in full (who may, the request, the
   * referral's state) before anything is recorded, then delivered to the waiting referral as the message
   * {@code BufetatDecision}, which the referral diagram records in the same transaction.
   */
  public ReferralView decide(String id, DecisionRequest body) {
    Referral referral = visible(id);
    Acting caller = Acting.now(identityService);
    requireKontaktpersonOrLeder(referral.serviceId());
    if (body == null) {
      throw ApiError.badField(null, "The request body is missing: send JSON with decision, decidedOn, reason and"
          + " measureStart.");
    }
    BufetatDecision.Parsed parsed = BufetatDecision.parse(body.decision(), body.decidedOn(), body.reason(),
        body.measureStart(), false, RecordBufetatDecision.sentOn(referral), EngineClock.today());
    if (!parsed.valid()) {
      List<BufetatDecision.Problem> problems = parsed.problems();
      throw ApiError.badField(problems.get(0).field(),
          problems.stream().map(BufetatDecision.Problem::english).collect(Collectors.joining(" ")));
    }
    if (referral.status() != ReferralStatus.SENT) {
      throw conflict(referral);
    }
    BufetatDecision decision = parsed.decision();
    Map<String, Object> variables = new HashMap<>();
    variables.put(DECISION, decision.status().name());
    variables.put(DECISION_DATE, decision.decidedOn().toString());
    variables.put(DECISION_REASON, decision.reason());
    variables.put(MEASURE_START, decision.measureStart() == null ? null : decision.measureStart().toString());
    variables.put(DECISION_SOURCE, SOURCE);
    variables.put(DECISION_RECORDED_BY, caller.userId());
    // Recording the answer is the referral diagram's own step, not a change the caller's engine grants cover (a
    // leder may not modify course instances): with the caller checked above, it runs as the application.
    try {
      asApplication.run(() -> runtimeService.createMessageCorrelation(DECISION_MESSAGE)
          .processInstanceId(referral.processInstanceId()).setVariables(variables).correlateWithResult());
    } catch (MismatchingMessageCorrelationException | OptimisticLockingException | ReferralStateException e) {
      // Decided or withdrawn by someone else in the meantime; nothing of this call was recorded.
      throw conflict(existing(id));
    }
    return ReferralView.of(existing(id));
  }

  /** Bufetat's answer is relayed by the case system or a caseworker: staff who own referrals in the service. */
  private void requireKontaktpersonOrLeder(String serviceId) {
    if (!currentUser.hasRole(Role.KONTAKTPERSON, serviceId) && !currentUser.hasRole(Role.LEDER, serviceId)) {
      throw ApiError.forbidden("Only a kontaktperson or the leder in service " + serviceId
          + " can record Bufetat's decision.");
    }
  }

  /**
   * The referral, if the caller is on the staff of its service. Another service's referral is answered exactly as
   * an id that does not exist, so that ids cannot be tried to learn what other services have referred.
   */
  private Referral visible(String id) {
    return referrals.find(id).filter(r -> currentUser.isMemberOf(r.serviceId()))
        .orElseThrow(() -> notFound(id));
  }

  private Referral existing(String id) {
    return referrals.find(id).orElseThrow(() -> notFound(id));
  }

  private static ApiError notFound(String id) {
    return ApiError.notFound("No referral with id '" + id + "'.");
  }

  private static ApiError conflict(Referral r) {
    return switch (r.status()) {
      case GRANTED, REFUSED, ENDED -> ApiError.conflict("Referral " + r.id() + " is already decided: "
          + (r.status() == ReferralStatus.ENDED ? ReferralStatus.GRANTED : r.status()) + " on " + r.decidedOn()
          + ".");
      case WITHDRAWN -> ApiError.conflict("Referral " + r.id() + " was withdrawn and takes no decision.");
      default -> ApiError.conflict("Referral " + r.id() + " is not waiting for Bufetat's decision: its status is "
          + r.status() + ".");
    };
  }
}
