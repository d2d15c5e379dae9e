package org.laborbridge.placements.core;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.laborbridge.placements.PlacementFigure;
import org.laborbridge.placements.RetentionFigure;
import org.laborbridge.placements.RetentionOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Hires and their retention by household county and start month, counted in the database for reporting. */
@Component
class PlacementFigures {

    private static final String START_MONTH = "date_trunc('month', start_date)::date";

    private final JdbcClient jdbc;

    PlacementFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PlacementFigure> hires() {
        return jdbc.sql("""
                        select household_county, %s as month, count(*) as value
                          from placement
                         group by 1, 2
                        """.formatted(START_MONTH))
                .query((row, number) ->
                        new PlacementFigure(row.getString("household_county"), month(row), row.getLong("value")))
                .list();
    }

    /** Every placement has its three checks from the start (see {@code Placement.agree}), so the checks alone tell what is due. */
    List<RetentionFigure> retention(LocalDate today) {
        return jdbc.sql("""
                        select p.household_county, %s as month, r.month as follow_up,
                               count(*) as due, count(*) filter (where r.outcome = :retained) as retained
                          from retention_check r
                          join placement p on p.id = r.placement_id
                         where r.due_on <= :today
                         group by 1, 2, 3
                        """.formatted(START_MONTH))
                .param("retained", RetentionOutcome.STILL_WORKING.name())
                .param("today", today)
                .query((row, number) -> new RetentionFigure(
                        row.getString("household_county"),
                        month(row),
                        row.getInt("follow_up"),
                        row.getLong("due"),
                        row.getLong("retained")))
                .list();
    }

    private static YearMonth month(ResultSet row) throws SQLException {
        return YearMonth.from(row.getDate("month").toLocalDate());
    }
}
