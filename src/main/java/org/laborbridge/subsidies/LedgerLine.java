package org.laborbridge.subsidies;

import org.laborbridge.shared.Money;

/**
 * A policy's budget as it stands: committed is every approved claim not yet paid, paid what the bank
 * confirmed, remaining the budget less both. Approvals beyond the remainder are refused.
 */
public record LedgerLine(
        String policyCode, String policyName, Money budget, Money committed, Money paid, Money remaining) {}
