package org.laborbridge.subsidies;

import java.time.Instant;
import org.laborbridge.shared.Money;

/**
 * One frozen line of a payment batch. {@code bankAccount} is complete only for ADMIN and APPROVER,
 * masked (first four and last four) for everyone else. Status PENDING, PAID or FAILED.
 */
public record PaymentLineView(
        int lineNo,
        ApplicationId application,
        String applicationNumber,
        int stageNo,
        String policyCode,
        String householdCounty,
        String payeeName,
        String bankName,
        String bankAccount,
        Money amount,
        String status,
        String failureReason,
        String settledBy,
        Instant settledAt) {}
