package org.laborbridge.placements.core;

import java.time.YearMonth;
import java.util.List;
import org.laborbridge.placements.PlacementFigure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Hires by household county and start month, counted in the database for reporting. */
@Component
class PlacementFigures {

    private final JdbcClient jdbc;

    PlacementFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PlacementFigure> hires() {
        return jdbc.sql("""
                        select household_county, date_trunc('month', start_date)::date as month, count(*) as value
                          from placement
                         group by 1, 2
                        """)
                .query((row, number) -> new PlacementFigure(
                        row.getString("household_county"),
                        YearMonth.from(row.getDate("month").toLocalDate()),
                        row.getLong("value")))
                .list();
    }
}
