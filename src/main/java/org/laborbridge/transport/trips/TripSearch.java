package org.laborbridge.transport.trips;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.transport.TripPage;
import org.laborbridge.transport.TripQuery;
import org.laborbridge.transport.TripStatus;
import org.laborbridge.transport.WorkerTrip;
import org.laborbridge.workers.WorkerId;
import org.springframework.stereotype.Component;

/**
 * The trip lists: a page of trips in the caller's scope, and one worker's trips. Lists count
 * seats in SQL and load no manifests: a page of charter trains would otherwise read thousands
 * of lines only to count them.
 */
@Component
class TripSearch {

    /** A person travels a handful of times a year; the cap only guards the phone page. */
    private static final int WORKER_TRIPS_LIMIT = 200;

    private final TripRows rows;
    private final TripViews views;

    TripSearch(TripRows rows, TripViews views) {
        this.rows = rows;
        this.views = views;
    }

    TripPage search(TripQuery query) {
        Caller caller = Callers.current();
        TripScope scope = TripScope.of(caller);
        List<String> conditions = new ArrayList<>(List.of(scope.condition()));
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        if (query.status() != null) {
            conditions.add("t.status = :status");
            parameters.put("status", query.status().name());
        }
        if (query.mode() != null) {
            conditions.add("t.mode = :mode");
            parameters.put("mode", query.mode().name());
        }
        if (query.region() != null && !query.region().isBlank()) {
            conditions.add("t.origin like :region");
            parameters.put(
                    "region",
                    RegionFilter.prefixOf(query.region()).orElseThrow(() -> Refusals.refused("region", "FORMAT"))
                            + "%");
        }
        if (query.from() != null) {
            conditions.add("t.planned_departure >= :from");
            parameters.put("from", startOf(query.from()));
        }
        if (query.to() != null) {
            conditions.add("t.planned_departure < :to");
            parameters.put("to", startOf(query.to().plusDays(1)));
        }
        String condition = String.join(" and ", conditions);
        int size = query.size() < 1 || query.size() > TripQuery.MAX_SIZE ? TripQuery.DEFAULT_SIZE : query.size();
        int page = Math.max(0, query.page());
        List<TripRows.Listed> found = rows.listed(condition, parameters, size, (long) page * size, null);
        return new TripPage(
                found.stream()
                        .map(listed -> views.view(listed.trip(), listed.seatsTaken()))
                        .toList(),
                rows.count(condition, parameters),
                page,
                size);
    }

    /** Only the worker's own line of each trip is loaded: that is all the page shows of the manifest. */
    List<WorkerTrip> ofWorker(WorkerId worker) {
        Caller caller = Callers.current();
        if (caller.is(Role.WORKER) && !worker.value().equals(caller.workerId())) {
            return List.of();
        }
        TripScope scope = TripScope.of(caller);
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        parameters.put("worker", worker.value());
        List<TripRows.Listed> trips = rows.listed(
                scope.condition() + " and exists (select 1 from manifest_line w where w.trip_id = t.id"
                        + " and w.worker_id = :worker and w.status <> 'REMOVED')",
                parameters,
                WORKER_TRIPS_LIMIT,
                0,
                worker);
        return trips.stream()
                .filter(listed -> listed.trip()
                        .activeLine(worker)
                        .map(line -> TripAccess.mayReadLine(caller, listed.trip(), line))
                        .orElse(false))
                .sorted(Comparator.comparing(TripRows.Listed::trip, nextOrLatestFirst()))
                .map(listed -> new WorkerTrip(
                        views.view(listed.trip(), listed.seatsTaken()),
                        views.line(listed.trip().activeLine(worker).orElseThrow(), false)))
                .toList();
    }

    /**
     * A worker's phone shows what comes next: trips not yet over, soonest first, then the finished
     * and cancelled ones, latest first.
     */
    private static Comparator<Trip> nextOrLatestFirst() {
        Comparator<Trip> upcomingFirst = Comparator.comparing(trip -> isOver(trip.status()));
        return upcomingFirst.thenComparing((a, b) -> isOver(a.status())
                ? b.details()
                        .planned()
                        .departure()
                        .compareTo(a.details().planned().departure())
                : a.details()
                        .planned()
                        .departure()
                        .compareTo(b.details().planned().departure()));
    }

    private static boolean isOver(TripStatus status) {
        return status == TripStatus.HANDED_OVER || status == TripStatus.CANCELLED || status == TripStatus.ARRIVED;
    }

    private static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(BureauTime.ZONE).toInstant());
    }
}
