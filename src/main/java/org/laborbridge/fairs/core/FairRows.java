package org.laborbridge.fairs.core;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.laborbridge.fairs.Campaign;
import org.laborbridge.fairs.FairId;
import org.laborbridge.fairs.FairKind;
import org.laborbridge.fairs.FairQuery;
import org.laborbridge.fairs.TargetGroup;
import org.laborbridge.shared.RegionCode;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The fair table; statuses are worked out in the query from the dates, as {@link FairDates} does. */
@Repository
class FairRows {

    private static final String COLUMNS = "id, name, kind, campaign, theme, host_region, venue, starts_on, ends_on,"
            + " registered_poor_only, labor_capacity_required, willing_to_migrate_only, household_regions,"
            + " created_by, created_at, cancelled_by, cancelled_at, version";

    private final JdbcClient jdbc;

    FairRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Fair fair) {
        jdbc.sql("insert into fair (" + COLUMNS + ") values (:id, :name, :kind, :campaign, :theme, :hostRegion,"
                        + " :venue, :startsOn, :endsOn, :poorOnly, :capacity, :migrate, :households::text[],"
                        + " :createdBy, :createdAt, :cancelledBy, :cancelledAt, 0)")
                .paramSource(parameters(fair))
                .update();
    }

    void update(Fair fair) {
        int updated = jdbc.sql("update fair set name = :name, kind = :kind, campaign = :campaign, theme = :theme,"
                        + " host_region = :hostRegion, venue = :venue, starts_on = :startsOn, ends_on = :endsOn,"
                        + " registered_poor_only = :poorOnly, labor_capacity_required = :capacity,"
                        + " willing_to_migrate_only = :migrate, household_regions = :households::text[],"
                        + " cancelled_by = :cancelledBy, cancelled_at = :cancelledAt, version = version + 1"
                        + " where id = :id and version = :version")
                .paramSource(parameters(fair))
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Fair " + fair.id() + " was changed meanwhile");
        }
    }

    Optional<Fair> find(FairId id) {
        return jdbc.sql("select " + COLUMNS + " from fair where id = :id")
                .param("id", id.value())
                .query(FairRows::fair)
                .optional();
    }

    List<Fair> findAll(Collection<FairId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from fair where id in (:ids)")
                .param("ids", ids.stream().map(FairId::value).distinct().toList())
                .query(FairRows::fair)
                .list();
    }

    /** Same as {@link #find} but holds the row until the transaction ends, so check-ins see one state. */
    Optional<Fair> lock(FairId id) {
        return jdbc.sql("select " + COLUMNS + " from fair where id = :id for update")
                .param("id", id.value())
                .query(FairRows::fair)
                .optional();
    }

    List<Fair> search(FairQuery query, LocalDate today) {
        Filter filter = Filter.of(query, today);
        return jdbc.sql("select " + COLUMNS + " from fair where " + filter.where
                        + " order by starts_on desc, name limit :limit offset :offset")
                .params(filter.parameters)
                .param("limit", query.size())
                .param("offset", (long) query.page() * query.size())
                .query(FairRows::fair)
                .list();
    }

    long count(FairQuery query, LocalDate today) {
        Filter filter = Filter.of(query, today);
        return jdbc.sql("select count(*) from fair where " + filter.where)
                .params(filter.parameters)
                .query(Long.class)
                .single();
    }

    List<Fair> notOverOn(LocalDate day, int limit) {
        return jdbc.sql("select " + COLUMNS + " from fair where cancelled_at is null and ends_on >= :day"
                        + " order by starts_on, name limit :limit")
                .param("day", day)
                .param("limit", limit)
                .query(FairRows::fair)
                .list();
    }

    private record Filter(String where, Map<String, Object> parameters) {

        static Filter of(FairQuery query, LocalDate today) {
            List<String> conditions = new ArrayList<>(List.of("true"));
            Map<String, Object> parameters = new HashMap<>(Map.of("today", today));
            if (query.campaign() != null) {
                conditions.add("campaign = :campaign");
                parameters.put("campaign", query.campaign().name());
            }
            if (query.kind() != null) {
                conditions.add("kind = :kind");
                parameters.put("kind", query.kind().name());
            }
            if (query.hostRegion() != null && !query.hostRegion().isBlank()) {
                conditions.add("host_region like :hostPrefix");
                parameters.put(
                        "hostPrefix",
                        RegionCode.coveringPrefix(query.hostRegion().strip()) + "%");
            }
            if (query.status() != null) {
                conditions.add(
                        switch (query.status()) {
                            case CANCELLED -> "cancelled_at is not null";
                            case PLANNED -> "cancelled_at is null and starts_on > :today";
                            case OPEN -> "cancelled_at is null and starts_on <= :today and ends_on >= :today";
                            case FINISHED -> "cancelled_at is null and ends_on < :today";
                        });
            }
            return new Filter(String.join(" and ", conditions), parameters);
        }
    }

    private static MapSqlParameterSource parameters(Fair fair) {
        FairDetails details = fair.details();
        return new MapSqlParameterSource()
                .addValue("id", fair.id().value())
                .addValue("name", details.name())
                .addValue("kind", details.kind().name())
                .addValue("campaign", details.campaign().name())
                .addValue("theme", details.theme())
                .addValue("hostRegion", details.hostRegion().value())
                .addValue("venue", details.venue())
                .addValue("startsOn", details.dates().startsOn())
                .addValue("endsOn", details.dates().endsOn())
                .addValue("poorOnly", details.target().registeredPoorOnly())
                .addValue("capacity", details.target().laborCapacityRequired())
                .addValue("migrate", details.target().willingToMigrateOnly())
                .addValue("households", "{" + String.join(",", details.target().householdRegions()) + "}")
                .addValue("createdBy", fair.createdBy())
                .addValue("createdAt", Timestamp.from(fair.createdAt()))
                .addValue("cancelledBy", fair.cancelledBy())
                .addValue("cancelledAt", fair.cancelledAt() == null ? null : Timestamp.from(fair.cancelledAt()))
                .addValue("version", fair.version());
    }

    private static Fair fair(ResultSet row, int number) throws SQLException {
        FairDetails details = new FairDetails(
                row.getString("name"),
                FairKind.valueOf(row.getString("kind")),
                Campaign.valueOf(row.getString("campaign")),
                row.getString("theme"),
                RegionCode.of(row.getString("host_region")),
                row.getString("venue"),
                new FairDates(row.getObject("starts_on", LocalDate.class), row.getObject("ends_on", LocalDate.class)),
                new TargetGroup(
                        row.getBoolean("registered_poor_only"),
                        row.getBoolean("labor_capacity_required"),
                        row.getBoolean("willing_to_migrate_only"),
                        strings(row.getArray("household_regions"))));
        return new Fair(
                new FairId(row.getObject("id", UUID.class)),
                details,
                row.getString("created_by"),
                instant(row.getTimestamp("created_at")),
                row.getString("cancelled_by"),
                instant(row.getTimestamp("cancelled_at")),
                row.getInt("version"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
