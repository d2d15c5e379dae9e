package org.laborbridge.subsidies.eligibility;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.shared.Money;
import org.laborbridge.transport.TripId;
import org.laborbridge.workers.WorkerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What each trip's arrival told us about each traveller ({@code subsidy_trip_share}). */
@Repository
class TripShareRows {

    private static final String COLUMNS = "trip_id, worker_id, household_county, placement_id, employer_id,"
            + " share_fen, fully_subsidised, batch_size, departure_day, operator, arrived_at";

    private final JdbcClient jdbc;

    TripShareRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A share already stored (the same arrival heard twice) stays as it was. */
    void insert(StoredShare share) {
        jdbc.sql("""
                        insert into subsidy_trip_share (trip_id, worker_id, household_county, placement_id, employer_id,
                            share_fen, fully_subsidised, batch_size, departure_day, operator, arrived_at)
                        values (:trip, :worker, :county, :placement, :employer, :share, :full, :batchSize,
                            :departureDay, :operator, :arrivedAt)
                        on conflict do nothing
                        """)
                .param("trip", share.trip().value())
                .param("worker", share.worker().value())
                .param("county", share.householdCounty())
                .param(
                        "placement",
                        share.placement() == null ? null : share.placement().value())
                .param(
                        "employer",
                        share.employer() == null ? null : share.employer().value())
                .param("share", share.share().fen())
                .param("full", share.fullySubsidised())
                .param("batchSize", share.batchSize())
                .param("departureDay", share.departureDay())
                .param("operator", share.operator())
                .param("arrivedAt", Timestamp.from(share.arrivedAt()))
                .update();
    }

    Optional<StoredShare> find(TripId trip, WorkerId worker) {
        return jdbc.sql("select " + COLUMNS + " from subsidy_trip_share where trip_id = :trip and worker_id = :worker")
                .param("trip", trip.value())
                .param("worker", worker.value())
                .query(TripShareRows::share)
                .optional();
    }

    /** Newest departure first. */
    List<StoredShare> ofWorker(WorkerId worker) {
        return jdbc.sql("select " + COLUMNS + " from subsidy_trip_share where worker_id = :worker"
                        + " order by departure_day desc, trip_id")
                .param("worker", worker.value())
                .query(TripShareRows::share)
                .list();
    }

    private static StoredShare share(ResultSet row, int number) throws SQLException {
        UUID placement = row.getObject("placement_id", UUID.class);
        UUID employer = row.getObject("employer_id", UUID.class);
        return new StoredShare(
                new TripId(row.getObject("trip_id", UUID.class)),
                new WorkerId(row.getObject("worker_id", UUID.class)),
                row.getString("household_county"),
                placement == null ? null : new PlacementId(placement),
                employer == null ? null : new EmployerId(employer),
                Money.ofFen(row.getLong("share_fen")),
                row.getBoolean("fully_subsidised"),
                row.getInt("batch_size"),
                row.getObject("departure_day", LocalDate.class),
                row.getString("operator"),
                row.getTimestamp("arrived_at").toInstant());
    }

    /** One traveller's share of one arrived trip. */
    record StoredShare(
            TripId trip,
            WorkerId worker,
            String householdCounty,
            PlacementId placement,
            EmployerId employer,
            Money share,
            boolean fullySubsidised,
            int batchSize,
            LocalDate departureDay,
            String operator,
            Instant arrivedAt) {}
}
