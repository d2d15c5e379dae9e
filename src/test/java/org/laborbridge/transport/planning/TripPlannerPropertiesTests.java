package org.laborbridge.transport.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.transport.TransportMode;

class TripPlannerPropertiesTests {

    record Case(List<ModeTariff> tariffs, List<Traveller> travellers) {
        ModeTariff bus() {
            return tariffs.get(0);
        }
    }

    /** A traveller before numbering, so ids stay unique whatever jqwik generates. */
    record Need(RegionCode origin, RegionCode destination, TravelWindow window) {}

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<ModeTariff> bus = tariff(TransportMode.BUS, 1, 60);
        Arbitrary<ModeTariff> carriage = tariff(TransportMode.CARRIAGE, 40, 150);
        Arbitrary<ModeTariff> train = tariff(TransportMode.TRAIN, 300, 1_200);
        Arbitrary<ModeTariff> flight = tariff(TransportMode.FLIGHT, 100, 200);
        Arbitrary<List<ModeTariff>> tariffs =
                Combinators.combine(bus, carriage, train, flight).as(List::of);
        Arbitrary<RegionCode> origins =
                Arbitraries.of("433122", "433123", "500156").map(RegionCode::of);
        Arbitrary<RegionCode> destinations = Arbitraries.of("370102", "370103").map(RegionCode::of);
        Arbitrary<TravelWindow> windows = Combinators.combine(
                        Arbitraries.integers().between(0, 30),
                        Arbitraries.integers().between(0, 10))
                .as((start, length) ->
                        TravelWindow.of(Plans.MARCH_1.plusDays(start), Plans.MARCH_1.plusDays(start + length)));
        Arbitrary<List<Traveller>> travellers = Combinators.combine(origins, destinations, windows)
                .as(Need::new)
                .list()
                .ofMaxSize(600)
                .map(needs -> {
                    List<Traveller> list = new ArrayList<>();
                    for (int i = 0; i < needs.size(); i++) {
                        Need need = needs.get(i);
                        list.add(Traveller.of(Plans.id(i), need.origin(), need.destination(), need.window()));
                    }
                    return list;
                });
        return Combinators.combine(tariffs, travellers).as(Case::new);
    }

    static Arbitrary<ModeTariff> tariff(TransportMode mode, int minSeats, int maxSeats) {
        return Combinators.combine(
                        Arbitraries.integers().between(minSeats, maxSeats),
                        Arbitraries.longs().between(0, 20_000_000))
                .as((seats, fen) -> new ModeTariff(mode, seats, Money.ofFen(fen)));
    }

    @Property(tries = 300)
    void everyTravellerTravelsExactlyOnceInsideTheirWindow(@ForAll("cases") Case example) {
        TripPlan plan = new TripPlanner(example.tariffs()).plan(example.travellers());

        Map<UUID, LocalDate> travelled = new HashMap<>();
        for (TripProposal trip : plan.trips()) {
            for (UUID id : trip.travellers()) {
                assertThat(travelled.put(id, trip.travelDay()))
                        .as("%s twice", id)
                        .isNull();
            }
        }
        assertThat(travelled).hasSameSizeAs(example.travellers());
        for (Traveller traveller : example.travellers()) {
            assertThat(traveller.window().contains(travelled.get(traveller.id())))
                    .isTrue();
        }
    }

    @Property(tries = 300)
    void noTripExceedsItsModesCapacity(@ForAll("cases") Case example) {
        TripPlan plan = new TripPlanner(example.tariffs()).plan(example.travellers());

        Map<TransportMode, Integer> seats = new HashMap<>();
        example.tariffs().forEach(t -> seats.put(t.mode(), t.seats()));
        for (TripProposal trip : plan.trips()) {
            assertThat(trip.seats()).isEqualTo(seats.get(trip.mode()));
            assertThat(trip.travellers()).hasSizeLessThanOrEqualTo(trip.seats());
        }
    }

    @Property(tries = 300)
    void neverCostsMoreThanBusesOnEveryonesLastDay(@ForAll("cases") Case example) {
        TripPlan plan = new TripPlanner(example.tariffs()).plan(example.travellers());

        assertThat(plan.totalCost()).isLessThanOrEqualTo(Plans.naiveCost(example.travellers(), example.bus()));
    }

    @Property(tries = 200)
    void theSameTravellersInAnyOrderGiveTheSamePlan(@ForAll("cases") Case example) {
        List<Traveller> shuffled = new ArrayList<>(example.travellers());
        Collections.reverse(shuffled);
        TripPlanner planner = new TripPlanner(example.tariffs());

        assertThat(planner.plan(shuffled)).isEqualTo(planner.plan(example.travellers()));
    }

    @Property(tries = 200)
    void explanationsAddUpToTheTrips(@ForAll("cases") Case example) {
        TripPlan plan = new TripPlanner(example.tariffs()).plan(example.travellers());

        Money explained =
                plan.departures().stream().map(DepartureExplanation::cost).reduce(Money.ZERO, Money::add);
        assertThat(explained).isEqualTo(plan.totalCost());
        assertThat(plan.departures().stream()
                        .mapToInt(DepartureExplanation::travellers)
                        .sum())
                .isEqualTo(example.travellers().size());
    }
}
