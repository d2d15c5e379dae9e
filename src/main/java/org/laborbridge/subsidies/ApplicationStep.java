package org.laborbridge.subsidies;

import java.time.Instant;

/**
 * One step of a claim: SUBMITTED, AUTO_SUBMITTED, ACCEPTED, REJECTED, MORE_REQUESTED, RESUBMITTED,
 * ACCOUNT_CHANGED, DOCUMENT_ATTACHED, APPROVED, OBJECTION_RAISED, OBJECTION_UPHELD,
 * OBJECTION_DISMISSED, IN_BATCH, PAID, PAYMENT_FAILED (wording {@code subsidies.step.<action>}).
 */
public record ApplicationStep(String action, String actor, String actorRole, String note, Instant at) {}
