package org.laborbridge.subsidies;

import java.util.List;

/** The per-policy budget ledger; bureau staff read it. */
public interface BudgetLedger {

    List<LedgerLine> all();

    LedgerLine of(String policyCode);
}
