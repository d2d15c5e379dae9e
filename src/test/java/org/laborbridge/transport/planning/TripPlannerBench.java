package org.laborbridge.transport.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.transport.TransportMode;

/**
 * Planning 10,000 travellers against the naive plan (buses on everyone's last day) built from
 * the same input in the same run: the ratio says what pooling days and choosing modes costs in
 * time on top of simply grouping people. The goal from issue 5 is under 2 seconds.
 */
class TripPlannerBench {

    static final int TRAVELLERS = 10_000;
    static final int WARM_UP = 20;
    static final int RUNS = 15;
    static final double GOAL_MILLIS = 2_000;

    /** The 7 Xiangxi counties, Wulong and the 4 Linyi counties of the demo scenario. */
    static final List<String> ORIGINS = List.of(
            "433122", "433123", "433124", "433125", "433126", "433127", "433130", "500156", "371321", "371323",
            "371325", "371328");

    /**
     * Forty employer sites in Jinan. Jinan has only a dozen counties, so these stand for sites
     * rather than real codes: the planner only compares them, and more routes is the harder case.
     */
    static final int DESTINATIONS = 40;

    @Test
    void plansTenThousandTravellersQuickly() {
        run("40 employer sites, two months", travellers(new Random(20260301), DESTINATIONS, 61));
        // Everyone to one site within a week makes groups of hundreds, where the choice of modes does the work.
        run("one site, one week", travellers(new Random(20260301), 1, 7));
    }

    static void run(String scenario, List<Traveller> travellers) {
        TripPlanner planner = new TripPlanner(Plans.standardTariffs());
        ModeTariff bus = Plans.standardTariffs().get(0);

        TripPlan plan = planner.plan(travellers);
        List<TripProposal> naive = Plans.naivePlan(travellers, bus);
        double planMillis = median(() -> planner.plan(travellers));
        double naiveMillis = median(() -> Plans.naivePlan(travellers, bus));

        Money naiveCost = naive.stream().map(TripProposal::cost).reduce(Money.ZERO, Money::add);
        System.out.printf(
                """

                ==== TripPlannerBench, %s (%,d travellers, %d routes, %d CPUs, max heap %d MB) ====
                naive plan (buses on last day)  median %8.2f ms   %,d trips, cost %s
                planner                         median %8.2f ms   %,d trips, cost %s, %d departures
                ratio planner/naive             %.2f
                cost planner/naive              %.3f
                goal planner < 2 s              %s
                =====================================================
                """,
                scenario,
                travellers.size(),
                travellers.stream().map(Traveller::route).distinct().count(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                naiveMillis,
                naive.size(),
                naiveCost.toDisplayString(),
                planMillis,
                plan.trips().size(),
                plan.totalCost().toDisplayString(),
                plan.departures().size(),
                planMillis / naiveMillis,
                plan.totalCost().fen() / (double) naiveCost.fen(),
                planMillis < GOAL_MILLIS ? "met" : "NOT met");
        System.out.println(modes(plan));
    }

    /** Start dates spread over {@code startDays} from 1 March; each may travel in the 1 to 7 days before. */
    static List<Traveller> travellers(Random random, int destinations, int startDays) {
        LocalDate first = LocalDate.of(2026, 3, 1);
        List<Traveller> travellers = new ArrayList<>(TRAVELLERS);
        for (int i = 0; i < TRAVELLERS; i++) {
            RegionCode origin = RegionCode.of(ORIGINS.get(random.nextInt(ORIGINS.size())));
            // Squaring skews demand towards a few large employers, as at a real fair.
            double skew = random.nextDouble();
            RegionCode destination = RegionCode.of(String.valueOf(370101 + (int) (skew * skew * destinations)));
            LocalDate start = first.plusDays(random.nextInt(startDays));
            int days = 1 + random.nextInt(7);
            TravelWindow window = TravelWindow.of(start.minusDays(days), start.minusDays(1));
            travellers.add(Traveller.of(new UUID(random.nextLong(), random.nextLong()), origin, destination, window));
        }
        return travellers;
    }

    static String modes(TripPlan plan) {
        Map<TransportMode, Long> vehicles = new EnumMap<>(TransportMode.class);
        plan.trips().forEach(t -> vehicles.merge(t.mode(), 1L, Long::sum));
        return "vehicles by mode                " + vehicles;
    }

    static double median(Supplier<?> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[RUNS / 2];
    }
}
