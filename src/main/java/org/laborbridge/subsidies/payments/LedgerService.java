package org.laborbridge.subsidies.payments;

import java.util.List;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.subsidies.BudgetLedger;
import org.laborbridge.subsidies.LedgerLine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget of each policy against what it has promised and paid. Claims of every version
 * count against the budget of the latest, because a revision re-states the programme's money
 * rather than adding a second pot.
 */
@Service
@Transactional(readOnly = true)
class LedgerService implements BudgetLedger {

    private final JdbcClient jdbc;

    LedgerService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(String code, String name, long budgetFen, long approvedFen, long paidFen) {}

    private static final String LEDGER = """
            select p.code, p.name, v.budget_fen,
                   coalesce((select sum(a.amount_fen) from subsidy_application a
                              where a.policy_id = p.id and a.status in ('APPROVED', 'PAID')), 0) as approved_fen,
                   coalesce((select sum(s.amount_fen) from subsidy_stage s
                               join subsidy_application a on a.id = s.application_id
                              where a.policy_id = p.id and s.status = 'PAID'), 0) as paid_fen
              from subsidy_policy p
              join subsidy_policy_version v on v.policy_id = p.id
               and v.version = (select max(version) from subsidy_policy_version where policy_id = p.id)
            """;

    @Override
    public List<LedgerLine> all() {
        PaymentAccess.requireReader();
        return jdbc.sql(LEDGER + " order by p.code").query(Row.class).list().stream()
                .map(LedgerService::line)
                .toList();
    }

    @Override
    public LedgerLine of(String policyCode) {
        PaymentAccess.requireReader();
        return jdbc.sql(LEDGER + " where p.code = :code")
                .param("code", policyCode)
                .query(Row.class)
                .optional()
                .map(LedgerService::line)
                .orElseThrow(() -> new RecordNotFoundException("subsidy-policy", policyCode));
    }

    /** Committed is approved and not yet paid; what remains can go negative after a budget cut, shown as zero. */
    static LedgerLine line(Row row) {
        long committed = Math.max(0, row.approvedFen() - row.paidFen());
        long remaining = Math.max(0, row.budgetFen() - committed - row.paidFen());
        return new LedgerLine(
                row.code(),
                row.name(),
                Money.ofFen(row.budgetFen()),
                Money.ofFen(committed),
                Money.ofFen(row.paidFen()),
                Money.ofFen(remaining));
    }
}
