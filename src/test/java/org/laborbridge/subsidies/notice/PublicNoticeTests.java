package org.laborbridge.subsidies.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.laborbridge.shared.Money;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.PublicNotice;
import org.laborbridge.subsidies.clock.SubsidyClock;
import org.laborbridge.subsidies.payments.ClaimFixtures;
import org.laborbridge.subsidies.payments.ClaimFixtures.Claim;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The notice period in working days, and what the public notice shows of a claim. */
@SpringBootTest
class PublicNoticeTests {

    @Autowired
    PublicNotice notice;

    @Autowired
    SubsidyClock clock;

    @Autowired
    ApplicationContext context;

    @Test
    void runsFiveWorkingDaysFromTheFirstWorkingDayAfterApproval() {
        LocalDate beforeMayDay = LocalDate.of(2026, 4, 30);

        assertThat(notice.noticeFrom(beforeMayDay)).isEqualTo(LocalDate.of(2026, 5, 6));
        // 6, 7, 8 May, the adjusted working Saturday 9 May, then Monday 11 May.
        assertThat(notice.noticeUntil(beforeMayDay)).isEqualTo(LocalDate.of(2026, 5, 11));
        assertThat(notice.noticeFrom(LocalDate.of(2026, 3, 9))).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(notice.noticeUntil(LocalDate.of(2026, 3, 9))).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void showsARunningNoticeMaskedAndNothingOnceItEnded() {
        ClaimFixtures fixtures = new ClaimFixtures(context);
        PolicyView policy = fixtures.policy("NOTICE", 1);
        Claim running =
                fixtures.claim(policy).noticeUntil(clock.today().plusDays(3)).write();

        Claim ended =
                fixtures.claim(policy).noticeUntil(clock.today().minusDays(1)).write();

        Claim submitted = fixtures.claim(policy).status("SUBMITTED").write();

        var entries = notice.runningOn(clock.today());

        assertThat(entries)
                .filteredOn(entry -> entry.number().equals(running.number()))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.maskedName()).isEqualTo("向**");
                    assertThat(entry.payeeName()).isEqualTo("向**");
                    assertThat(entry.maskedResidentId()).matches("433122\\*{8}\\d{3}[\\dX]");
                    assertThat(entry.householdCountyName()).isEqualTo("泸溪县");
                    assertThat(entry.policyName()).isEqualTo(policy.name());
                    assertThat(entry.amount()).isEqualTo(Money.ofYuan("1000"));
                    assertThat(entry.noticeUntil()).isEqualTo(clock.today().plusDays(3));
                });
        assertThat(entries).extracting(entry -> entry.number()).doesNotContain(ended.number(), submitted.number());
        assertThat(entries).noneSatisfy(entry -> assertThat(entry.payeeName()).isEqualTo(running.workerName()));
    }
}
