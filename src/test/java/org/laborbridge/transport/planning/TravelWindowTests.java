package org.laborbridge.transport.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TravelWindowTests {

    static final LocalDate START = LocalDate.of(2026, 3, 9);

    @Test
    void includesBothEnds() {
        TravelWindow window = TravelWindow.of(START.minusDays(3), START);

        assertThat(window.contains(START.minusDays(3))).isTrue();
        assertThat(window.contains(START)).isTrue();
        assertThat(window.contains(START.minusDays(4))).isFalse();
        assertThat(window.contains(START.plusDays(1))).isFalse();
    }

    @Test
    void weekBeforeEndsTheDayBeforeTheStart() {
        assertThat(TravelWindow.weekBefore(START)).isEqualTo(TravelWindow.of(START.minusDays(7), START.minusDays(1)));
    }

    @Test
    void fromTodayKeepsOnlyTheDaysStillAhead() {
        TravelWindow week = TravelWindow.weekBefore(START);

        assertThat(week.fromToday(START.minusDays(10))).contains(week);
        assertThat(week.fromToday(START.minusDays(3)))
                .contains(TravelWindow.of(START.minusDays(3), START.minusDays(1)));
        assertThat(week.fromToday(START.minusDays(1)))
                .contains(TravelWindow.of(START.minusDays(1), START.minusDays(1)));
        assertThat(week.fromToday(START)).isEmpty();
    }

    @Test
    void rejectsAWindowThatEndsBeforeItStarts() {
        assertThatIllegalArgumentException().isThrownBy(() -> TravelWindow.of(START, START.minusDays(1)));
    }
}
