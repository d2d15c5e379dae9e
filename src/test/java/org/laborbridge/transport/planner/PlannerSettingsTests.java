package org.laborbridge.transport.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.laborbridge.shared.Money;
import org.laborbridge.transport.TransportMode;
import org.laborbridge.transport.planning.ModeTariff;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Tariffs and durations come from configuration, each value left out keeping its default. */
class PlannerSettingsTests {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(PlannerConfiguration.class);

    @Test
    void defaultsToTheBureausRecentCharters() {
        context.run(started -> {
            PlannerSettings settings = started.getBean(PlannerSettings.class);
            assertThat(settings.modeTariffs())
                    .containsExactly(
                            new ModeTariff(TransportMode.BUS, 50, Money.ofYuan("9000")),
                            new ModeTariff(TransportMode.CARRIAGE, 118, Money.ofYuan("16000")),
                            new ModeTariff(TransportMode.TRAIN, 1000, Money.ofYuan("180000")),
                            new ModeTariff(TransportMode.FLIGHT, 180, Money.ofYuan("120000")));
            assertThat(settings.duration(TransportMode.BUS)).isEqualTo(Duration.ofHours(20));
            assertThat(settings.duration(TransportMode.CARRIAGE)).isEqualTo(Duration.ofHours(16));
            assertThat(settings.duration(TransportMode.TRAIN)).isEqualTo(Duration.ofHours(14));
            assertThat(settings.duration(TransportMode.FLIGHT)).isEqualTo(Duration.ofHours(5));
        });
    }

    @Test
    void takesEachConfiguredValueAndKeepsTheDefaultsOfTheRest() {
        context.withPropertyValues(
                        "laborbridge.transport.tariffs.bus.seats=45",
                        "laborbridge.transport.tariffs.carriage.price-yuan=15500.50",
                        "laborbridge.transport.durations.carriage=18h")
                .run(started -> {
                    PlannerSettings settings = started.getBean(PlannerSettings.class);
                    assertThat(settings.tariff(TransportMode.BUS))
                            .isEqualTo(new ModeTariff(TransportMode.BUS, 45, Money.ofYuan("9000")));
                    assertThat(settings.tariff(TransportMode.CARRIAGE))
                            .isEqualTo(new ModeTariff(TransportMode.CARRIAGE, 118, Money.ofYuan("15500.50")));
                    assertThat(settings.duration(TransportMode.CARRIAGE)).isEqualTo(Duration.ofHours(18));
                    assertThat(settings.duration(TransportMode.BUS)).isEqualTo(Duration.ofHours(20));
                });
    }
}
