package org.laborbridge.transport.planner;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.laborbridge.shared.Money;
import org.laborbridge.transport.TransportMode;
import org.laborbridge.transport.planning.ModeTariff;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a chartered vehicle of each mode holds and costs, and how long it takes from a partner
 * county to Jinan: {@code laborbridge.transport.tariffs.<mode>.seats} / {@code .price-yuan} and
 * {@code laborbridge.transport.durations.<mode>}. Any value left out keeps the default below,
 * taken from the bureau's recent charters (a bus of 50 seats for 9,000 yuan and about 20 hours on
 * the road from Xiangxi; a train carriage of 118 for 16,000 and 16 hours).
 */
@ConfigurationProperties("laborbridge.transport")
record PlannerSettings(Map<TransportMode, Tariff> tariffs, Map<TransportMode, Duration> durations) {

    private static final Map<TransportMode, ModeTariff> DEFAULT_TARIFFS = Map.of(
            TransportMode.BUS, new ModeTariff(TransportMode.BUS, 50, Money.ofYuan("9000")),
            TransportMode.CARRIAGE, new ModeTariff(TransportMode.CARRIAGE, 118, Money.ofYuan("16000")),
            TransportMode.TRAIN, new ModeTariff(TransportMode.TRAIN, 1000, Money.ofYuan("180000")),
            TransportMode.FLIGHT, new ModeTariff(TransportMode.FLIGHT, 180, Money.ofYuan("120000")));
    private static final Map<TransportMode, Duration> DEFAULT_DURATIONS = Map.of(
            TransportMode.BUS, Duration.ofHours(20),
            TransportMode.CARRIAGE, Duration.ofHours(16),
            TransportMode.TRAIN, Duration.ofHours(14),
            TransportMode.FLIGHT, Duration.ofHours(5));

    /** One mode's configured seats and price; either may be left to its default. */
    record Tariff(Integer seats, BigDecimal priceYuan) {}

    PlannerSettings {
        tariffs = tariffs == null ? Map.of() : Map.copyOf(tariffs);
        durations = durations == null ? Map.of() : Map.copyOf(durations);
    }

    /** Every mode's tariff, in {@link TransportMode} order. */
    List<ModeTariff> modeTariffs() {
        return List.of(TransportMode.values()).stream().map(this::tariff).toList();
    }

    ModeTariff tariff(TransportMode mode) {
        ModeTariff fallback = DEFAULT_TARIFFS.get(mode);
        Tariff configured = tariffs.get(mode);
        if (configured == null) {
            return fallback;
        }
        return new ModeTariff(
                mode,
                configured.seats() == null ? fallback.seats() : configured.seats(),
                configured.priceYuan() == null
                        ? fallback.pricePerVehicle()
                        : Money.ofYuan(configured.priceYuan().toPlainString()));
    }

    Duration duration(TransportMode mode) {
        return durations.getOrDefault(mode, DEFAULT_DURATIONS.get(mode));
    }
}
