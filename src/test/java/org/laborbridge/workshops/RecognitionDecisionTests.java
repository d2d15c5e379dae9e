package org.laborbridge.workshops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecognitionDecisionTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void withdrawsOnlyAFlaggedWorkshop() {
        RecognitionDecision.checkMayWithdraw(WorkshopStatus.FLAGGED_FOR_WITHDRAWAL);
        for (WorkshopStatus other : new WorkshopStatus[] {WorkshopStatus.RECOGNISED, WorkshopStatus.WITHDRAWN}) {
            assertThatThrownBy(() -> RecognitionDecision.checkMayWithdraw(other))
                    .isInstanceOfSatisfying(
                            RecognitionRefusedException.class,
                            e -> assertThat(e.code()).isEqualTo("NOT_FLAGGED"));
        }
    }

    @Test
    void recognisesAgainOnlyAWithdrawnWorkshopThatMeetsTheCriteria() {
        RecognitionDecision.checkMayRecogniseAgain(WorkshopStatus.WITHDRAWN, true);
        assertThatThrownBy(() -> RecognitionDecision.checkMayRecogniseAgain(WorkshopStatus.WITHDRAWN, false))
                .isInstanceOfSatisfying(
                        RecognitionRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("CRITERIA_UNMET"));
        assertThatThrownBy(
                        () -> RecognitionDecision.checkMayRecogniseAgain(WorkshopStatus.FLAGGED_FOR_WITHDRAWAL, true))
                .isInstanceOfSatisfying(
                        RecognitionRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("NOT_WITHDRAWN"));
    }

    @Test
    void aDecisionTakesEffectOnADayBetweenTheLastChangeAndToday() {
        LocalDate last = TODAY.minusDays(20);
        assertThat(RecognitionDecision.check("理由", null, last, TODAY)).isEmpty();
        assertThat(RecognitionDecision.check("理由", last, last, TODAY)).isEmpty();
        assertThat(RecognitionDecision.check("理由", last.minusDays(1), last, TODAY))
                .extracting(v -> v.field() + ":" + v.code())
                .containsExactly("effectiveOn:BEFORE_LAST_CHANGE");
        assertThat(RecognitionDecision.check(null, TODAY.plusDays(1), last, TODAY))
                .extracting(v -> v.field() + ":" + v.code())
                .containsExactly("reason:REQUIRED", "effectiveOn:IN_FUTURE");
    }
}
