package org.laborbridge.workers.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.laborbridge.shared.Masking;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.Sex;
import org.laborbridge.workers.LaborCapacity;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerPage;
import org.laborbridge.workers.WorkerQuery;
import org.laborbridge.workers.WorkerSummary;
import org.laborbridge.workers.search.WorkerFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lists of workers, always masked: a list is never the place to read a full number. */
@Repository
class WorkerSearch {

    private static final String SUMMARY_COLUMNS = """
            id, name, resident_id, sex, birth_date, household_county, phone, registered_poor,
            poor_confirmed_at is not null as poor_confirmed, labor_capacity, willing_to_migrate, situation""";

    private final JdbcClient jdbc;

    WorkerSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    WorkerPage page(WorkerFilter filter, WorkerQuery query) {
        // The where clause and the order come from WorkerFilter's fixed fragments; values are bound.
        List<WorkerSummary> items = jdbc.sql("select " + SUMMARY_COLUMNS + " from worker where " + filter.where()
                        + " order by " + filter.orderBy() + " limit :limit offset :offset")
                .params(filter.parameters())
                .param("limit", query.size())
                .param("offset", (long) query.page() * query.size())
                .query(WorkerSearch::summary)
                .list();
        long total = items.size() < query.size() && (query.page() == 0 || !items.isEmpty())
                ? (long) query.page() * query.size() + items.size()
                : count(filter);
        return new WorkerPage(items, total, query.page(), query.size());
    }

    List<WorkerSummary> byIds(List<UUID> ids) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from worker where id = any(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .query(WorkerSearch::summary)
                .list();
    }

    private long count(WorkerFilter filter) {
        return jdbc.sql("select count(*) from worker where " + filter.where())
                .params(filter.parameters())
                .query(Long.class)
                .single();
    }

    static WorkerSummary summary(ResultSet row, int rowNumber) throws SQLException {
        String phone = row.getString("phone");
        return new WorkerSummary(
                new WorkerId(row.getObject("id", UUID.class)),
                row.getString("name"),
                Masking.residentId(row.getString("resident_id")),
                Sex.valueOf(row.getString("sex")),
                row.getObject("birth_date", LocalDate.class).getYear(),
                StoredWorker.region(RegionCode.of(row.getString("household_county"))),
                phone == null ? null : Masking.phone(phone),
                row.getBoolean("registered_poor"),
                row.getBoolean("poor_confirmed"),
                LaborCapacity.valueOf(row.getString("labor_capacity")),
                row.getBoolean("willing_to_migrate"),
                Situation.valueOf(row.getString("situation")));
    }
}
