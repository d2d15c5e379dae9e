package org.laborbridge.subsidies.applications;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.laborbridge.subsidies.ApplicationStatus.ACCEPTED;
import static org.laborbridge.subsidies.ApplicationStatus.APPROVED;
import static org.laborbridge.subsidies.ApplicationStatus.MORE_REQUESTED;
import static org.laborbridge.subsidies.ApplicationStatus.PAID;
import static org.laborbridge.subsidies.ApplicationStatus.REJECTED;
import static org.laborbridge.subsidies.ApplicationStatus.SUBMITTED;

import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.laborbridge.subsidies.ApplicationStatus;
import org.laborbridge.subsidies.StepOutOfOrderException;

class StepOrderTests {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private final StepOrder order = new StepOrder();

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = "ACCEPTED", mode = EnumSource.Mode.EXCLUDE)
    void approvesOnlyWhatACaseworkerAccepted(ApplicationStatus status) {
        outOfOrder(() -> order.approval(status), "NOT_ACCEPTED");
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = "SUBMITTED", mode = EnumSource.Mode.EXCLUDE)
    void reviewsOnlyWhatWaitsForReview(ApplicationStatus status) {
        outOfOrder(() -> order.review(status), "NOT_IN_REVIEW");
    }

    @Test
    void acceptsAgainOnlyOnceEveryObjectionIsResolved() {
        outOfOrder(() -> order.accept(SUBMITTED, 1), "OPEN_OBJECTION");
        assertThatCode(() -> order.accept(SUBMITTED, 0)).doesNotThrowAnyException();
    }

    @Test
    void hearsObjectionsOnlyWhileTheNoticeRuns() {
        assertThatCode(() -> order.object(APPROVED, DAY, DAY)).doesNotThrowAnyException();
        outOfOrder(() -> order.object(APPROVED, DAY, DAY.plusDays(1)), "NOTICE_OVER");
        outOfOrder(() -> order.object(ACCEPTED, null, DAY), "NOT_IN_NOTICE");
        outOfOrder(() -> order.object(PAID, DAY, DAY), "NOT_IN_NOTICE");
    }

    @Test
    void changesTheAccountOnlyBeforeApproval() {
        for (ApplicationStatus status : new ApplicationStatus[] {SUBMITTED, MORE_REQUESTED, ACCEPTED}) {
            assertThatCode(() -> order.changeAccount(status, false)).doesNotThrowAnyException();
        }
        for (ApplicationStatus status : new ApplicationStatus[] {APPROVED, PAID, REJECTED}) {
            outOfOrder(() -> order.changeAccount(status, false), "ACCOUNT_FROZEN");
        }
    }

    @Test
    void repairsTheAccountOfAnApprovedClaimOnlyAfterTheBankReturnedAPayment() {
        assertThatCode(() -> order.changeAccount(APPROVED, true)).doesNotThrowAnyException();
        outOfOrder(() -> order.changeAccount(PAID, true), "ACCOUNT_FROZEN");
        outOfOrder(() -> order.changeAccount(REJECTED, true), "ACCOUNT_FROZEN");
    }

    @Test
    void resubmitsOnlyWhatWasSentBackAndResolvesAnObjectionOnce() {
        outOfOrder(() -> order.resubmit(SUBMITTED), "NOT_MORE_REQUESTED");
        assertThatCode(() -> order.resubmit(MORE_REQUESTED)).doesNotThrowAnyException();
        outOfOrder(() -> order.resolve("DISMISSED"), "OBJECTION_RESOLVED");
    }

    private static void outOfOrder(ThrowingCallable step, String code) {
        assertThatThrownBy(step)
                .isInstanceOfSatisfying(
                        StepOutOfOrderException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.code())
                                .isEqualTo(code));
    }
}
