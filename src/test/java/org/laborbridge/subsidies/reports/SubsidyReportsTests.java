package org.laborbridge.subsidies.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Money;
import org.laborbridge.subsidies.BatchView;
import org.laborbridge.subsidies.PaymentBatches;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.ReportRow;
import org.laborbridge.subsidies.SubsidyReports;
import org.laborbridge.subsidies.SubsidyReports.By;
import org.laborbridge.subsidies.payments.ClaimFixtures;
import org.laborbridge.subsidies.payments.ClaimFixtures.Claim;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;

/** Totals by policy, partner region and month, counted within the caller's scope. */
@SpringBootTest
class SubsidyReportsTests {

    @Autowired
    SubsidyReports reports;

    @Autowired
    PaymentBatches batches;

    @Autowired
    ApplicationContext context;

    ClaimFixtures fixtures;
    PolicyView policy;
    LocalDate day;

    @BeforeEach
    void setUp() {
        fixtures = new ClaimFixtures(context);
        policy = fixtures.policy("REPORT", 1);
        // A day of its own in 2019, so that the totals of the period are this test's claims.
        day = LocalDate.of(2019, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(360));
    }

    private List<ReportRow> totals(Caller caller, By by, String region) {
        return Callers.runAs(caller, () -> reports.totals(by, day, day, region));
    }

    private static Optional<ReportRow> row(List<ReportRow> rows, String key) {
        return rows.stream().filter(row -> row.key().equals(key)).findFirst();
    }

    @Test
    void countsClaimsByPolicyRegionAndMonth() {
        Claim luxi = fixtures.claim(policy).createdOn(day).write();
        fixtures.claim(policy).from("371321").createdOn(day).status("SUBMITTED").write();
        fixtures.claim(policy).from("110101").createdOn(day).write();

        List<ReportRow> byPolicy = totals(ClaimFixtures.CASEWORKER, By.POLICY, null);
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        List<ReportRow> byRegion;
        try {
            byRegion = totals(ClaimFixtures.CASEWORKER, By.REGION, null);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        List<ReportRow> byMonth = totals(ClaimFixtures.CASEWORKER, By.MONTH, null);

        assertThat(row(byPolicy, policy.code())).hasValueSatisfying(row -> {
            assertThat(row.label()).isEqualTo(policy.name());
            assertThat(row.applied()).isEqualTo(3);
            assertThat(row.approved()).isEqualTo(2);
            assertThat(row.approvedAmount()).isEqualTo(Money.ofYuan("2000"));
        });
        assertThat(row(byRegion, "433100"))
                .hasValueSatisfying(row -> assertThat(row.applied()).isGreaterThanOrEqualTo(1));
        assertThat(row(byRegion, "371321"))
                .hasValueSatisfying(row -> assertThat(row.approved()).isZero());
        assertThat(byRegion.get(byRegion.size() - 1)).satisfies(other -> {
            assertThat(other.key()).isEqualTo("OTHER");
            assertThat(other.label()).isEqualTo("其他地区");
        });
        assertThat(row(byMonth, day.toString().substring(0, 7)))
                .hasValueSatisfying(row -> assertThat(row.applied()).isGreaterThanOrEqualTo(3));
        assertThat(luxi.number()).isNotBlank();
    }

    @Test
    void countsPaymentsByTheDayPaid() {
        Claim claim = fixtures.claim(policy).createdOn(day).write();
        BatchView batch = Callers.runAs(ClaimFixtures.APPROVER, () -> batches.create(null, List.of(claim.stage(1))));
        Callers.runAs(ClaimFixtures.APPROVER, () -> batches.markPaid(batch.id(), List.of(1)));
        LocalDate today = org.laborbridge.shared.BureauTime.today();

        List<ReportRow> paidToday =
                Callers.runAs(ClaimFixtures.ADMIN, () -> reports.totals(By.POLICY, today, today, null));

        assertThat(row(paidToday, policy.code())).hasValueSatisfying(row -> {
            assertThat(row.paidClaims()).isEqualTo(1);
            assertThat(row.paidAmount()).isEqualTo(Money.ofYuan("1000"));
            assertThat(row.applied()).isZero();
        });
    }

    @Test
    void aPartnerCountsOnlyTheirRegionsAndIsRefusedOthers() {
        fixtures.claim(policy).createdOn(day).write();
        fixtures.claim(policy).from("371321").createdOn(day).write();

        List<ReportRow> xiangxi = totals(ClaimFixtures.XIANGXI, By.REGION, null);

        assertThat(xiangxi).extracting(ReportRow::key).containsExactly("433100");
        assertThat(totals(ClaimFixtures.XIANGXI, By.POLICY, "433122"))
                .extracting(ReportRow::applied)
                .containsExactly(1L);
        assertThatThrownBy(() -> totals(ClaimFixtures.XIANGXI, By.POLICY, "371321"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> totals(ClaimFixtures.XIANGXI, By.POLICY, "430000"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> totals(ClaimFixtures.CASEWORKER, By.POLICY, "4331"))
                .isInstanceOf(InvalidInputException.class);
    }
}
