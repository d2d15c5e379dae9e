package org.laborbridge.fairs.core;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.fairs.FairFigure;
import org.laborbridge.fairs.FairId;
import org.laborbridge.identity.AuditLog;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The fair figures reporting keeps, one row per fair under its host region and the month it
 * starts. Positions need the postings' headcounts, which the employers module keeps; they are read
 * as the platform, so that the figures never depend on who asks.
 */
@Component
class FairFigures {

    private static final Caller PLATFORM = new Caller(AuditLog.SYSTEM, null, Role.ADMIN, List.of(), null, null);
    /** Where and when a fair counts, the columns {@link HeldFair#of} reads. */
    private static final String FAIR =
            "f.host_region as county, date_trunc('month', f.starts_on)::date as month, f.id as fair";

    private final JdbcClient jdbc;
    private final JobPostings postings;

    FairFigures(JdbcClient jdbc, JobPostings postings) {
        this.jdbc = jdbc;
        this.postings = postings;
    }

    List<FairFigure> fairs() {
        return perFair("1", "");
    }

    List<FairFigure> participations() {
        return perFair("count(*)", "join fair_participant p on p.fair_id = f.id");
    }

    /** Counted as the fair's tally counts them: every application made through the fair. */
    List<FairFigure> applications() {
        return perFair("count(*)", "join application a on a.fair_id = f.id");
    }

    List<FairFigure> positions() {
        record Offer(HeldFair fair, JobPostingId posting) {}
        List<Offer> offers = jdbc.sql("select " + FAIR + ", fp.posting_id from fair f"
                        + " join fair_posting fp on fp.fair_id = f.id where f.cancelled_at is null")
                .query((row, number) ->
                        new Offer(HeldFair.of(row), new JobPostingId(row.getObject("posting_id", UUID.class))))
                .list();
        Map<JobPostingId, Integer> headcounts = Callers.runAs(
                        PLATFORM,
                        () -> postings.findAll(
                                offers.stream().map(Offer::posting).distinct().toList()))
                .stream()
                .collect(Collectors.toMap(JobPostingView::id, JobPostingView::headcount));
        return offers.stream()
                .collect(Collectors.groupingBy(
                        Offer::fair, Collectors.summingLong(offer -> headcounts.getOrDefault(offer.posting(), 0))))
                .entrySet()
                .stream()
                .map(fair -> fair.getKey().figure(fair.getValue()))
                .toList();
    }

    /** One figure per fair not cancelled: {@code value} an SQL aggregate over the rows {@code join} adds. */
    private List<FairFigure> perFair(String value, String join) {
        return jdbc.sql("select " + FAIR + ", " + value + " as value from fair f " + join
                        + " where f.cancelled_at is null group by f.id")
                .query((row, number) -> HeldFair.of(row).figure(row.getLong("value")))
                .list();
    }

    private record HeldFair(String county, YearMonth month, FairId fair) {

        static HeldFair of(ResultSet row) throws SQLException {
            return new HeldFair(
                    row.getString("county"),
                    YearMonth.from(row.getDate("month").toLocalDate()),
                    new FairId(row.getObject("fair", UUID.class)));
        }

        FairFigure figure(long value) {
            return new FairFigure(county, month, fair, value);
        }
    }
}
