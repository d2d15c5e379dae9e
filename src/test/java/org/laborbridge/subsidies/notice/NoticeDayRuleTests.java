package org.laborbridge.subsidies.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.laborbridge.identity.Role;

class NoticeDayRuleTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final LocalDate EARLIER = LocalDate.of(2026, 3, 2);

    @Test
    void thePublicReadsTodaysNoticeWhateverDayItAsks() {
        assertThat(NoticeDayRule.dayShown(Optional.empty(), EARLIER, TODAY)).isEqualTo(TODAY);
        assertThat(NoticeDayRule.mayPickDay(Optional.empty())).isFalse();
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"WORKER", "EMPLOYER"})
    void workersAndEmployersReadTodaysNoticeToo(Role role) {
        assertThat(NoticeDayRule.dayShown(Optional.of(role), EARLIER, TODAY)).isEqualTo(TODAY);
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"ADMIN", "CASEWORKER", "APPROVER", "PARTNER"})
    void bureauAndPartnerStaffMayLookAtAnotherDay(Role role) {
        assertThat(NoticeDayRule.dayShown(Optional.of(role), EARLIER, TODAY)).isEqualTo(EARLIER);
        assertThat(NoticeDayRule.dayShown(Optional.of(role), null, TODAY)).isEqualTo(TODAY);
    }
}
