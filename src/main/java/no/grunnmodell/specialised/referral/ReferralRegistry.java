package no.grunnmodell.specialised.referral;

import static no.grunnmodell.specialised.referral.ReferralStatus.*;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.grunnmodell.platform.EngineClock;
import no.grunnmodell.platform.StatusTransition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The referral bookkeeping (gm_referral). Every step is a guarded status change: it only happens from the statuses
 * the diagram allows, so a second decision, or a decision after a withdrawal, fails instead of overwriting. Runs in
 * the engine's transaction when called from the diagram, so a failed step leaves nothing half written.
 */
@Repository
public class ReferralRegistry {

  private static final String SELECT = "select id, course_id, service_id, case_reference, process_instance_id, status,"
      + " measure_code, status_reason, sent_at, decided_on, decision_source, measure_start, measure_end,"
      + " egenandel_total_nok from gm_referral";

  private static final String GROUNDS = "placement_risk = ?, placement_risk_reason = ?, referral_consent = ?,"
      + " sharing_consent = ?, consent_date = ?";

  private final JdbcTemplate jdbc;

  public ReferralRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Referral createDraft(String courseId, String serviceId, String caseReference, String processInstanceId) {
    String id = UUID.randomUUID().toString();
    Timestamp now = Timestamp.from(EngineClock.now());
    jdbc.update("insert into gm_referral (id, course_id, service_id, case_reference, process_instance_id, status,"
            + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
        id, courseId, serviceId, caseReference, processInstanceId, DRAFT.name(), now, now);
    return find(id).orElseThrow();
  }

  public Optional<Referral> find(String id) {
    return jdbc.query(SELECT + " where id = ?", ReferralRegistry::referral, id).stream().findFirst();
  }

  /** The referral a referral process instance works on (one per instance). */
  public Optional<Referral> byProcessInstance(String processInstanceId) {
    return jdbc.query(SELECT + " where process_instance_id = ?", ReferralRegistry::referral, processInstanceId)
        .stream().findFirst();
  }

  public void prepared(String id, String measureCode, String reason, String deviationReason, ReferralGrounds grounds,
                       String by) {
    move(id, Set.of(DRAFT), PREPARED, "measure_code = ?, referral_reason = ?, deviation_reason = ?, prepared_by = ?, "
            + GROUNDS, measureCode, reason, deviationReason, by, grounds.placementRisk(), grounds.placementRiskReason(),
        grounds.referralConsent(), grounds.sharingConsent(), date(grounds.consentDate()));
  }

  /** Not referred: the consents are kept as answered, so a family's no is on record with the referral too. */
  public void notSent(String id, String reason, ReferralGrounds grounds, String by) {
    move(id, Set.of(DRAFT), NOT_SENT, "status_reason = ?, prepared_by = ?, " + GROUNDS, reason, by,
        grounds.placementRisk(), grounds.placementRiskReason(), grounds.referralConsent(), grounds.sharingConsent(),
        date(grounds.consentDate()));
  }

  public void notApproved(String id, String comment, String by) {
    move(id, Set.of(PREPARED), NOT_APPROVED, "status_reason = ?, approved_by = ?", comment, by);
  }

  public void sent(String id, String approvedBy) {
    move(id, Set.of(PREPARED), SENT, "approved_by = ?, sent_at = ?", approvedBy, Timestamp.from(EngineClock.now()));
  }

  /** Bufetat's answer, or the service withdrawing the referral while it waits; who entered or posted it. */
  public void decided(String id, BufetatDecision decision, String source, String recordedBy) {
    move(id, Set.of(SENT), decision.status(), "decided_on = ?, status_reason = ?, measure_start = ?,"
            + " decision_source = ?, decision_recorded_by = ?", Date.valueOf(decision.decidedOn()), decision.reason(),
        decision.measureStart() == null ? null : Date.valueOf(decision.measureStart()), source, recordedBy);
  }

  public void ended(String id, LocalDate start, LocalDate end, String endReason, BigDecimal egenandel) {
    move(id, Set.of(GRANTED), ENDED, "measure_start = ?, measure_end = ?, end_reason = ?, egenandel_total_nok = ?",
        Date.valueOf(start), Date.valueOf(end), endReason, egenandel);
  }

  /**
   * Consent withdrawn (or the course cancelled) while the referral was open. A measure that had started ends on the
   * given day with its egenandel so far; {@code measureEnd} and {@code egenandel} are null otherwise.
   */
  public void withdrawn(String id, String reason, LocalDate measureEnd, BigDecimal egenandel) {
    move(id, OPEN, WITHDRAWN, "status_reason = ?, measure_end = ?, egenandel_total_nok = ?", reason,
        measureEnd == null ? null : Date.valueOf(measureEnd), egenandel);
  }

  private void move(String id, Set<ReferralStatus> from, ReferralStatus to, String assignments, Object... values) {
    if (!StatusTransition.move(jdbc, "gm_referral", id, from, to, assignments, values)) {
      Referral current = find(id).orElse(null);
      throw new ReferralStateException(current, current == null
          ? "Henvisningen " + id + " finnes ikke."
          : "Henvisningen kan ikke få status " + to + " fordi den har status " + current.status() + ".");
    }
  }

  private static Referral referral(ResultSet rs, int row) throws SQLException {
    Timestamp sent = rs.getTimestamp("sent_at");
    return new Referral(rs.getString("id"), rs.getString("course_id"), rs.getString("service_id"),
        rs.getString("case_reference"), rs.getString("process_instance_id"),
        ReferralStatus.valueOf(rs.getString("status")), rs.getString("measure_code"), rs.getString("status_reason"),
        sent == null ? null : sent.toInstant(), date(rs, "decided_on"), rs.getString("decision_source"),
        date(rs, "measure_start"), date(rs, "measure_end"), rs.getBigDecimal("egenandel_total_nok"));
  }

  private static Date date(LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }
}
