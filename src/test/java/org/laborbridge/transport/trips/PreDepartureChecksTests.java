package org.laborbridge.transport.trips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;
import org.laborbridge.transport.CheckResult;

class PreDepartureChecksTests {

    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void readsTheConfiguredNamesInUpperCase() {
        assertThat(new PreDepartureChecks(List.of(" health ", "id_card", "HEALTH")).names())
                .containsExactly("HEALTH", "ID_CARD");
    }

    @Test
    void refusesACheckThatIsNotConfigured() {
        PreDepartureChecks checks = new PreDepartureChecks(List.of("HEALTH"));

        assertThat(checks.require("health")).isEqualTo("HEALTH");
        assertThatThrownBy(() -> checks.require("TEMPERATURE"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.violations())
                                .extracting(Violation::field, Violation::code)
                                .containsExactly(tuple("check", "UNKNOWN")));
    }

    @Test
    void clearsATravellerOnlyWhenEveryCheckHasPassed() {
        PreDepartureChecks checks = new PreDepartureChecks(List.of("HEALTH", "ID_CARD"));
        CheckResult health = new CheckResult("HEALTH", true, null, "partner", NOW);
        CheckResult idCardFailed = new CheckResult("ID_CARD", false, "过期", "partner", NOW);

        assertThat(checks.checkCleared(List.of(health)))
                .get()
                .extracting(Violation::field, Violation::code)
                .containsExactly("check", "NOT_PASSED");
        assertThat(checks.checkCleared(List.of(health, idCardFailed))).isPresent();
        assertThat(checks.checkCleared(List.of(health, new CheckResult("ID_CARD", true, null, "partner", NOW))))
                .isEmpty();
    }

    @Test
    void noConfiguredChecksClearsEveryone() {
        assertThat(new PreDepartureChecks(List.of()).checkCleared(List.of())).isEmpty();
    }

    @Test
    void aConfiguredNameMustReadAsACode() {
        assertThatThrownBy(() -> new PreDepartureChecks(List.of("健康"))).isInstanceOf(IllegalArgumentException.class);
    }
}
