package org.laborbridge.transport.trips;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.employers.Postings;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.placements.PlacementFixtures;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.placements.Placements;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.support.TestResidentIds;
import org.laborbridge.transport.TransportMode;
import org.laborbridge.transport.TripForm;
import org.laborbridge.transport.TripView;
import org.laborbridge.transport.Trips;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Real enterprises, postings, workers and placements through {@link PlacementFixtures} (the
 * placements made the way the fairs module makes them, inside a transaction of the caller's), and
 * trip forms for a bus from 泸溪 (433122, in the Xiangxi partner region 433100) to Jinan.
 */
final class TripFixtures {

    static final String LUXI = "433122";
    static final String HUANGZHOU = "421102";
    static final String JINAN = "370100";
    static final Caller CASEWORKER = new Caller("caseworker", null, Role.CASEWORKER, List.of(), null, null);
    static final Caller ADMIN = new Caller("admin", null, Role.ADMIN, List.of(), null, null);

    private final PlacementFixtures people;

    TripFixtures(
            Employers employers,
            JobPostings postings,
            WorkerRegistry registry,
            Placements placements,
            TransactionTemplate transactions) {
        this.people = new PlacementFixtures(employers, postings, registry, placements, transactions);
    }

    /** An enterprise in Jinan with one published assembly posting. */
    JobPostingView posting(String enterpriseName, int headcount) {
        return people.posting(enterpriseName, headcount);
    }

    /** A worker from {@code county} with a phone number of their own. */
    WorkerId worker(String name, String county) {
        return people.worker(name, county, TestResidentIds.nextPhone());
    }

    /** A hire starting today for a year, as the accepting module makes it. */
    PlacementView hire(WorkerId worker, String county, JobPostingView posting) {
        return hire(worker, county, posting, BureauTime.today());
    }

    /** A new worker from {@code county} hired to start on {@code startDate}: later than a week from now opens a demand. */
    PlacementView hiredStarting(String name, String county, JobPostingView posting, LocalDate startDate) {
        return hire(worker(name, county), county, posting, startDate);
    }

    private PlacementView hire(WorkerId worker, String county, JobPostingView posting, LocalDate startDate) {
        return people.place(worker, county, posting, startDate, 12);
    }

    /** A new worker from {@code county} hired by the posting's enterprise. */
    PlacementView hired(String name, String county, JobPostingView posting) {
        return hire(worker(name, county), county, posting);
    }

    /** A bus from 泸溪 to Jinan the day after {@code daysAhead} days, leaving at 08:00, 20 hours on the road. */
    static TripForm bus(int seats, int daysAhead) {
        LocalDateTime departure = BureauTime.today().plusDays(daysAhead).atTime(LocalTime.of(8, 0));
        return form(LUXI, seats, departure, departure.plusHours(20), null);
    }

    static TripForm form(String origin, int seats, LocalDateTime departure, LocalDateTime arrival, Integer batchNo) {
        return new TripForm(
                TransportMode.BUS,
                "湘西自治州客运公司",
                "湘U" + (10000 + seats),
                RegionCode.of(origin),
                "泸溪县汽车站",
                List.of(RegionCode.of(JINAN)),
                departure,
                arrival,
                seats,
                Money.ofYuan("9000"),
                batchNo);
    }

    static TripForm withCost(TripForm form, Money cost) {
        return copy(form, form.destinations(), cost);
    }

    static TripForm withDestination(TripForm form, String destination) {
        return copy(form, List.of(RegionCode.of(destination)), form.totalCost());
    }

    private static TripForm copy(TripForm form, List<RegionCode> destinations, Money totalCost) {
        return new TripForm(
                form.mode(),
                form.operator(),
                form.vehicleNo(),
                form.origin(),
                form.gatheringPoint(),
                destinations,
                form.plannedDeparture(),
                form.plannedArrival(),
                form.seats(),
                totalCost,
                form.batchNo());
    }

    static TripView plan(Trips trips, TripForm form) {
        return Callers.runAs(CASEWORKER, () -> trips.plan(form));
    }

    /** The trip's travellers all pass the health check and board; it departs two hours ago and arrives an hour ago. */
    static TripView carry(Trips trips, TripView trip, List<WorkerId> travellers) {
        return carry(trips, trip, travellers, List.of());
    }

    /** As {@link #carry(Trips, TripView, List)}, with {@code noShows} not turning up at the gathering point. */
    static TripView carry(Trips trips, TripView trip, List<WorkerId> travellers, List<WorkerId> noShows) {
        return Callers.runAs(CASEWORKER, () -> {
            travellers.forEach(worker -> trips.recordCheck(trip.id(), worker, "HEALTH", true, null));
            trips.startBoarding(trip.id());
            travellers.forEach(worker -> trips.board(trip.id(), worker));
            noShows.forEach(worker -> trips.markNoShow(trip.id(), worker));
            LocalDateTime now = LocalDateTime.now(BureauTime.ZONE);
            trips.depart(trip.id(), now.minusHours(2));
            return trips.arrive(trip.id(), now.minusHours(1));
        });
    }

    static LocalDate tomorrow() {
        return BureauTime.today().plusDays(1);
    }

    static Caller partnerFor(String... regions) {
        return new Caller("partner-" + String.join("-", regions), null, Role.PARTNER, List.of(regions), null, null);
    }

    static Caller employerOf(EmployerId employer) {
        return Postings.employerOf(employer);
    }

    static Caller workerSelf(WorkerId worker) {
        return new Caller("worker-" + worker, null, Role.WORKER, List.of(), null, worker.value());
    }
}
