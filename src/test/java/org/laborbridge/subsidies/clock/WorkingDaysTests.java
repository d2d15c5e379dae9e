package org.laborbridge.subsidies.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class WorkingDaysTests {

    private final WorkingDays shipped = new WorkingDays(new ClassPathResource("subsidies/holidays-cn.txt"));

    @Test
    void weekendsAndHolidaysAreNotWorkingDays() {
        assertThat(shipped.isWorkingDay(LocalDate.of(2026, 11, 28)))
                .as("a Saturday")
                .isFalse();
        assertThat(shipped.isWorkingDay(LocalDate.of(2026, 10, 5)))
                .as("National Day week")
                .isFalse();
        assertThat(shipped.isWorkingDay(LocalDate.of(2026, 11, 30)))
                .as("a Monday")
                .isTrue();
    }

    @Test
    void anAdjustedWeekendDayIsWorked() {
        assertThat(shipped.isWorkingDay(LocalDate.of(2026, 10, 10)))
                .as("Saturday worked for National Day")
                .isTrue();
    }

    @Test
    void aFiveDayNoticeFromAFridayEndsTheNextFriday() {
        assertThat(shipped.lastOfWorkingDaysAfter(LocalDate.of(2026, 11, 27), 5))
                .isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void aNoticeStartedBeforeTheSpringFestivalSkipsIt() {
        // Approved Thursday 12 Feb 2026: Fri 13, Sat 14 (worked), then the festival until the 23rd.
        assertThat(shipped.lastOfWorkingDaysAfter(LocalDate.of(2026, 2, 12), 5)).isEqualTo(LocalDate.of(2026, 2, 26));
    }

    @Test
    void refusesAnUnreadableCalendarLine() {
        var broken = new ByteArrayResource("2026-01-01 PARTY\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new WorkingDays(broken)).hasMessageContaining("HOLIDAY or WORKDAY");
    }
}
