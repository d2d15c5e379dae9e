package org.laborbridge.subsidies;

import org.laborbridge.shared.Money;

/**
 * One row of the subsidy totals: {@code key} is the policy code, the partner region code or the
 * month (yyyy-MM), {@code label} its name. Counts are claims; amounts are yuan in fen.
 */
public record ReportRow(
        String key,
        String label,
        long applied,
        long approved,
        long paidClaims,
        Money approvedAmount,
        Money paidAmount) {}
