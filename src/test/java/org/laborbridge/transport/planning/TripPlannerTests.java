package org.laborbridge.transport.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.laborbridge.transport.planning.Plans.FENGHUANG;
import static org.laborbridge.transport.planning.Plans.LUXI;
import static org.laborbridge.transport.planning.Plans.MARCH_1;
import static org.laborbridge.transport.planning.Plans.id;
import static org.laborbridge.transport.planning.Plans.traveller;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.laborbridge.shared.Money;
import org.laborbridge.transport.TransportMode;

class TripPlannerTests {

    final TripPlanner planner = new TripPlanner(Plans.standardTariffs());

    static List<Traveller> sameWindow(int count, int firstId) {
        List<Traveller> travellers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            travellers.add(traveller(firstId + i, LUXI, MARCH_1, MARCH_1.plusDays(6)));
        }
        return travellers;
    }

    @Test
    void fortyNinePeopleTravelOnOneBus() {
        TripPlan plan = planner.plan(sameWindow(49, 0));

        assertThat(plan.trips()).singleElement().satisfies(trip -> {
            assertThat(trip.mode()).isEqualTo(TransportMode.BUS);
            assertThat(trip.travellers()).hasSize(49);
            assertThat(trip.cost()).isEqualTo(Money.ofYuan("8000"));
            // 800,000 fen over 49 people leaves a remainder, so the largest share is rounded up.
            assertThat(trip.costPerPerson()).isEqualTo(Money.ofFen(16_327));
        });
    }

    @Test
    void sixtyPeopleTakeTheCarriageWhenItIsCheaperThanTwoBuses() {
        TripPlan plan = planner.plan(sameWindow(60, 0));

        assertThat(plan.trips()).extracting(TripProposal::mode).containsExactly(TransportMode.CARRIAGE);
        assertThat(plan.totalCost()).isEqualTo(Money.ofYuan("15000"));
    }

    @Test
    void sixtyPeopleTakeTwoBusesWhenTheCarriageIsDearer() {
        TripPlanner dearCarriage = new TripPlanner(List.of(
                Plans.tariff(TransportMode.BUS, 50, "8000"), Plans.tariff(TransportMode.CARRIAGE, 118, "20000")));

        TripPlan plan = dearCarriage.plan(sameWindow(60, 0));

        assertThat(plan.trips()).extracting(TripProposal::mode).containsExactly(TransportMode.BUS, TransportMode.BUS);
        assertThat(plan.trips()).extracting(t -> t.travellers().size()).containsExactly(50, 10);
        assertThat(plan.totalCost()).isEqualTo(Money.ofYuan("16000"));
    }

    @Test
    void windowsThatDoNotOverlapTravelOnSeparateDays() {
        TripPlan plan = planner.plan(List.of(
                traveller(1, LUXI, MARCH_1, MARCH_1.plusDays(2)),
                traveller(2, LUXI, MARCH_1.plusDays(5), MARCH_1.plusDays(7))));

        assertThat(plan.trips())
                .extracting(TripProposal::travelDay)
                .containsExactly(MARCH_1.plusDays(2), MARCH_1.plusDays(7));
    }

    @Test
    void overlappingWindowsShareTheDayTheFirstWindowCloses() {
        TripPlan plan = planner.plan(List.of(
                traveller(1, LUXI, MARCH_1, MARCH_1.plusDays(3)),
                traveller(2, LUXI, MARCH_1.plusDays(2), MARCH_1.plusDays(9))));

        assertThat(plan.trips()).singleElement().satisfies(trip -> {
            assertThat(trip.travelDay()).isEqualTo(MARCH_1.plusDays(3));
            assertThat(trip.travellers()).containsExactly(id(1), id(2));
        });
    }

    @Test
    void thoseWhoCanWaitOnlyFillSpareSeats() {
        // 40 must go on day 3, 30 more could; one bus takes 10 of them and the rest wait for day 9.
        List<Traveller> travellers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            travellers.add(traveller(i, LUXI, MARCH_1, MARCH_1.plusDays(3)));
        }
        for (int i = 40; i < 70; i++) {
            travellers.add(traveller(i, LUXI, MARCH_1, MARCH_1.plusDays(9)));
        }
        TripPlanner busesOnly =
                new TripPlanner(Plans.standardTariffs(), ModeAvailability.only(Set.of(TransportMode.BUS)));

        TripPlan plan = busesOnly.plan(travellers);

        assertThat(plan.trips())
                .extracting(TripProposal::travelDay, t -> t.travellers().size())
                .containsExactly(tuple(MARCH_1.plusDays(3), 50), tuple(MARCH_1.plusDays(9), 20));
    }

    @Test
    void routesArePlannedApart() {
        TripPlan plan =
                planner.plan(List.of(traveller(1, FENGHUANG, MARCH_1, MARCH_1), traveller(2, LUXI, MARCH_1, MARCH_1)));

        assertThat(plan.trips()).extracting(t -> t.route().origin()).containsExactly(LUXI, FENGHUANG);
    }

    @Test
    void explainsEachDepartureWithTheCostPerPersonOfEveryMode() {
        TripPlan plan = planner.plan(sameWindow(60, 0));

        DepartureExplanation departure = plan.departures().get(0);
        assertThat(departure.travellers()).isEqualTo(60);
        assertThat(departure.mustTravel()).isEqualTo(60);
        assertThat(departure.cost()).isEqualTo(Money.ofYuan("15000"));
        assertThat(departure.costPerPerson()).isEqualTo(Money.ofYuan("250"));
        assertThat(departure.options())
                .extracting(
                        ModeOption::mode, ModeOption::vehicles, ModeOption::costPerPerson, ModeOption::vehiclesChosen)
                .containsExactly(
                        tuple(TransportMode.BUS, 2, Money.ofFen(26_667), 0),
                        tuple(TransportMode.CARRIAGE, 1, Money.ofYuan("250"), 1),
                        tuple(TransportMode.TRAIN, 1, Money.ofFen(166_667), 0),
                        tuple(TransportMode.FLIGHT, 1, Money.ofYuan("2500"), 0));
    }

    @Test
    void usesOnlyTheModesARouteHas() {
        var noRail = ModeAvailability.perRoute(
                Map.of(new Route(LUXI, Plans.JINAN_LIXIA), EnumSet.of(TransportMode.BUS)),
                EnumSet.allOf(TransportMode.class));

        TripPlan plan = new TripPlanner(Plans.standardTariffs(), noRail).plan(sameWindow(60, 0));

        assertThat(plan.trips()).extracting(TripProposal::mode).containsOnly(TransportMode.BUS);
        assertThat(plan.departures().get(0).options())
                .extracting(ModeOption::mode)
                .containsExactly(TransportMode.BUS);
    }

    @Test
    void leavesTravellersUnplannedWhenNoModeServesTheirRoute() {
        TripPlan plan =
                new TripPlanner(Plans.standardTariffs(), ModeAvailability.only(Set.of())).plan(sameWindow(2, 0));

        assertThat(plan.trips()).isEmpty();
        assertThat(plan.unplanned()).containsExactly(id(0), id(1));
    }

    @Test
    void refusesATravellerListedTwice() {
        List<Traveller> twice =
                List.of(traveller(1, LUXI, MARCH_1, MARCH_1), traveller(1, LUXI, MARCH_1, MARCH_1.plusDays(1)));

        assertThatIllegalArgumentException().isThrownBy(() -> planner.plan(twice));
    }

    @Test
    void refusesTwoTariffsForOneMode() {
        List<ModeTariff> twoBuses =
                List.of(Plans.tariff(TransportMode.BUS, 50, "8000"), Plans.tariff(TransportMode.BUS, 40, "7000"));

        assertThatIllegalArgumentException().isThrownBy(() -> new TripPlanner(twoBuses));
    }

    @Test
    void plansNobodyToNothing() {
        TripPlan plan = planner.plan(List.of());

        assertThat(plan.trips()).isEmpty();
        assertThat(plan.totalCost()).isEqualTo(Money.ZERO);
    }
}
