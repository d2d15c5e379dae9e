package org.laborbridge.fairs.core;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.laborbridge.fairs.FairId;
import org.laborbridge.fairs.SignUpCounts;
import org.laborbridge.fairs.SignedUp;
import org.laborbridge.workers.WorkerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Workers signed up for fairs. Region filters are county-code prefixes ({@code RegionCode.coveringPrefix}). */
@Repository
class SignUpRows {

    record Row(
            FairId fair,
            WorkerId worker,
            String householdCounty,
            String qrToken,
            String signedUpBy,
            Instant signedUpAt,
            String checkedInBy,
            Instant checkedInAt) {}

    private static final String COLUMNS = "fair_id, worker_id, household_county, qr_token, signed_up_by,"
            + " signed_up_at, checked_in_by, checked_in_at";

    private final JdbcClient jdbc;

    SignUpRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the worker was on the list already; the database decides, so a race adds one row. */
    boolean insert(FairId fair, WorkerId worker, String householdCounty, String qrToken, String by, Instant at) {
        return jdbc.sql("insert into fair_sign_up (fair_id, worker_id, household_county, qr_token, signed_up_by,"
                                + " signed_up_at) values (:fair, :worker, :county, :token, :by, :at)"
                                + " on conflict (fair_id, worker_id) do nothing")
                        .param("fair", fair.value())
                        .param("worker", worker.value())
                        .param("county", householdCounty)
                        .param("token", qrToken)
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    /** False when the worker had checked in already, whose first arrival is kept. */
    boolean checkIn(FairId fair, WorkerId worker, String by, Instant at) {
        return jdbc.sql("update fair_sign_up set checked_in_by = :by, checked_in_at = :at"
                                + " where fair_id = :fair and worker_id = :worker and checked_in_at is null")
                        .param("fair", fair.value())
                        .param("worker", worker.value())
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    /** Puts the worker's sign-ups under the county their household is now registered in. */
    void moveHousehold(WorkerId worker, String householdCounty) {
        jdbc.sql("update fair_sign_up set household_county = :county"
                        + " where worker_id = :worker and household_county <> :county")
                .param("worker", worker.value())
                .param("county", householdCounty)
                .update();
    }

    Optional<Row> find(FairId fair, WorkerId worker) {
        return jdbc.sql("select " + COLUMNS + " from fair_sign_up where fair_id = :fair and worker_id = :worker")
                .param("fair", fair.value())
                .param("worker", worker.value())
                .query(SignUpRows::row)
                .optional();
    }

    Optional<Row> findByToken(FairId fair, String token) {
        return jdbc.sql("select " + COLUMNS + " from fair_sign_up where fair_id = :fair and qr_token = :token")
                .param("fair", fair.value())
                .param("token", token)
                .query(SignUpRows::row)
                .optional();
    }

    List<Row> ofWorker(WorkerId worker) {
        return jdbc.sql("select " + COLUMNS + " from fair_sign_up where worker_id = :worker order by signed_up_at desc")
                .param("worker", worker.value())
                .query(SignUpRows::row)
                .list();
    }

    /** Latest first; {@code countyPrefixes} null means every county. */
    /** The whole list in sign-up order, read by one statement: what an assignment starts from. */
    List<SignedUp> allOf(FairId fair) {
        return jdbc.sql("select worker_id, household_county, signed_up_at from fair_sign_up where fair_id = :fair"
                        + " order by signed_up_at, worker_id")
                .param("fair", fair.value())
                .query((row, n) -> new SignedUp(
                        new WorkerId(row.getObject("worker_id", UUID.class)),
                        row.getString("household_county"),
                        row.getTimestamp("signed_up_at").toInstant()))
                .list();
    }

    List<Row> page(FairId fair, List<String> countyPrefixes, int page, int size) {
        return jdbc.sql("select " + COLUMNS + " from fair_sign_up where fair_id = :fair and " + scope(countyPrefixes)
                        + " order by signed_up_at desc, worker_id limit :limit offset :offset")
                .param("fair", fair.value())
                .param("prefixes", patterns(countyPrefixes))
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(SignUpRows::row)
                .list();
    }

    SignUpCounts counts(FairId fair, List<String> countyPrefixes) {
        return jdbc.sql("select count(*) as signed_up, count(checked_in_at) as checked_in from fair_sign_up"
                        + " where fair_id = :fair and " + scope(countyPrefixes))
                .param("fair", fair.value())
                .param("prefixes", patterns(countyPrefixes))
                .query((row, n) -> new SignUpCounts(row.getLong("signed_up"), row.getLong("checked_in")))
                .single();
    }

    private static String scope(List<String> countyPrefixes) {
        return countyPrefixes == null ? "true" : "household_county like any (:prefixes::text[])";
    }

    private static String patterns(List<String> countyPrefixes) {
        if (countyPrefixes == null) {
            return "{}";
        }
        return "{" + String.join(",", countyPrefixes.stream().map(p -> p + "%").toList()) + "}";
    }

    private static Row row(ResultSet row, int number) throws SQLException {
        Timestamp checkedIn = row.getTimestamp("checked_in_at");
        return new Row(
                new FairId(row.getObject("fair_id", UUID.class)),
                new WorkerId(row.getObject("worker_id", UUID.class)),
                row.getString("household_county"),
                row.getString("qr_token"),
                row.getString("signed_up_by"),
                row.getTimestamp("signed_up_at").toInstant(),
                row.getString("checked_in_by"),
                checkedIn == null ? null : checkedIn.toInstant());
    }
}
