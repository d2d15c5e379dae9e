package org.laborbridge.transport.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.transport.TransportMode;

/** Tariffs, travellers and the naive plan shared by the planner's tests and its benchmark. */
final class Plans {

    static final RegionCode LUXI = RegionCode.of("433122");
    static final RegionCode FENGHUANG = RegionCode.of("433123");
    static final RegionCode JINAN_LIXIA = RegionCode.of("370102");
    static final RegionCode JINAN_SHIZHONG = RegionCode.of("370103");
    static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);

    private Plans() {}

    static ModeTariff tariff(TransportMode mode, int seats, String yuan) {
        return new ModeTariff(mode, seats, Money.ofYuan(yuan));
    }

    /** Bus 50 for 8,000; carriage 118 for 15,000; whole train 1,000 for 100,000; flight 180 for 150,000. */
    static List<ModeTariff> standardTariffs() {
        return List.of(
                tariff(TransportMode.BUS, 50, "8000"),
                tariff(TransportMode.CARRIAGE, 118, "15000"),
                tariff(TransportMode.TRAIN, 1000, "100000"),
                tariff(TransportMode.FLIGHT, 180, "150000"));
    }

    static UUID id(int n) {
        return new UUID(0, n);
    }

    static Traveller traveller(int n, RegionCode origin, LocalDate earliest, LocalDate latest) {
        return Traveller.of(id(n), origin, JINAN_LIXIA, TravelWindow.of(earliest, latest));
    }

    /** The naive plan as proposals, built the way the planner builds its own, for the benchmark's baseline. */
    static List<TripProposal> naivePlan(Collection<Traveller> travellers, ModeTariff bus) {
        Map<List<Object>, List<Traveller>> perDay =
                new TreeMap<>(Comparator.comparing((List<Object> key) -> (Route) key.get(0))
                        .thenComparing(key -> (LocalDate) key.get(1)));
        for (Traveller t : travellers) {
            perDay.computeIfAbsent(List.of(t.route(), t.window().latest()), k -> new ArrayList<>())
                    .add(t);
        }
        List<TripProposal> trips = new ArrayList<>();
        perDay.forEach((key, group) -> {
            List<UUID> ids = group.stream().map(Traveller::id).sorted().toList();
            for (int from = 0; from < ids.size(); from += bus.seats()) {
                trips.add(new TripProposal(
                        (Route) key.get(0),
                        bus.mode(),
                        (LocalDate) key.get(1),
                        bus.seats(),
                        bus.pricePerVehicle(),
                        ids.subList(from, Math.min(ids.size(), from + bus.seats()))));
            }
        });
        return trips;
    }

    /** The plan without a planner: everyone on their last day, on buses only, filled in turn. */
    static Money naiveCost(Collection<Traveller> travellers, ModeTariff bus) {
        Map<List<Object>, Long> perDay = travellers.stream()
                .collect(
                        Collectors.groupingBy(t -> List.of(t.route(), t.window().latest()), Collectors.counting()));
        long buses = perDay.values().stream()
                .mapToLong(n -> (n + bus.seats() - 1) / bus.seats())
                .sum();
        return Money.ofFen(Math.multiplyExact(buses, bus.pricePerVehicle().fen()));
    }
}
