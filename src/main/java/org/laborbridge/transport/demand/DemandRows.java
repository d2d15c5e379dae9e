package org.laborbridge.transport.demand;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.transport.DemandId;
import org.laborbridge.transport.DemandStatus;
import org.laborbridge.transport.TripId;
import org.laborbridge.workers.WorkerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored transport demands. */
@Repository
class DemandRows {

    private static final String COLUMNS = "id, placement_id, worker_id, household_county, employer_id, work_region,"
            + " start_date, earliest, latest, gathering_point, note, status, trip_id, cancel_reason, version,"
            + " created_by, created_at";
    private static final String WAITING = "status in ('OPEN', 'PLANNED')";

    private final JdbcClient jdbc;

    DemandRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a new demand unless the placement already has one waiting or planned; the unique
     * index decides, so two people recording at once cannot both succeed, and a refusal leaves
     * the surrounding transaction (a placement being agreed) usable.
     */
    boolean insertUnlessWaiting(TransportDemand demand) {
        Map<String, Object> columns = columns(demand);
        return jdbc.sql("""
                        insert into transport_demand (id, placement_id, worker_id, household_county, employer_id,
                            work_region, start_date, earliest, latest, gathering_point, note, status, trip_id,
                            cancel_reason, version, created_by, created_at)
                        values (:id, :placement, :worker, :county, :employer, :workRegion, :startDate, :earliest,
                            :latest, :gatheringPoint, :note, :status, :trip, :cancelReason, 0, :createdBy, :createdAt)
                        on conflict (household_county, placement_id) where status in ('OPEN', 'PLANNED') do nothing
                        """).params(columns).update() == 1;
    }

    void update(TransportDemand demand) {
        jdbc.sql("""
                        update transport_demand set earliest = :earliest, latest = :latest,
                            gathering_point = :gatheringPoint, note = :note, status = :status, trip_id = :trip,
                            cancel_reason = :cancelReason, version = version + 1, changed_at = now()
                        where id = :id
                        """).params(columns(demand)).update();
    }

    /** Locks the row: two people changing one demand must not both succeed. */
    Optional<TransportDemand> findForUpdate(DemandId id) {
        return load("select " + COLUMNS + " from transport_demand where id = :id for update", Map.of("id", id.value()))
                .stream()
                .findFirst();
    }

    Optional<TransportDemand> find(DemandId id) {
        return load("select " + COLUMNS + " from transport_demand where id = :id", Map.of("id", id.value())).stream()
                .findFirst();
    }

    /** The placement's demand that is waiting or planned (at most one, by the unique index), locked. */
    Optional<TransportDemand> waitingForUpdate(PlacementId placement) {
        return load(
                        "select " + COLUMNS + " from transport_demand where placement_id = :placement and " + WAITING
                                + " for update",
                        Map.of("placement", placement.value()))
                .stream()
                .findFirst();
    }

    List<TransportDemand> plannedOnForUpdate(TripId trip) {
        return load(
                "select " + COLUMNS + " from transport_demand where trip_id = :trip and status = 'PLANNED' for update",
                Map.of("trip", trip.value()));
    }

    /**
     * OPEN demands whose window overlaps [from, to], from the counties under {@code regionPrefix}
     * (empty for all), in id order. {@code lock} holds them until the transaction ends, so a plan
     * being confirmed sees no change in between; rows changed meanwhile by another transaction are
     * read anew (and left out if no longer OPEN) once it commits.
     */
    List<TransportDemand> openOverlapping(LocalDate from, LocalDate to, String regionPrefix, boolean lock) {
        return load(
                "select " + COLUMNS + " from transport_demand where status = 'OPEN' and earliest <= :to"
                        + " and latest >= :from and household_county like :region order by id"
                        + (lock ? " for update" : ""),
                Map.of("from", from, "to", to, "region", regionPrefix + "%"));
    }

    /** Demands matching {@code condition}, earliest window first, one page of them. */
    List<TransportDemand> select(String condition, Map<String, Object> parameters, int limit, long offset) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("limit", limit);
        all.put("offset", offset);
        return load(
                "select " + COLUMNS + " from transport_demand where " + condition
                        + " order by earliest, latest, id limit :limit offset :offset",
                all);
    }

    long count(String condition, Map<String, Object> parameters) {
        return jdbc.sql("select count(*) from transport_demand where " + condition)
                .params(parameters)
                .query(Long.class)
                .single();
    }

    /** Puts the worker's demands under the county their household is now registered in. */
    void moveHousehold(WorkerId worker, String householdCounty) {
        jdbc.sql("update transport_demand set household_county = :county, version = version + 1, changed_at = now()"
                        + " where worker_id = :worker and household_county <> :county")
                .param("worker", worker.value())
                .param("county", householdCounty)
                .update();
    }

    private List<TransportDemand> load(String sql, Map<String, Object> parameters) {
        return jdbc.sql(sql).params(parameters).query(DemandRows::row).list();
    }

    private static TransportDemand row(ResultSet row, int number) throws SQLException {
        UUID trip = row.getObject("trip_id", UUID.class);
        Timestamp createdAt = row.getTimestamp("created_at");
        TransportDemand.Terms terms = new TransportDemand.Terms(
                new PlacementId(row.getObject("placement_id", UUID.class)),
                new WorkerId(row.getObject("worker_id", UUID.class)),
                row.getString("household_county"),
                new EmployerId(row.getObject("employer_id", UUID.class)),
                RegionCode.of(row.getString("work_region")),
                row.getObject("start_date", LocalDate.class));
        TransportDemand.State state = new TransportDemand.State(
                row.getObject("earliest", LocalDate.class),
                row.getObject("latest", LocalDate.class),
                row.getString("gathering_point"),
                row.getString("note"),
                DemandStatus.valueOf(row.getString("status")),
                trip == null ? null : new TripId(trip),
                row.getString("cancel_reason"),
                row.getInt("version"),
                row.getString("created_by"),
                createdAt.toInstant());
        return TransportDemand.restore(new DemandId(row.getObject("id", UUID.class)), terms, state);
    }

    private static Map<String, Object> columns(TransportDemand demand) {
        TransportDemand.Terms terms = demand.terms();
        TransportDemand.State state = demand.state();
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", demand.id().value());
        columns.put("placement", terms.placement().value());
        columns.put("worker", terms.worker().value());
        columns.put("county", terms.householdCounty());
        columns.put("employer", terms.employer().value());
        columns.put("workRegion", terms.workRegion().value());
        columns.put("startDate", terms.startDate());
        columns.put("earliest", state.earliest());
        columns.put("latest", state.latest());
        columns.put("gatheringPoint", state.gatheringPoint());
        columns.put("note", state.note());
        columns.put("status", state.status().name());
        columns.put("trip", state.trip() == null ? null : state.trip().value());
        columns.put("cancelReason", state.cancelReason());
        columns.put("createdBy", state.createdBy());
        columns.put("createdAt", Timestamp.from(state.createdAt()));
        return columns;
    }
}
