package org.laborbridge.transport.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.Region;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.transport.TransportMode;
import org.laborbridge.workers.WorkerHousehold;

/**
 * Plans the charters that carried people out to work before the platform recorded trips, from
 * nothing but who went and from which county. Each county's people are split by its route's mode
 * shares ({@link CharterRoutes}): whole trains of exactly 1,000 (the train share rounded to whole
 * trains), flights and carriages only when at least half a vehicle would fly or ride, the rest by
 * bus; each mode's people fill as few vehicles as fit them, evenly. A county's vehicles leave in
 * waves of one to four on the same day — half of the waves in the six weeks after the Spring
 * Festival, when most people go back to work, the rest through the year — between {@code first}
 * and {@code last}. A fixed seed makes the same plan from the same people.
 */
final class HistoricalCharters {

    static final long SEED = 20_200_210L;
    private static final LocalTime DEPARTURE = LocalTime.of(8, 0);
    private static final RegionDirectory DIRECTORY = RegionDirectory.standard();

    private final CharterRoutes routes;
    private final List<Charter.Workplace> workplaces;
    private final LocalDate first;
    private final LocalDate last;
    private final SplittableRandom random = new SplittableRandom(SEED);

    HistoricalCharters(CharterRoutes routes, List<Charter.Workplace> workplaces, LocalDate first, LocalDate last) {
        if (workplaces.isEmpty()) {
            throw new IllegalArgumentException("Charters need somewhere to take people to");
        }
        this.routes = routes;
        this.workplaces = List.copyOf(workplaces);
        this.first = first;
        this.last = last;
    }

    List<Charter> plan(List<WorkerHousehold> people) {
        Map<String, List<WorkerHousehold>> byCounty = people.stream()
                .sorted((a, b) ->
                        CharterLoad.databaseOrder(a.worker().value(), b.worker().value()))
                .collect(Collectors.groupingBy(WorkerHousehold::householdCounty, TreeMap::new, Collectors.toList()));
        List<Charter> charters = new ArrayList<>();
        byCounty.forEach((county, travellers) -> charters.addAll(county(county, travellers, charters.size())));
        return charters;
    }

    /** How many of {@code count} people of this county go by each mode. */
    static Map<TransportMode, Integer> split(CharterRoutes.Route route, int count) {
        Map<TransportMode, Integer> split = new TreeMap<>();
        int trainSeats = CharterRoutes.SEATS.get(TransportMode.TRAIN);
        int train = Math.min(
                count, (int) Math.round(count * route.share().get(TransportMode.TRAIN) / trainSeats) * trainSeats);
        int flight =
                halfFull(TransportMode.FLIGHT, Math.round(count * route.share().get(TransportMode.FLIGHT)));
        flight = Math.min(flight, count - train);
        int carriage = halfFull(
                TransportMode.CARRIAGE, Math.round(count * route.share().get(TransportMode.CARRIAGE)));
        carriage = Math.min(carriage, count - train - flight);
        split.put(TransportMode.TRAIN, train);
        split.put(TransportMode.FLIGHT, flight);
        split.put(TransportMode.CARRIAGE, carriage);
        split.put(TransportMode.BUS, count - train - flight - carriage);
        return split;
    }

    /** Nobody charters a plane or a carriage for a handful of people: they take the bus. */
    private static int halfFull(TransportMode mode, long people) {
        return people * 2 < CharterRoutes.SEATS.get(mode) ? 0 : (int) people;
    }

    private List<Charter> county(String county, List<WorkerHousehold> people, int vehiclesSoFar) {
        CharterRoutes.Route route = routes.of(county);
        List<List<WorkerHousehold>> loads = new ArrayList<>();
        List<TransportMode> modes = new ArrayList<>();
        int next = 0;
        for (Map.Entry<TransportMode, Integer> part :
                split(route, people.size()).entrySet()) {
            List<WorkerHousehold> going = people.subList(next, next + part.getValue());
            next += part.getValue();
            for (List<WorkerHousehold> load : evenly(going, CharterRoutes.SEATS.get(part.getKey()))) {
                loads.add(load);
                modes.add(part.getKey());
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < loads.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new java.util.Random(random.nextLong()));
        List<Charter> charters = new ArrayList<>();
        int i = 0;
        while (i < order.size()) {
            int wave = 1 + random.nextInt(4);
            LocalDate day = someDay();
            for (int w = 0; w < wave && i < order.size(); w++, i++) {
                int vehicle = order.get(i);
                charters.add(charter(
                        county, route, modes.get(vehicle), day, loads.get(vehicle), vehiclesSoFar + charters.size()));
            }
        }
        return charters;
    }

    private Charter charter(
            String county,
            CharterRoutes.Route route,
            TransportMode mode,
            LocalDate day,
            List<WorkerHousehold> load,
            int number) {
        LocalDateTime departure = day.atTime(DEPARTURE);
        int spread = Math.min(workplaces.size(), mode == TransportMode.TRAIN ? 8 : mode == TransportMode.BUS ? 2 : 3);
        int start = Math.floorMod(number * 7, workplaces.size());
        List<Charter.Seat> seats = new ArrayList<>(load.size());
        for (int i = 0; i < load.size(); i++) {
            Charter.Workplace workplace = workplaces.get((start + i % spread) % workplaces.size());
            seats.add(new Charter.Seat(load.get(i), workplace, null));
        }
        // Each vehicle's price varies by up to 5% around the route's, in whole hundreds of yuan.
        long yuan = Math.round(route.costYuan().get(mode) * (0.95 + random.nextDouble() * 0.10) / 100.0) * 100;
        return new Charter(
                mode,
                county,
                gatheringPoint(route, mode, county),
                operator(route, mode),
                vehicleNo(route, mode, number),
                departure,
                departure.plus(route.duration().get(mode)),
                CharterRoutes.SEATS.get(mode),
                Money.ofFen(yuan * 100),
                seats);
    }

    /** Half of the waves leave within six weeks after the Spring Festival (about 10 February). */
    private LocalDate someDay() {
        while (true) {
            int year = first.getYear() + random.nextInt(last.getYear() - first.getYear() + 1);
            LocalDate day = random.nextBoolean()
                    ? LocalDate.of(year, 2, 10).plusDays(random.nextInt(42))
                    : LocalDate.of(year, 3, 24).plusDays(random.nextInt(270));
            if (!day.isBefore(first) && !day.isAfter(last)) {
                return day;
            }
        }
    }

    /** The fewest vehicles of {@code seats} that carry everyone, as evenly loaded as can be. */
    static List<List<WorkerHousehold>> evenly(List<WorkerHousehold> people, int seats) {
        List<List<WorkerHousehold>> loads = new ArrayList<>();
        int vehicles = (people.size() + seats - 1) / seats;
        int from = 0;
        for (int v = 0; v < vehicles; v++) {
            int size = people.size() / vehicles + (v < people.size() % vehicles ? 1 : 0);
            loads.add(people.subList(from, from + size));
            from += size;
        }
        return loads;
    }

    static String gatheringPoint(CharterRoutes.Route route, TransportMode mode, String county) {
        return switch (mode) {
            case BUS -> DIRECTORY.find(new RegionCode(county)).map(Region::name).orElse(county) + "人社局门前广场";
            case CARRIAGE, TRAIN -> route.station();
            case FLIGHT -> route.airport();
        };
    }

    static String operator(CharterRoutes.Route route, TransportMode mode) {
        return switch (mode) {
            case BUS -> route.busOperator();
            case CARRIAGE, TRAIN -> route.railOperator();
            case FLIGHT -> route.airline();
        };
    }

    /** Plates and numbers in the usual shapes: 鲁Q·D1234 coaches, L-numbered specials, 12306-style carriages. */
    static String vehicleNo(CharterRoutes.Route route, TransportMode mode, int number) {
        int n = 1000 + Math.floorMod(number * 37, 9000);
        return switch (mode) {
            case BUS -> route.plate() + "·D" + n;
            case CARRIAGE -> "K" + n + " 次 " + (1 + number % 16) + " 车";
            case TRAIN -> "L" + n;
            case FLIGHT -> "包机 " + n;
        };
    }
}
