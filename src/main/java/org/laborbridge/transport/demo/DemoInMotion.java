package org.laborbridge.transport.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.identity.Accounts;
import org.laborbridge.placements.NewPlacement;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.placements.Placements;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.transport.TransportMode;
import org.laborbridge.transport.TripForm;
import org.laborbridge.transport.TripId;
import org.laborbridge.transport.TripView;
import org.laborbridge.transport.Trips;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerHousehold;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.laborbridge.workers.WorkerSummary;

/**
 * What a caseworker finds on the transport pages the day the demo starts, beyond the history: a
 * few registered-poor Xiangxi job seekers just hired by a Jinan enterprise, starting in
 * {@link #STARTS_IN} days, whose transport demands the platform opened by itself on the hire,
 * one coach from Jishou already PLANNED for part of them and the rest OPEN for the planner. All of
 * it through the real services, as a caseworker would have done it, so timelines, demands and
 * steps are what the pages expect.
 */
final class DemoInMotion {

    static final int HIRES = 16;
    static final int LISTED = 10;
    static final int STARTS_IN = 12;
    /** Departs on the second day of the hires' travel window (the week before the start). */
    static final int DEPARTS_IN = STARTS_IN - 6;

    static final int CONTRACT_MONTHS = 12;
    static final long BUS_YUAN = 11_800;
    /** The demo WORKER user's record (向春梅) keeps the fair offer the fairs demo made her. */
    static final String DEMO_WORKER_USER = "worker";
    /** The demo EMPLOYER user's enterprise, so that its HR sees hires on their way. */
    static final String DEMO_EMPLOYER = "济南鲁泰精密电子";

    private static final String XIANGXI = "433100";

    /** What it added: the hires in id order, and the coach with the first {@link #LISTED} of them. */
    record Seeded(List<PlacementId> hires, TripId bus, int listed) {

        static final Seeded NOTHING = new Seeded(List.of(), null, 0);
    }

    private final WorkerRegistry registry;
    private final Placements placements;
    private final Trips trips;
    private final Accounts accounts;

    DemoInMotion(WorkerRegistry registry, Placements placements, Trips trips, Accounts accounts) {
        this.registry = registry;
        this.accounts = accounts;
        this.placements = placements;
        this.trips = trips;
    }

    /**
     * Hires up to {@link #HIRES} people who are neither hired nor travelling ({@code busy}) and
     * plans the coach; nothing when nobody is left. In the caller's transaction.
     */
    Seeded seed(List<XiangxiCharters.Opening> openings, Set<WorkerId> busy) {
        List<WorkerHousehold> people = seekers(busy);
        if (people.isEmpty()) {
            return Seeded.NOTHING;
        }
        // Two postings, the demo employer's first, so that its HR user sees people on their way.
        List<XiangxiCharters.Opening> offers = openings.stream()
                .sorted(Comparator.comparing((XiangxiCharters.Opening opening) ->
                        !opening.workplace().employerName().startsWith(DEMO_EMPLOYER)))
                .limit(2)
                .toList();
        LocalDate start = BureauTime.today().plusDays(STARTS_IN);
        List<PlacementView> hired = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            hired.add(hire(people.get(i), offers.get(i % offers.size()).posting(), start));
        }
        // The demands of the others stay OPEN for the planner page.
        List<PlacementView> going = hired.subList(0, Math.min(LISTED, hired.size()));
        TripView bus = trips.plan(bus(going));
        trips.addTravellers(bus.id(), going.stream().map(PlacementView::id).toList());
        return new Seeded(hired.stream().map(PlacementView::id).toList(), bus.id(), going.size());
    }

    /** Registered-poor Xiangxi job seekers, in id order, so the same people on the same data. */
    private List<WorkerHousehold> seekers(Set<WorkerId> busy) {
        Optional<UUID> demoWorker = accounts.linkedWorker(DEMO_WORKER_USER);
        List<WorkerHousehold> free = registry.inSituation(Situation.SEEKING, RegionCode.of(XIANGXI)).stream()
                .filter(person -> !busy.contains(person.worker()))
                .filter(person ->
                        demoWorker.filter(person.worker().value()::equals).isEmpty())
                .toList();
        // A slice of summaries at a time: the first few hundred seekers hold enough poor ones.
        List<WorkerHousehold> chosen = new ArrayList<>();
        for (int from = 0; from < free.size() && chosen.size() < HIRES; from += 200) {
            List<WorkerHousehold> slice = free.subList(from, Math.min(free.size(), from + 200));
            Map<WorkerId, WorkerSummary> summaries =
                    registry
                            .summariesOf(
                                    slice.stream().map(WorkerHousehold::worker).toList())
                            .stream()
                            .collect(Collectors.toMap(WorkerSummary::id, Function.identity()));
            for (WorkerHousehold person : slice) {
                WorkerSummary summary = summaries.get(person.worker());
                if (summary != null
                        && summary.registeredPoor()
                        && summary.willingToMigrate()
                        && chosen.size() < HIRES) {
                    chosen.add(person);
                }
            }
        }
        return chosen;
    }

    private PlacementView hire(WorkerHousehold person, JobPostingView posting, LocalDate start) {
        return placements.place(new NewPlacement(
                person.worker(),
                person.householdCounty(),
                posting.employerId(),
                posting.id(),
                null,
                start,
                CONTRACT_MONTHS,
                posting.wageMin(),
                posting.workRegion(),
                posting.workAddress(),
                posting.jobType()));
    }

    /** A coach from Jishou like the 2020 ones, at eight in the morning. */
    private static TripForm bus(List<PlacementView> going) {
        CharterRoutes.Route route = CharterRoutes.toJinan().of(XiangxiCharters.ORIGIN);
        LocalDateTime departure = BureauTime.today().plusDays(DEPARTS_IN).atTime(8, 0);
        return new TripForm(
                TransportMode.BUS,
                HistoricalCharters.operator(route, TransportMode.BUS),
                HistoricalCharters.vehicleNo(route, TransportMode.BUS, 20),
                RegionCode.of(XiangxiCharters.ORIGIN),
                HistoricalCharters.gatheringPoint(route, TransportMode.BUS, XiangxiCharters.ORIGIN),
                going.stream().map(PlacementView::workRegion).distinct().toList(),
                departure,
                departure.plus(route.duration().get(TransportMode.BUS)),
                CharterRoutes.SEATS.get(TransportMode.BUS),
                Money.ofFen(BUS_YUAN * 100),
                null);
    }
}
