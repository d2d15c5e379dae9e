package org.laborbridge.transport.planning;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.laborbridge.shared.Money;
import org.laborbridge.transport.TransportMode;

/**
 * The cheapest set of vehicles with at least the seats needed. Prices per vehicle do not scale with
 * seats (a carriage may be cheaper than two buses), so this is an unbounded knapsack over seat
 * counts rather than "fill the biggest vehicle first". Among equally cheap mixes it keeps the one
 * with the most seats, which leaves room for travellers who could have waited.
 */
final class CheapestVehicleMix {

    record Mix(Map<TransportMode, Integer> vehicles, int seats, Money cost) {}

    private final List<ModeTariff> tariffs;

    CheapestVehicleMix(List<ModeTariff> tariffs) {
        if (tariffs.isEmpty()) {
            throw new IllegalArgumentException("No mode to choose from");
        }
        this.tariffs =
                tariffs.stream().sorted(Comparator.comparing(ModeTariff::mode)).toList();
    }

    Mix forSeats(int needed) {
        long[] cost = new long[needed + 1];
        long[] seats = new long[needed + 1];
        int[] last = new int[needed + 1];
        Arrays.fill(last, -1);
        for (int s = 1; s <= needed; s++) {
            cost[s] = Long.MAX_VALUE;
            for (int m = 0; m < tariffs.size(); m++) {
                ModeTariff tariff = tariffs.get(m);
                int rest = Math.max(0, s - tariff.seats());
                long c = Math.addExact(cost[rest], tariff.pricePerVehicle().fen());
                long k = seats[rest] + tariff.seats();
                if (c < cost[s] || (c == cost[s] && k > seats[s])) {
                    cost[s] = c;
                    seats[s] = k;
                    last[s] = m;
                }
            }
        }
        Map<TransportMode, Integer> vehicles = new EnumMap<>(TransportMode.class);
        for (int s = needed; s > 0; s = Math.max(0, s - tariffs.get(last[s]).seats())) {
            vehicles.merge(tariffs.get(last[s]).mode(), 1, Integer::sum);
        }
        return new Mix(vehicles, Math.toIntExact(seats[needed]), Money.ofFen(cost[needed]));
    }
}
