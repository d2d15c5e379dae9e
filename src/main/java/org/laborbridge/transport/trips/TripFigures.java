package org.laborbridge.transport.trips;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import org.laborbridge.transport.TransportMode;
import org.laborbridge.transport.TripFigure;
import org.laborbridge.transport.TripModeFigure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The transport figures reporting keeps, counted in the database: one GROUP BY each. */
@Component
class TripFigures {

    private static final String MONTH = "date_trunc('month', %s at time zone 'Asia/Shanghai')::date";

    private final JdbcClient jdbc;

    TripFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A worker who travelled twice is helped out once: where and when they first arrived. */
    List<TripFigure> helpedOut() {
        return jdbc.sql("""
                        select household_county as county, %s as month, count(*) as value
                          from (select distinct on (worker_id) worker_id, household_county, handed_over_at
                                  from manifest_line
                                 where status = 'HANDED_OVER'
                                 order by worker_id, handed_over_at) firsts
                         group by 1, 2
                        """.formatted(MONTH.formatted("handed_over_at")))
                .query(TripFigures::figure)
                .list();
    }

    List<TripFigure> batches() {
        return jdbc.sql("""
                        select batch_region as county, %s as month, count(*) as value
                          from (select t.batch_region, t.batch_year, t.batch_no, min(l.handed_over_at) as first_at
                                  from trip t
                                  join manifest_line l on l.trip_id = t.id
                                 where l.status = 'HANDED_OVER'
                                 group by t.batch_region, t.batch_year, t.batch_no) batches
                         group by 1, 2
                        """.formatted(MONTH.formatted("first_at")))
                .query(TripFigures::figure)
                .list();
    }

    List<TripModeFigure> travellersByMode() {
        return jdbc.sql("""
                        select l.household_county as county, %s as month, t.mode, count(*) as value
                          from manifest_line l
                          join trip t on t.id = l.trip_id
                         where l.status = 'HANDED_OVER'
                         group by 1, 2, 3
                        """.formatted(MONTH.formatted("l.handed_over_at")))
                .query(TripFigures::modeFigure)
                .list();
    }

    /** A vehicle counts once, in the month its first traveller was handed over, like its batch. */
    List<TripModeFigure> vehicles() {
        return jdbc.sql("""
                        select batch_region as county, %s as month, mode, count(*) as value
                          from (select t.batch_region, t.mode, min(l.handed_over_at) as first_at
                                  from trip t
                                  join manifest_line l on l.trip_id = t.id
                                 where l.status = 'HANDED_OVER'
                                 group by t.id) vehicles
                         group by 1, 2, 3
                        """.formatted(MONTH.formatted("first_at")))
                .query(TripFigures::modeFigure)
                .list();
    }

    private static TripFigure figure(ResultSet row, int number) throws SQLException {
        return new TripFigure(row.getString("county"), month(row), row.getLong("value"));
    }

    private static TripModeFigure modeFigure(ResultSet row, int number) throws SQLException {
        return new TripModeFigure(
                row.getString("county"),
                month(row),
                TransportMode.valueOf(row.getString("mode")),
                row.getLong("value"));
    }

    private static YearMonth month(ResultSet row) throws SQLException {
        return YearMonth.from(row.getDate("month").toLocalDate());
    }
}
