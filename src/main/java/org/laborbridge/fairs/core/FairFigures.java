package org.laborbridge.fairs.core;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.fairs.FairFigure;
import org.laborbridge.identity.AuditLog;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The fair figures reporting keeps, by host region and the month a fair starts. Positions need the
 * postings' headcounts, which the employers module keeps; they are read as the platform, so that
 * the figures never depend on who asks.
 */
@Component
class FairFigures {

    private static final Caller PLATFORM = new Caller(AuditLog.SYSTEM, null, Role.ADMIN, List.of(), null, null);
    private static final String MONTH = "date_trunc('month', f.starts_on)::date";

    private final JdbcClient jdbc;
    private final JobPostings postings;

    FairFigures(JdbcClient jdbc, JobPostings postings) {
        this.jdbc = jdbc;
        this.postings = postings;
    }

    List<FairFigure> fairs() {
        return jdbc.sql("""
                        select f.host_region as county, %s as month, count(*) as value
                          from fair f
                         where f.cancelled_at is null
                         group by 1, 2
                        """.formatted(MONTH)).query(FairFigures::figure).list();
    }

    List<FairFigure> participations() {
        return jdbc.sql("""
                        select f.host_region as county, %s as month, count(*) as value
                          from fair f
                          join fair_participant p on p.fair_id = f.id
                         where f.cancelled_at is null
                         group by 1, 2
                        """.formatted(MONTH)).query(FairFigures::figure).list();
    }

    List<FairFigure> positions() {
        record Offer(String county, YearMonth month, JobPostingId posting) {}
        List<Offer> offers = jdbc.sql("""
                        select f.host_region as county, %s as month, fp.posting_id
                          from fair f
                          join fair_posting fp on fp.fair_id = f.id
                         where f.cancelled_at is null
                        """.formatted(MONTH))
                .query((row, number) -> new Offer(
                        row.getString("county"),
                        YearMonth.from(row.getDate("month").toLocalDate()),
                        new JobPostingId(row.getObject("posting_id", UUID.class))))
                .list();
        Map<JobPostingId, Integer> headcounts = Callers.runAs(
                        PLATFORM,
                        () -> postings.findAll(
                                offers.stream().map(Offer::posting).distinct().toList()))
                .stream()
                .collect(Collectors.toMap(JobPostingView::id, JobPostingView::headcount));
        Map<String, Map<YearMonth, Long>> sums = new HashMap<>();
        for (Offer offer : offers) {
            sums.computeIfAbsent(offer.county(), county -> new HashMap<>())
                    .merge(offer.month(), (long) headcounts.getOrDefault(offer.posting(), 0), Long::sum);
        }
        return sums.entrySet().stream()
                .flatMap(county -> county.getValue().entrySet().stream()
                        .map(month -> new FairFigure(county.getKey(), month.getKey(), month.getValue())))
                .toList();
    }

    private static FairFigure figure(ResultSet row, int number) throws SQLException {
        return new FairFigure(
                row.getString("county"), YearMonth.from(row.getDate("month").toLocalDate()), row.getLong("value"));
    }
}
