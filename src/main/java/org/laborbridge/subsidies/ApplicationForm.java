package org.laborbridge.subsidies;

import java.util.UUID;
import org.laborbridge.subsidies.policy.BasisKind;
import org.laborbridge.workers.WorkerId;

/**
 * A claim as an applicant fills it in: the policy by code (its latest version is judged), the basis
 * (a placement, or a trip and its traveller in {@code worker}) and the account to pay. The payee's
 * name defaults to the worker, the enterprise or the trip's operator by the policy's payee; the
 * account may be left out and added before approval.
 */
public record ApplicationForm(
        String policyCode,
        BasisKind basisKind,
        UUID basisId,
        WorkerId worker,
        String payeeName,
        String bankName,
        String bankAccount,
        String note) {}
