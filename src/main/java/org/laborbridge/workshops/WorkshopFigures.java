package org.laborbridge.workshops;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.laborbridge.shared.BureauTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stock of recognised workshops and their employees at each month's end, read from the status
 * history: a workshop counts in the months it was recognised at their end, so one flagged or
 * withdrawn in March stops counting from March while the months before keep it.
 */
@Component
class WorkshopFigures {

    private final JdbcClient jdbc;

    WorkshopFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<WorkshopFigure> figures() {
        return jdbc.sql("""
                        with periods as (
                          select workshop_id, status, effective_on as from_day,
                                 lead(effective_on) over (partition by workshop_id order by effective_on, id) as until_day
                            from workshop_status_change
                        ), months as (
                          select (date_trunc('month', m) + interval '1 month - 1 day')::date as month_end
                            from generate_series(
                                   (select date_trunc('month', min(from_day)) from periods where status = 'RECOGNISED'),
                                   date_trunc('month', cast(:today as date)), interval '1 month') m
                        )
                        select w.county, m.month_end,
                               count(distinct w.id) as workshops,
                               count(e.id) as employees,
                               count(e.id) filter (where e.registered_poor) as poor
                          from months m
                          join periods p on p.status = 'RECOGNISED' and p.from_day <= m.month_end
                               and (p.until_day is null or p.until_day > m.month_end)
                          join workshop w on w.id = p.workshop_id
                          left join workshop_employee e on e.workshop_id = w.id and e.start_date <= m.month_end
                               and (e.end_date is null or e.end_date > m.month_end)
                         group by w.county, m.month_end
                         order by w.county, m.month_end
                        """)
                .param("today", BureauTime.today())
                .query((rs, n) -> new WorkshopFigure(
                        rs.getString("county"),
                        YearMonth.from(rs.getObject("month_end", LocalDate.class)),
                        rs.getLong("workshops"),
                        rs.getLong("employees"),
                        rs.getLong("poor")))
                .list();
    }
}
