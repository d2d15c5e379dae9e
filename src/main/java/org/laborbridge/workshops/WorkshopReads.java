package org.laborbridge.workshops;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read-only queries behind the list and the headcounts: the caller has been checked by
 * {@link Workshops}, which passes the caller in for the partner's regions.
 */
@Component
class WorkshopReads {

    /** An employment counts from its start day until the day before it ends. */
    static final String CURRENT = "e.start_date <= :today and (e.end_date is null or e.end_date > :today)";

    private final JdbcClient jdbc;
    private final RegionDirectory directory = RegionDirectory.standard();

    WorkshopReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    WorkshopPage search(WorkshopQuery query, Caller caller) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (query.region() != null) {
            where.append(" and w.county like :region");
            params.put("region", RegionCode.coveringPrefix(query.region().strip()) + "%");
        }
        if (query.status() != null) {
            where.append(" and w.status = :status");
            params.put("status", query.status().name());
        }
        if (query.type() != null) {
            where.append(" and w.type = :type");
            params.put("type", query.type().name());
        }
        if (caller.is(Role.PARTNER)) {
            List<String> prefixes = caller.regionCodes().stream()
                    .map(c -> RegionCode.coveringPrefix(c) + "%")
                    .toList();
            where.append(" and w.county like any (:scopes)");
            params.put("scopes", prefixes.isEmpty() ? new String[] {"-"} : prefixes.toArray(String[]::new));
        }
        long total = jdbc.sql("select count(*) from workshop w" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<WorkshopSummary> items = jdbc.sql("""
                        select w.id, w.name, w.county, w.type, w.industry, w.status, w.founded_on,
                               count(e.id) as headcount, count(e.id) filter (where e.registered_poor) as poor
                          from workshop w
                          left join workshop_employee e on e.workshop_id = w.id and %s
                        """.formatted(CURRENT)
                        + where
                        + " group by w.id order by w.county, w.name, w.id limit :limit offset :offset")
                .params(params)
                .param("today", BureauTime.today())
                .param("limit", query.size())
                .param("offset", (long) query.page() * query.size())
                .query((rs, n) -> new WorkshopSummary(
                        new WorkshopId(rs.getObject("id", UUID.class)),
                        rs.getString("name"),
                        rs.getString("county"),
                        countyName(rs.getString("county")),
                        WorkshopType.valueOf(rs.getString("type")),
                        rs.getString("industry"),
                        WorkshopStatus.valueOf(rs.getString("status")),
                        rs.getObject("founded_on", LocalDate.class),
                        rs.getLong("headcount"),
                        rs.getLong("poor")))
                .list();
        return new WorkshopPage(items, total, query.page(), query.size());
    }

    long[] currentCounts(WorkshopId id) {
        return jdbc.sql("select count(*) as n, count(*) filter (where registered_poor) as poor from workshop_employee e"
                        + " where workshop_id = :id and " + CURRENT)
                .param("id", id.value())
                .param("today", BureauTime.today())
                .query((rs, n) -> new long[] {rs.getLong("n"), rs.getLong("poor")})
                .single();
    }

    List<HeadcountMonth> headcounts(WorkshopId id) {
        return jdbc.sql("""
                        with bounds as (
                          select least(w.founded_on, coalesce(min(e.start_date), w.founded_on)) as first_day
                            from workshop w left join workshop_employee e on e.workshop_id = w.id
                           where w.id = :id group by w.founded_on
                        ), months as (
                          select least((date_trunc('month', m) + interval '1 month - 1 day')::date, cast(:today as date)) as month_end
                            from bounds, generate_series(date_trunc('month', bounds.first_day),
                                                         date_trunc('month', cast(:today as date)), interval '1 month') m
                        )
                        select m.month_end, count(e.id) as n, count(e.id) filter (where e.registered_poor) as poor
                          from months m
                          left join workshop_employee e on e.workshop_id = :id and e.start_date <= m.month_end
                               and (e.end_date is null or e.end_date > m.month_end)
                         group by m.month_end order by m.month_end
                        """)
                .param("id", id.value())
                .param("today", BureauTime.today())
                .query((rs, n) -> new HeadcountMonth(
                        YearMonth.from(rs.getObject("month_end", LocalDate.class)),
                        rs.getLong("n"),
                        rs.getLong("poor")))
                .list();
    }

    String countyName(String county) {
        return directory.find(RegionCode.of(county)).map(r -> r.name()).orElse(county);
    }
}
