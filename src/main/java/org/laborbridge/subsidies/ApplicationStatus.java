package org.laborbridge.subsidies;

/**
 * Where a claim stands. SUBMITTED waits for a caseworker's review; MORE_REQUESTED for the applicant;
 * ACCEPTED for an approver; APPROVED runs its public notice and is payable after it, stage by
 * stage; PAID when every stage is paid. REJECTED is final and frees the basis for a new claim.
 */
public enum ApplicationStatus {
    SUBMITTED,
    MORE_REQUESTED,
    ACCEPTED,
    REJECTED,
    APPROVED,
    PAID
}
