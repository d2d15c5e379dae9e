package org.laborbridge.transport.trips;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.transport.CheckResult;
import org.laborbridge.transport.TransportMode;
import org.laborbridge.transport.TravellerStatus;
import org.laborbridge.transport.TripId;
import org.laborbridge.transport.TripStatus;
import org.laborbridge.transport.TripStep;
import org.laborbridge.workers.WorkerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored trips, their steps, manifest lines and checks, and the batch numbering. */
@Repository
class TripRows {

    private static final String COLUMNS = "t.id, t.batch_region, t.batch_year, t.batch_no, t.mode, t.operator,"
            + " t.vehicle_no, t.origin, t.gathering_point, t.destinations, t.planned_departure,"
            + " t.planned_arrival, t.departed_at, t.arrived_at, t.seats, t.total_cost_fen, t.status,"
            + " t.cancel_reason";

    private static final String LINE_COLUMNS = "id, trip_id, worker_id, household_county, placement_id,"
            + " employer_id, work_region, work_address, status, listed_by, listed_at, boarded_by, boarded_at,"
            + " received_by, handed_over_by, handed_over_at, removed_by, removed_at, share_fen,"
            + " charter_fully_subsidised";

    private final JdbcClient jdbc;

    TripRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Opens the next batch of the region and year. The transaction-long lock on the pair makes a
     * second opening wait until the first is committed, so it reads the first's number; the
     * primary key would refuse a duplicate anyway. The two-key lock keeps apart from other modules'.
     */
    int openBatch(RegionCode region, int year, String by) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('trip-batch'), hashtext(:pair))")
                .param("pair", region.value() + "/" + year)
                .query((row, n) -> 1)
                .list();
        return jdbc.sql("""
                        insert into trip_batch (batch_region, batch_year, batch_no, opened_by)
                        select :region, :year, coalesce(max(batch_no), 0) + 1, :by from trip_batch
                        where batch_region = :region and batch_year = :year
                        returning batch_no
                        """)
                .param("region", region.value())
                .param("year", year)
                .param("by", by)
                .query(Integer.class)
                .single();
    }

    boolean batchExists(RegionCode region, int year, int number) {
        return jdbc.sql("select exists (select 1 from trip_batch where batch_region = :region and batch_year = :year"
                        + " and batch_no = :no)")
                .param("region", region.value())
                .param("year", year)
                .param("no", number)
                .query(Boolean.class)
                .single();
    }

    /**
     * Serialises listing the same worker until the transaction ends, in one order (by id) so that
     * two transactions locking several workers cannot wait on each other: the overlap rule reads
     * the worker's other trips, and two listings at once must not both pass it.
     */
    void lockWorkers(Collection<WorkerId> workers) {
        workers.stream()
                .map(WorkerId::toString)
                .distinct()
                .sorted()
                .forEach(worker -> jdbc.sql(
                                "select pg_advisory_xact_lock(hashtext('trip-traveller'), hashtext(:worker))")
                        .param("worker", worker)
                        .query((row, n) -> 1)
                        .list());
    }

    /** The trips a worker is on (lines not REMOVED), for the overlap rule. */
    List<OverlappingTripRule.Held> heldBy(WorkerId worker) {
        return jdbc.sql("""
                        select l.trip_id, t.batch_year, t.batch_no, l.trip_departure, l.trip_arrival
                        from manifest_line l join trip t on t.id = l.trip_id
                        where l.worker_id = :worker and l.status <> 'REMOVED'
                        """)
                .param("worker", worker.value())
                .query((row, n) -> new OverlappingTripRule.Held(
                        new TripId(row.getObject("trip_id", UUID.class)),
                        row.getInt("batch_year"),
                        row.getInt("batch_no"),
                        new TravelPeriod(
                                row.getTimestamp("trip_departure").toInstant(),
                                row.getTimestamp("trip_arrival").toInstant())))
                .list();
    }

    void insert(Trip trip, String by) {
        jdbc.sql("""
                        insert into trip (id, batch_region, batch_year, batch_no, mode, operator, vehicle_no, origin,
                            gathering_point, destinations, planned_departure, planned_arrival, departed_at,
                            arrived_at, seats, total_cost_fen, status, cancel_reason, created_by)
                        values (:id, :batchRegion, :batchYear, :batchNo, :mode, :operator, :vehicleNo, :origin,
                            :gatheringPoint, :destinations, :plannedDeparture, :plannedArrival, :departedAt,
                            :arrivedAt, :seats, :totalCost, :status, :cancelReason, :by)
                        """).params(columns(trip)).param("by", by).update();
        writeChildren(trip);
    }

    void update(Trip trip) {
        jdbc.sql("""
                        update trip set batch_region = :batchRegion, batch_year = :batchYear, batch_no = :batchNo,
                            mode = :mode, operator = :operator, vehicle_no = :vehicleNo, origin = :origin,
                            gathering_point = :gatheringPoint, destinations = :destinations,
                            planned_departure = :plannedDeparture, planned_arrival = :plannedArrival,
                            departed_at = :departedAt, arrived_at = :arrivedAt, seats = :seats,
                            total_cost_fen = :totalCost, status = :status, cancel_reason = :cancelReason,
                            changed_at = now()
                        where id = :id
                        """).params(columns(trip)).update();
        writeChildren(trip);
    }

    /** Puts the worker's manifest lines and their checks under the county their household is now registered in. */
    void moveHousehold(WorkerId worker, String householdCounty) {
        jdbc.sql("""
                        update traveller_check set household_county = :county
                        where line_id in (select id from manifest_line where worker_id = :worker)
                            and household_county <> :county
                        """)
                .param("worker", worker.value())
                .param("county", householdCounty)
                .update();
        jdbc.sql("update manifest_line set household_county = :county"
                        + " where worker_id = :worker and household_county <> :county")
                .param("worker", worker.value())
                .param("county", householdCounty)
                .update();
    }

    /** Locks the trip's row for the rest of the transaction: seats and status are decided one caller at a time. */
    Optional<Trip> findForUpdate(TripId id) {
        return load("select " + COLUMNS + " from trip t where t.id = :id for update", Map.of("id", id.value())).stream()
                .findFirst();
    }

    Optional<Trip> find(TripId id) {
        return load("select " + COLUMNS + " from trip t where t.id = :id", Map.of("id", id.value())).stream()
                .findFirst();
    }

    /**
     * Trips matching {@code condition} (on alias t), latest planned departure first, one page, for
     * lists: the seats taken are counted in SQL and no manifest is loaded, except the lines of
     * {@code linesOf} when given (a worker's own trips). The trips are for reading only: saving
     * one would see a manifest without its other lines.
     */
    List<Listed> listed(String condition, Map<String, Object> parameters, int limit, long offset, WorkerId linesOf) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("limit", limit);
        all.put("offset", offset);
        Map<UUID, Integer> taken = new HashMap<>();
        List<TripRow> rows = jdbc.sql("select " + COLUMNS
                        + ", (select count(*) from manifest_line s where s.trip_id = t.id and s.status <> 'REMOVED')"
                        + " as seats_taken from trip t where " + condition
                        + " order by t.planned_departure desc, t.id desc limit :limit offset :offset")
                .params(all)
                .query((row, n) -> {
                    TripRow trip = row(row, n);
                    taken.put(trip.id().value(), row.getInt("seats_taken"));
                    return trip;
                })
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        UUID[] ids = rows.stream().map(row -> row.id().value()).toArray(UUID[]::new);
        Map<UUID, List<TripStep>> steps = stepsOf(ids);
        Map<UUID, List<Line>> lines = linesOf == null ? Map.of() : linesOf(ids, linesOf);
        return rows.stream()
                .map(row -> new Listed(
                        Trip.restore(
                                row.id(),
                                row.batch(),
                                row.details(),
                                row.state(),
                                steps.getOrDefault(row.id().value(), List.of()),
                                lines.getOrDefault(row.id().value(), List.of())),
                        taken.get(row.id().value())))
                .toList();
    }

    /** A trip of a list with the number of its seats taken, its manifest not loaded. */
    record Listed(Trip trip, int seatsTaken) {}

    long count(String condition, Map<String, Object> parameters) {
        return jdbc.sql("select count(*) from trip t where " + condition)
                .params(parameters)
                .query(Long.class)
                .single();
    }

    private void writeChildren(Trip trip) {
        for (TripStep step : trip.steps()) {
            jdbc.sql("""
                            insert into trip_step (trip_id, status, by_user, at, reason)
                            values (:trip, :status, :by, :at, :reason)
                            on conflict (trip_id, status) do nothing
                            """)
                    .param("trip", trip.id().value())
                    .param("status", step.status().name())
                    .param("by", step.by())
                    .param("at", Timestamp.from(step.at()))
                    .param("reason", step.reason())
                    .update();
        }
        TravelPeriod planned = trip.details().planned();
        for (Line line : trip.lines()) {
            if (!line.changed()) {
                continue;
            }
            Line.Traveller traveller = line.traveller();
            Line.State state = line.state();
            jdbc.sql("""
                            insert into manifest_line (id, trip_id, worker_id, household_county, placement_id,
                                employer_id, work_region, work_address, trip_departure, trip_arrival, status,
                                listed_by, listed_at, boarded_by, boarded_at, received_by, handed_over_by,
                                handed_over_at, removed_by, removed_at, share_fen, charter_fully_subsidised)
                            values (:id, :trip, :worker, :county, :placement, :employer, :workRegion, :workAddress,
                                :departure, :arrival, :status, :listedBy, :listedAt, :boardedBy, :boardedAt,
                                :receivedBy, :handedOverBy, :handedOverAt, :removedBy, :removedAt, :share, :charter)
                            on conflict (id) do update set trip_departure = excluded.trip_departure,
                                trip_arrival = excluded.trip_arrival, status = excluded.status,
                                boarded_by = excluded.boarded_by, boarded_at = excluded.boarded_at,
                                received_by = excluded.received_by, handed_over_by = excluded.handed_over_by,
                                handed_over_at = excluded.handed_over_at, removed_by = excluded.removed_by,
                                removed_at = excluded.removed_at, share_fen = excluded.share_fen,
                                charter_fully_subsidised = excluded.charter_fully_subsidised
                            """)
                    .param("id", line.id())
                    .param("trip", trip.id().value())
                    .param("worker", traveller.worker().value())
                    .param("county", traveller.householdCounty())
                    .param(
                            "placement",
                            traveller.placement() == null
                                    ? null
                                    : traveller.placement().value())
                    .param("employer", traveller.employer().value())
                    .param(
                            "workRegion",
                            traveller.workRegion() == null
                                    ? null
                                    : traveller.workRegion().value())
                    .param("workAddress", traveller.workAddress())
                    .param("departure", Timestamp.from(planned.departure()))
                    .param("arrival", Timestamp.from(planned.arrival()))
                    .param("status", state.status().name())
                    .param("listedBy", state.listed().by())
                    .param("listedAt", timestamp(state.listed()))
                    .param("boardedBy", by(state.boarded()))
                    .param("boardedAt", timestamp(state.boarded()))
                    .param("receivedBy", state.receivedBy())
                    .param("handedOverBy", by(state.handedOver()))
                    .param("handedOverAt", timestamp(state.handedOver()))
                    .param("removedBy", by(state.removed()))
                    .param("removedAt", timestamp(state.removed()))
                    .param("share", state.share() == null ? null : state.share().fen())
                    .param("charter", state.charterFullySubsidised())
                    .update();
            for (CheckResult check : line.checks()) {
                jdbc.sql("""
                                insert into traveller_check (line_id, household_county, check_name, passed, note,
                                    checked_by, checked_at)
                                values (:line, :county, :check, :passed, :note, :by, :at)
                                on conflict (line_id, check_name) do update set passed = excluded.passed,
                                    note = excluded.note, checked_by = excluded.checked_by,
                                    checked_at = excluded.checked_at
                                """)
                        .param("line", line.id())
                        .param("county", traveller.householdCounty())
                        .param("check", check.check())
                        .param("passed", check.passed())
                        .param("note", check.note())
                        .param("by", check.by())
                        .param("at", Timestamp.from(check.at()))
                        .update();
            }
            line.stored();
        }
    }

    private List<Trip> load(String sql, Map<String, Object> parameters) {
        List<TripRow> rows =
                jdbc.sql(sql).params(parameters).query(TripRows::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        UUID[] ids = rows.stream().map(row -> row.id().value()).toArray(UUID[]::new);
        Map<UUID, List<TripStep>> steps = stepsOf(ids);
        Map<UUID, List<Line>> lines = linesOf(ids, null);
        return rows.stream()
                .map(row -> Trip.restore(
                        row.id(),
                        row.batch(),
                        row.details(),
                        row.state(),
                        steps.getOrDefault(row.id().value(), List.of()),
                        lines.getOrDefault(row.id().value(), List.of())))
                .toList();
    }

    private Map<UUID, List<TripStep>> stepsOf(UUID[] trips) {
        Map<UUID, List<TripStep>> steps = new HashMap<>();
        jdbc.sql("select trip_id, status, by_user, at, reason from trip_step where trip_id = any(:trips) order by at")
                .param("trips", trips)
                .query(row -> {
                    steps.computeIfAbsent(row.getObject("trip_id", UUID.class), id -> new ArrayList<>())
                            .add(new TripStep(
                                    TripStatus.valueOf(row.getString("status")),
                                    row.getString("by_user"),
                                    row.getTimestamp("at").toInstant(),
                                    row.getString("reason")));
                });
        // Steps of one instant (a demo load) still read in the order a trip moves.
        steps.values()
                .forEach(list -> list.sort(Comparator.comparing(TripStep::at)
                        .thenComparing(step -> step.status().ordinal())));
        return steps;
    }

    /** The lines of the trips, or only those of {@code worker} when given. */
    private Map<UUID, List<Line>> linesOf(UUID[] trips, WorkerId worker) {
        String ofWorker = worker == null ? "" : " and l.worker_id = :worker";
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("trips", trips);
        if (worker != null) {
            parameters.put("worker", worker.value());
        }
        Map<UUID, List<CheckResult>> checks = new HashMap<>();
        jdbc.sql("""
                        select c.line_id, c.check_name, c.passed, c.note, c.checked_by, c.checked_at
                        from traveller_check c join manifest_line l on l.id = c.line_id
                        where l.trip_id = any(:trips)""" + ofWorker + " order by c.check_name").params(parameters).query(row -> {
            checks.computeIfAbsent(row.getObject("line_id", UUID.class), id -> new ArrayList<>())
                    .add(new CheckResult(
                            row.getString("check_name"),
                            row.getBoolean("passed"),
                            row.getString("note"),
                            row.getString("checked_by"),
                            row.getTimestamp("checked_at").toInstant()));
        });
        Map<UUID, List<Line>> lines = new LinkedHashMap<>();
        jdbc.sql("select " + LINE_COLUMNS + " from manifest_line l where l.trip_id = any(:trips)" + ofWorker
                        + " order by l.listed_at, l.id")
                .params(parameters)
                .query(row -> {
                    UUID id = row.getObject("id", UUID.class);
                    lines.computeIfAbsent(row.getObject("trip_id", UUID.class), trip -> new ArrayList<>())
                            .add(Line.restore(id, traveller(row), lineState(row), checks.getOrDefault(id, List.of())));
                });
        return lines;
    }

    private static Line.Traveller traveller(ResultSet row) throws SQLException {
        UUID placement = row.getObject("placement_id", UUID.class);
        String workRegion = row.getString("work_region");
        return new Line.Traveller(
                new WorkerId(row.getObject("worker_id", UUID.class)),
                row.getString("household_county"),
                placement == null ? null : new PlacementId(placement),
                new EmployerId(row.getObject("employer_id", UUID.class)),
                workRegion == null ? null : RegionCode.of(workRegion),
                row.getString("work_address"));
    }

    private static Line.State lineState(ResultSet row) throws SQLException {
        long share = row.getLong("share_fen");
        boolean noShare = row.wasNull();
        return new Line.State(
                TravellerStatus.valueOf(row.getString("status")),
                actor(row, "listed_by", "listed_at"),
                actor(row, "boarded_by", "boarded_at"),
                row.getString("received_by"),
                actor(row, "handed_over_by", "handed_over_at"),
                actor(row, "removed_by", "removed_at"),
                noShare ? null : Money.ofFen(share),
                row.getBoolean("charter_fully_subsidised"));
    }

    /** A step of a line that was taken; historical lines may know when but not who. */
    private static Actor actor(ResultSet row, String byColumn, String atColumn) throws SQLException {
        Timestamp at = row.getTimestamp(atColumn);
        if (at == null) {
            return null;
        }
        String by = row.getString(byColumn);
        return new Actor(by == null ? "" : by, at.toInstant());
    }

    private record TripRow(TripId id, Batch batch, TripDetails details, Trip.State state) {}

    private static TripRow row(ResultSet row, int number) throws SQLException {
        Array destinations = row.getArray("destinations");
        List<RegionCode> codes = Arrays.stream((String[]) destinations.getArray())
                .map(RegionCode::of)
                .toList();
        Timestamp departedAt = row.getTimestamp("departed_at");
        Timestamp arrivedAt = row.getTimestamp("arrived_at");
        TripDetails details = new TripDetails(
                TransportMode.valueOf(row.getString("mode")),
                row.getString("operator"),
                row.getString("vehicle_no"),
                RegionCode.of(row.getString("origin")),
                row.getString("gathering_point"),
                codes,
                new TravelPeriod(
                        row.getTimestamp("planned_departure").toInstant(),
                        row.getTimestamp("planned_arrival").toInstant()),
                row.getInt("seats"),
                Money.ofFen(row.getLong("total_cost_fen")));
        return new TripRow(
                new TripId(row.getObject("id", UUID.class)),
                new Batch(
                        RegionCode.of(row.getString("batch_region")), row.getInt("batch_year"), row.getInt("batch_no")),
                details,
                new Trip.State(
                        TripStatus.valueOf(row.getString("status")),
                        departedAt == null ? null : departedAt.toInstant(),
                        arrivedAt == null ? null : arrivedAt.toInstant(),
                        row.getString("cancel_reason")));
    }

    private static Map<String, Object> columns(Trip trip) {
        TripDetails details = trip.details();
        Trip.State state = trip.state();
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", trip.id().value());
        columns.put("batchRegion", trip.batch().region().value());
        columns.put("batchYear", trip.batch().year());
        columns.put("batchNo", trip.batch().number());
        columns.put("mode", details.mode().name());
        columns.put("operator", details.operator());
        columns.put("vehicleNo", details.vehicleNo());
        columns.put("origin", details.origin().value());
        columns.put("gatheringPoint", details.gatheringPoint());
        columns.put(
                "destinations",
                details.destinations().stream().map(RegionCode::value).toArray(String[]::new));
        columns.put("plannedDeparture", Timestamp.from(details.planned().departure()));
        columns.put("plannedArrival", Timestamp.from(details.planned().arrival()));
        columns.put("departedAt", timestamp(state.departedAt()));
        columns.put("arrivedAt", timestamp(state.arrivedAt()));
        columns.put("seats", details.seats());
        columns.put("totalCost", details.totalCost().fen());
        columns.put("status", state.status().name());
        columns.put("cancelReason", state.cancelReason());
        return columns;
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Timestamp timestamp(Actor actor) {
        return actor == null ? null : Timestamp.from(actor.at());
    }

    private static String by(Actor actor) {
        return actor == null ? null : actor.by();
    }
}
