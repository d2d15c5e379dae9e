package org.laborbridge.transport.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.laborbridge.shared.Money;
import org.laborbridge.transport.TransportMode;

/**
 * Proposes chartered vehicles for travellers. Per route it sweeps the days: the next departure is
 * the earliest last day anyone still waiting has; vehicles are bought for those who must travel
 * that day, and their spare seats go to others whose window includes it, soonest deadline first.
 * So nobody travels outside their window and no day costs more than carrying its own deadlines.
 */
public final class TripPlanner {

    private static final Comparator<Traveller> BY_DEADLINE = Comparator.comparing(
                    (Traveller t) -> t.window().latest())
            .thenComparing(t -> t.window().earliest())
            .thenComparing(Traveller::id);
    private static final Comparator<Traveller> BY_EARLIEST =
            Comparator.comparing((Traveller t) -> t.window().earliest()).thenComparing(BY_DEADLINE);

    private final Map<TransportMode, ModeTariff> tariffs = new EnumMap<>(TransportMode.class);
    private final ModeAvailability availability;

    public TripPlanner(Collection<ModeTariff> tariffs) {
        this(tariffs, ModeAvailability.everywhere());
    }

    public TripPlanner(Collection<ModeTariff> tariffs, ModeAvailability availability) {
        for (ModeTariff tariff : tariffs) {
            if (this.tariffs.put(tariff.mode(), tariff) != null) {
                throw new IllegalArgumentException("Two tariffs for " + tariff.mode());
            }
        }
        this.availability = availability;
    }

    public TripPlan plan(Collection<Traveller> travellers) {
        Map<Route, List<Traveller>> byRoute = new TreeMap<>();
        Set<UUID> seen = new HashSet<>();
        for (Traveller traveller : travellers) {
            if (!seen.add(traveller.id())) {
                throw new IllegalArgumentException("Traveller " + traveller.id() + " listed twice");
            }
            byRoute.computeIfAbsent(traveller.route(), r -> new ArrayList<>()).add(traveller);
        }
        List<TripProposal> trips = new ArrayList<>();
        List<DepartureExplanation> departures = new ArrayList<>();
        List<UUID> unplanned = new ArrayList<>();
        byRoute.forEach((route, group) -> {
            List<ModeTariff> modes = modesFor(route);
            if (modes.isEmpty()) {
                group.stream().map(Traveller::id).sorted().forEach(unplanned::add);
            } else {
                planRoute(route, group, modes, trips, departures);
            }
        });
        return new TripPlan(trips, departures, unplanned);
    }

    private List<ModeTariff> modesFor(Route route) {
        Set<TransportMode> allowed = availability.modesFor(route);
        return tariffs.values().stream().filter(t -> allowed.contains(t.mode())).toList();
    }

    private static void planRoute(
            Route route,
            List<Traveller> group,
            List<ModeTariff> modes,
            List<TripProposal> trips,
            List<DepartureExplanation> departures) {
        CheapestVehicleMix cheapest = new CheapestVehicleMix(modes);
        Traveller[] byDeadline = group.toArray(Traveller[]::new);
        Arrays.sort(byDeadline, BY_DEADLINE);
        Traveller[] byEarliest = group.toArray(Traveller[]::new);
        Arrays.sort(byEarliest, BY_EARLIEST);
        Set<UUID> planned = new HashSet<>();
        PriorityQueue<Traveller> waiting = new PriorityQueue<>(BY_DEADLINE);
        int nextDeadline = 0;
        int nextArrival = 0;
        while (planned.size() < byDeadline.length) {
            while (planned.contains(byDeadline[nextDeadline].id())) {
                nextDeadline++;
            }
            LocalDate day = byDeadline[nextDeadline].window().latest();
            while (nextArrival < byEarliest.length
                    && !byEarliest[nextArrival].window().earliest().isAfter(day)) {
                waiting.add(byEarliest[nextArrival++]);
            }
            List<Traveller> aboard = new ArrayList<>();
            while (!waiting.isEmpty() && waiting.peek().window().latest().equals(day)) {
                aboard.add(waiting.poll());
            }
            int mustTravel = aboard.size();
            CheapestVehicleMix.Mix mix = cheapest.forSeats(mustTravel);
            while (aboard.size() < mix.seats() && !waiting.isEmpty()) {
                aboard.add(waiting.poll());
            }
            aboard.forEach(t -> planned.add(t.id()));
            List<TripProposal> vehicles = board(route, day, aboard, mix, modes);
            trips.addAll(vehicles);
            departures.add(explain(route, day, aboard.size(), mustTravel, vehicles, modes));
        }
    }

    /** Largest vehicles first, travellers in id order, so the same input always seats the same way. */
    private static List<TripProposal> board(
            Route route, LocalDate day, List<Traveller> aboard, CheapestVehicleMix.Mix mix, List<ModeTariff> modes) {
        List<UUID> ids = aboard.stream().map(Traveller::id).sorted().toList();
        List<ModeTariff> vehicles = new ArrayList<>();
        modes.stream()
                .sorted(Comparator.comparing(ModeTariff::seats).reversed().thenComparing(ModeTariff::mode))
                .forEach(t -> {
                    for (int i = 0; i < mix.vehicles().getOrDefault(t.mode(), 0); i++) {
                        vehicles.add(t);
                    }
                });
        List<TripProposal> proposals = new ArrayList<>();
        int from = 0;
        for (ModeTariff vehicle : vehicles) {
            int to = Math.min(ids.size(), from + vehicle.seats());
            if (to > from) {
                proposals.add(new TripProposal(
                        route, vehicle.mode(), day, vehicle.seats(), vehicle.pricePerVehicle(), ids.subList(from, to)));
            }
            from = to;
        }
        return proposals;
    }

    private static DepartureExplanation explain(
            Route route,
            LocalDate day,
            int travellers,
            int mustTravel,
            List<TripProposal> vehicles,
            List<ModeTariff> modes) {
        Map<TransportMode, Integer> chosen = new EnumMap<>(TransportMode.class);
        vehicles.forEach(v -> chosen.merge(v.mode(), 1, Integer::sum));
        List<ModeOption> options = new ArrayList<>();
        for (ModeTariff tariff : modes) {
            int count = (travellers + tariff.seats() - 1) / tariff.seats();
            Money cost = tariff.pricePerVehicle().times(count);
            options.add(new ModeOption(
                    tariff.mode(), count, cost, PerPerson.of(cost, travellers), chosen.getOrDefault(tariff.mode(), 0)));
        }
        Money cost = vehicles.stream().map(TripProposal::cost).reduce(Money.ZERO, Money::add);
        return new DepartureExplanation(
                route, day, travellers, mustTravel, cost, PerPerson.of(cost, travellers), options);
    }
}
