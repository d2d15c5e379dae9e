package org.laborbridge.subsidies.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.laborbridge.identity.Callers;
import org.laborbridge.subsidies.BatchView;
import org.laborbridge.subsidies.PaymentBatches;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.SubsidyFigure;
import org.laborbridge.subsidies.SubsidyReports;
import org.laborbridge.subsidies.clock.SubsidyClock;
import org.laborbridge.subsidies.payments.ClaimFixtures.Claim;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Paid subsidies for reporting: only stages marked paid count, in the claim's household county
 * and the month they were paid. The database is shared, so the test compares before and after.
 */
@SpringBootTest
class SubsidyFiguresTests {

    private static final String BAOJING = "433125";

    @Autowired
    SubsidyReports reports;

    @Autowired
    PaymentBatches batches;

    @Autowired
    SubsidyClock clock;

    @Autowired
    ApplicationContext context;

    @Test
    void sumsPaidStagesByHouseholdCountyAndPaidMonth() {
        ClaimFixtures fixtures = new ClaimFixtures(context);
        PolicyView twice = fixtures.policy("FIG", 2);
        Claim claim =
                fixtures.claim(twice).from(BAOJING).stagesFen(30_000L, 20_000L).write();
        YearMonth month = YearMonth.from(clock.today());
        long before = paidFen(month);

        BatchView first = asApprover(() -> batches.create(null, List.of(claim.stage(1))));
        assertThat(paidFen(month)).as("in a batch, not yet paid").isEqualTo(before);
        asApprover(() -> batches.markPaid(first.id(), List.of(1)));

        assertThat(paidFen(month)).isEqualTo(before + 30_000L);
    }

    private long paidFen(YearMonth month) {
        return reports.paidFigures().stream()
                .filter(f -> f.county().equals(BAOJING) && f.month().equals(month))
                .mapToLong(SubsidyFigure::paidFen)
                .sum();
    }

    private static <T> T asApprover(Supplier<T> work) {
        return Callers.runAs(ClaimFixtures.APPROVER, work);
    }
}
