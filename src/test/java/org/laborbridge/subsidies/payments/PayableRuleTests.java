package org.laborbridge.subsidies.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.laborbridge.subsidies.payments.PayableRule.StageState;

class PayableRuleTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 12);

    private static StageState payable() {
        return new StageState("APPROVED", TODAY.minusDays(1), 0, 1, "PENDING", TODAY, true, true);
    }

    @Test
    void aStageIsPayableTheDayAfterItsNoticeEnds() {
        assertThat(PayableRule.refusal(payable(), TODAY)).isEmpty();
    }

    @Test
    void nothingIsPaidBeforeTheNoticePeriodEnds() {
        StageState lastDayOfNotice = new StageState("APPROVED", TODAY, 0, 1, "PENDING", TODAY, true, true);
        StageState noNotice = new StageState("APPROVED", null, 0, 1, "PENDING", TODAY, true, true);

        assertThat(PayableRule.refusal(lastDayOfNotice, TODAY)).contains(PayableRule.NOTICE_RUNNING);
        assertThat(PayableRule.refusal(noNotice, TODAY)).contains(PayableRule.NOTICE_RUNNING);
    }

    @Test
    void anOpenObjectionBlocksPayment() {
        StageState objected = new StageState("APPROVED", TODAY.minusDays(1), 1, 1, "PENDING", TODAY, true, true);

        assertThat(PayableRule.refusal(objected, TODAY)).contains(PayableRule.OBJECTION_OPEN);
    }

    @Test
    void stageTwoIsNeverPaidBeforeStageOne() {
        StageState second = new StageState("APPROVED", TODAY.minusDays(1), 0, 2, "PENDING", TODAY, false, true);

        assertThat(PayableRule.refusal(second, TODAY)).contains(PayableRule.EARLIER_STAGE_UNPAID);
    }

    @Test
    void aStageWaitsForItsPayableDay() {
        StageState later =
                new StageState("APPROVED", TODAY.minusDays(1), 0, 1, "PENDING", TODAY.plusDays(1), true, true);

        assertThat(PayableRule.refusal(later, TODAY)).contains(PayableRule.NOT_DUE);
    }

    @Test
    void thereMustBeAnAccountToPayInto() {
        StageState noAccount = new StageState("APPROVED", TODAY.minusDays(1), 0, 1, "PENDING", TODAY, true, false);

        assertThat(PayableRule.refusal(noAccount, TODAY)).contains(PayableRule.ACCOUNT_MISSING);
    }

    @Test
    void aStageInABatchOrPaidIsNeverTakenAgain() {
        StageState inBatch = new StageState("APPROVED", TODAY.minusDays(1), 0, 1, "IN_BATCH", TODAY, true, true);
        StageState paid = new StageState("PAID", TODAY.minusDays(1), 0, 1, "PAID", TODAY, true, true);

        assertThat(PayableRule.refusal(inBatch, TODAY)).contains(PayableRule.IN_BATCH);
        assertThat(PayableRule.refusal(paid, TODAY)).contains(PayableRule.ALREADY_PAID);
    }

    @Test
    void onlyApprovedClaimsArePaid() {
        StageState reviewed = new StageState("SUBMITTED", TODAY.minusDays(1), 0, 1, "PENDING", TODAY, true, true);

        assertThat(PayableRule.refusal(reviewed, TODAY)).contains(PayableRule.NOT_APPROVED);
    }
}
