package org.laborbridge.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Role;

class CooperationAccessTests {

    @ParameterizedTest(name = "{0} reads {1}, changes {2}")
    @CsvSource({
        "ADMIN,      true,  true",
        "CASEWORKER, true,  false",
        "APPROVER,   true,  false",
        "PARTNER,    true,  false",
        "EMPLOYER,   false, false",
        "WORKER,     false, false"
    })
    void decidesByRole(Role role, boolean reads, boolean changes) {
        Optional<Caller> caller = Optional.of(
                new Caller("someone", null, role, role == Role.PARTNER ? List.of("433100") : List.of(), null, null));

        assertThat(CooperationAccess.mayRead(caller)).isEqualTo(reads);
        assertThat(CooperationAccess.mayChange(caller)).isEqualTo(changes);
    }

    @Test
    void workWithoutACallerMayReadButNeverChange() {
        assertThat(CooperationAccess.mayRead(Optional.empty())).isTrue();
        assertThat(CooperationAccess.mayChange(Optional.empty())).isFalse();
    }
}
