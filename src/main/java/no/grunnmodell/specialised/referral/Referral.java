package no.grunnmodell.specialised.referral;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A row of gm_referral: one referral to Bufetat from one course, kept after the engine's history is cleaned up. */
public record Referral(String id, String courseId, String serviceId, String caseReference, String processInstanceId,
                       ReferralStatus status, String measureCode, String statusReason, Instant sentAt,
                       LocalDate decidedOn, String decisionSource, LocalDate measureStart, LocalDate measureEnd,
                       BigDecimal egenandelTotalNok) {
}
