package org.laborbridge.transport.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.placements.NewPlacement;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.placements.Placements;
import org.laborbridge.placements.RetentionCheckView;
import org.laborbridge.placements.RetentionOutcome;
import org.laborbridge.shared.Money;
import org.laborbridge.transport.TransportMode;
import org.laborbridge.workers.WorkerHousehold;

/**
 * The article's ten point-to-point batches that brought 528 Xiangxi workers to Jinan from
 * February 2020: eleven coaches and one train carriage from Jishou, fuller in the return-to-work
 * weeks after the Spring Festival and thinning out towards November. Each traveller is hired
 * first — a placement with a Jinan enterprise starting the day after arrival, its start confirmed
 * and its 1, 3 and 6-month follow-ups recorded as still working, as the caseworkers did in 2020 —
 * so that the manifests name real placements and hand each person over to their own employer.
 */
final class XiangxiCharters {

    /** 吉首市, the prefecture seat, where the county buses bring people to the coaches and the station. */
    static final String ORIGIN = "433101";

    static final String FOLLOW_UP_NOTE = "电话回访：在岗稳定";
    static final int CONTRACT_MONTHS = 12;

    record Vehicle(TransportMode mode, int travellers, int costYuan) {}

    record Batch(LocalDate day, List<Vehicle> vehicles) {

        int travellers() {
            return vehicles.stream().mapToInt(Vehicle::travellers).sum();
        }
    }

    /** Coaches at 9,600–11,800 yuan for the 1,300 km; the carriage at the railway's 16,800. */
    static final List<Batch> BATCHES = List.of(
            new Batch(
                    LocalDate.of(2020, 2, 18),
                    List.of(new Vehicle(TransportMode.BUS, 48, 11_800), new Vehicle(TransportMode.BUS, 47, 11_800))),
            new Batch(LocalDate.of(2020, 2, 25), List.of(new Vehicle(TransportMode.CARRIAGE, 112, 16_800))),
            new Batch(
                    LocalDate.of(2020, 3, 4),
                    List.of(new Vehicle(TransportMode.BUS, 50, 11_200), new Vehicle(TransportMode.BUS, 42, 11_200))),
            new Batch(LocalDate.of(2020, 3, 12), List.of(new Vehicle(TransportMode.BUS, 46, 10_800))),
            new Batch(LocalDate.of(2020, 3, 26), List.of(new Vehicle(TransportMode.BUS, 38, 10_500))),
            new Batch(LocalDate.of(2020, 4, 15), List.of(new Vehicle(TransportMode.BUS, 35, 10_200))),
            new Batch(LocalDate.of(2020, 5, 20), List.of(new Vehicle(TransportMode.BUS, 30, 9_800))),
            new Batch(LocalDate.of(2020, 7, 8), List.of(new Vehicle(TransportMode.BUS, 26, 9_600))),
            new Batch(LocalDate.of(2020, 9, 2), List.of(new Vehicle(TransportMode.BUS, 28, 9_600))),
            new Batch(LocalDate.of(2020, 11, 5), List.of(new Vehicle(TransportMode.BUS, 26, 9_800))));

    static final int TRAVELLERS = BATCHES.stream().mapToInt(Batch::travellers).sum();

    /** A posting people were hired for, and where it hands them over. */
    record Opening(JobPostingView posting, Charter.Workplace workplace) {}

    private final Placements placements;
    private final CharterRoutes.Route route = CharterRoutes.toJinan().of(ORIGIN);

    XiangxiCharters(Placements placements) {
        this.placements = placements;
    }

    /**
     * The vehicles of one batch with their travellers taken from {@code people} (from {@code next}
     * on), each hired for one of {@code openings}. Fewer people than seats planned leave the
     * vehicles emptier; none left, no vehicle.
     */
    List<Charter> hireAndSeat(int batchIndex, List<WorkerHousehold> people, int next, List<Opening> openings) {
        Batch batch = BATCHES.get(batchIndex);
        List<Charter> charters = new ArrayList<>();
        int taken = next;
        for (int v = 0; v < batch.vehicles().size() && taken < people.size(); v++) {
            Vehicle vehicle = batch.vehicles().get(v);
            int number = batchIndex * 2 + v;
            LocalDateTime departure = batch.day().atTime(8, 0);
            LocalDateTime arrival = departure.plus(route.duration().get(vehicle.mode()));
            LocalDate start = arrival.toLocalDate().plusDays(1);
            List<Charter.Seat> seats = new ArrayList<>();
            for (int i = 0; i < vehicle.travellers() && taken < people.size(); i++, taken++) {
                // Two enterprises per vehicle, as the east-west fair's hires came in groups.
                Opening opening = openings.get((number * 2 + i % 2) % openings.size());
                WorkerHousehold traveller = people.get(taken);
                seats.add(new Charter.Seat(traveller, opening.workplace(), hire(traveller, opening, start)));
            }
            charters.add(new Charter(
                    vehicle.mode(),
                    ORIGIN,
                    HistoricalCharters.gatheringPoint(route, vehicle.mode(), ORIGIN),
                    HistoricalCharters.operator(route, vehicle.mode()),
                    HistoricalCharters.vehicleNo(route, vehicle.mode(), number),
                    departure,
                    arrival,
                    CharterRoutes.SEATS.get(vehicle.mode()),
                    Money.ofFen(vehicle.costYuan() * 100L),
                    seats));
        }
        return charters;
    }

    private org.laborbridge.placements.PlacementId hire(WorkerHousehold traveller, Opening opening, LocalDate start) {
        JobPostingView posting = opening.posting();
        PlacementView placement = placements.place(new NewPlacement(
                traveller.worker(),
                traveller.householdCounty(),
                posting.employerId(),
                posting.id(),
                null,
                start,
                CONTRACT_MONTHS,
                posting.wageMin(),
                posting.workRegion(),
                posting.workAddress(),
                posting.jobType()));
        placements.confirmStart(placement.id(), start);
        // Recorded, so that six-year-old follow-ups do not flood today's due list.
        for (RetentionCheckView check : placement.checks()) {
            placements.recordRetention(
                    placement.id(), check.month(), RetentionOutcome.STILL_WORKING, null, FOLLOW_UP_NOTE);
        }
        return placement.id();
    }
}
