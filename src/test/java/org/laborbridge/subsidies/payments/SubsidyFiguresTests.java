package org.laborbridge.subsidies.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.laborbridge.identity.Callers;
import org.laborbridge.subsidies.ApprovalFigure;
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
 * Subsidies for reporting: approved claims in the month of approval, and paid stages (only those
 * marked paid) in the month they were paid; both in the claim's household county and under its
 * policy. The database is shared, so the test compares before and after.
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
        assertThat(reports.paidFigures())
                .filteredOn(f -> f.policy().equals(twice.code()))
                .as("under the claim's policy")
                .containsExactly(new SubsidyFigure(BAOJING, month, twice.code(), 30_000L));
    }

    @Test
    void countsAndSumsApprovedClaimsByPolicyHouseholdCountyAndApprovalMonth() {
        ClaimFixtures fixtures = new ClaimFixtures(context);
        PolicyView policy = fixtures.policy("FIGA", 2);
        LocalDate may = LocalDate.of(2016, 5, 31);
        fixtures.claim(policy)
                .from(BAOJING)
                .stagesFen(30_000L, 20_000L)
                .createdOn(may)
                .write();
        fixtures.claim(policy)
                .from(BAOJING)
                .stagesFen(10_000L)
                .createdOn(may.minusDays(30))
                .write();
        fixtures.claim(policy)
                .from(BAOJING)
                .stagesFen(5_000L)
                .createdOn(may.plusDays(1))
                .write();
        fixtures.claim(policy).from(BAOJING).status("SUBMITTED").createdOn(may).write();
        Claim paid = fixtures.claim(policy)
                .from(BAOJING)
                .stagesFen(7_000L)
                .createdOn(may)
                .write();
        asApprover(() -> batches.markPaid(
                asApprover(() -> batches.create(null, List.of(paid.stage(1)))).id(), List.of(1)));

        assertThat(reports.approvalFigures())
                .filteredOn(f -> f.policy().equals(policy.code()))
                .as("a paid claim stays approved; a submitted one is not yet")
                .containsExactlyInAnyOrder(
                        new ApprovalFigure(BAOJING, YearMonth.of(2016, 5), policy.code(), 3, 67_000L),
                        new ApprovalFigure(BAOJING, YearMonth.of(2016, 6), policy.code(), 1, 5_000L));
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
