package org.laborbridge.fairs.applications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.fairs.ApplicationChannel;
import org.laborbridge.fairs.ApplicationId;
import org.laborbridge.fairs.ApplicationStatus;
import org.laborbridge.fairs.ApplicationStep;
import org.laborbridge.fairs.FairId;
import org.laborbridge.fairs.FairTally;
import org.laborbridge.fairs.OfferTerms;
import org.laborbridge.shared.Money;
import org.laborbridge.workers.WorkerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code application} and {@code application_step} tables. */
@Repository
class ApplicationRows {

    private static final String COLUMNS = """
            id, worker_id, household_county, posting_id, employer_id, employer_name, posting_title, job_type,
            fair_id, channel, status, interview_at, offer_start_date, offer_contract_months,
            offer_monthly_wage_fen""";

    private final JdbcClient jdbc;

    ApplicationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * False when the worker already holds an active application to the posting; the unique index
     * decides, so two submissions racing each other leave one row.
     */
    boolean insertIfAbsent(Application application, Instant at) {
        Particulars p = application.particulars();
        boolean inserted = jdbc.sql("""
                        insert into application (id, worker_id, household_county, posting_id, employer_id,
                            employer_name, posting_title, job_type, fair_id, channel, status, created_at, updated_at)
                        values (:id, :worker, :county, :posting, :employer, :employerName, :postingTitle, :jobType,
                            :fair, :channel, :status, :at, :at)
                        on conflict (worker_id, posting_id)
                            where status in ('APPLIED', 'INTERVIEW', 'OFFERED', 'ACCEPTED') do nothing
                        """)
                        .param("id", p.id().value())
                        .param("worker", p.worker().value())
                        .param("county", p.householdCounty())
                        .param("posting", p.posting().value())
                        .param("employer", p.employer().value())
                        .param("employerName", p.employerName())
                        .param("postingTitle", p.postingTitle())
                        .param("jobType", p.jobType())
                        .param("fair", p.fair() == null ? null : p.fair().value())
                        .param("channel", p.channel().name())
                        .param("status", application.status().name())
                        .param("at", timestamp(at))
                        .update()
                == 1;
        if (inserted) {
            insertSteps(application);
        }
        return inserted;
    }

    void update(Application application, Instant at) {
        OfferTerms offer = application.offer();
        jdbc.sql("""
                        update application set status = :status, interview_at = :interviewAt,
                            offer_start_date = :startDate, offer_contract_months = :months,
                            offer_monthly_wage_fen = :wage, updated_at = :at
                        where id = :id
                        """)
                .param("id", application.particulars().id().value())
                .param("status", application.status().name())
                .param("interviewAt", application.interviewAt() == null ? null : timestamp(application.interviewAt()))
                .param("startDate", offer == null ? null : offer.startDate())
                .param("months", offer == null ? null : offer.contractMonths())
                .param("wage", offer == null ? null : offer.monthlyWage().fen())
                .param("at", timestamp(at))
                .update();
        insertSteps(application);
    }

    /** Puts the worker's applications and their steps under the county their household is now registered in. */
    void moveHousehold(WorkerId worker, String householdCounty) {
        jdbc.sql("""
                        update application_step set household_county = :county
                        where application_id in (select id from application where worker_id = :worker)
                            and household_county <> :county
                        """)
                .param("worker", worker.value())
                .param("county", householdCounty)
                .update();
        jdbc.sql("update application set household_county = :county"
                        + " where worker_id = :worker and household_county <> :county")
                .param("worker", worker.value())
                .param("county", householdCounty)
                .update();
    }

    private void insertSteps(Application application) {
        Particulars p = application.particulars();
        for (ApplicationStep step : application.newSteps()) {
            jdbc.sql("""
                            insert into application_step (application_id, household_county, status, actor, at, note)
                            values (:application, :county, :status, :actor, :at, :note)
                            """)
                    .param("application", p.id().value())
                    .param("county", p.householdCounty())
                    .param("status", step.status().name())
                    .param("actor", step.by())
                    .param("at", timestamp(step.at()))
                    .param("note", step.note())
                    .update();
        }
    }

    Optional<Application> find(ApplicationId id) {
        return load(id, "");
    }

    /** Holds the row until the transaction ends, so two steps on one application take turns. */
    Optional<Application> lock(ApplicationId id) {
        return load(id, " for update");
    }

    private Optional<Application> load(ApplicationId id, String lock) {
        List<Stored> found = jdbc.sql("select " + COLUMNS + " from application where id = :id" + lock)
                .param("id", id.value())
                .query(ApplicationRows::stored)
                .list();
        return withSteps(found).stream().findFirst();
    }

    List<Application> page(ApplicationFilter filter, int page, int size) {
        List<Stored> found = jdbc.sql("select " + COLUMNS + " from application where " + filter.where()
                        + " order by created_at desc, id desc limit :limit offset :offset")
                .params(filter.parameters())
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(ApplicationRows::stored)
                .list();
        return withSteps(found);
    }

    long count(ApplicationFilter filter) {
        return jdbc.sql("select count(*) from application where " + filter.where())
                .params(filter.parameters())
                .query(Long.class)
                .single();
    }

    FairTally tally(FairId fair) {
        return jdbc.sql("""
                        select count(*) as applications, count(*) filter (where status = 'ACCEPTED') as hires
                        from application where fair_id = :fair
                        """)
                .param("fair", fair.value())
                .query((row, n) -> new FairTally(fair, row.getLong("applications"), row.getLong("hires")))
                .single();
    }

    private List<Application> withSteps(List<Stored> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ApplicationStep>> steps = new HashMap<>();
        jdbc.sql("""
                        select application_id, status, actor, at, note from application_step
                        where application_id in (:ids) order by id
                        """)
                .param(
                        "ids",
                        found.stream().map(s -> s.particulars().id().value()).toList())
                .query(row -> {
                    steps.computeIfAbsent(row.getObject("application_id", UUID.class), id -> new ArrayList<>())
                            .add(new ApplicationStep(
                                    ApplicationStatus.valueOf(row.getString("status")),
                                    row.getString("actor"),
                                    instant(row, "at"),
                                    row.getString("note")));
                });
        return found.stream()
                .map(s -> Application.restore(
                        s.particulars(),
                        s.status(),
                        s.offer(),
                        s.interviewAt(),
                        steps.getOrDefault(s.particulars().id().value(), List.of())))
                .toList();
    }

    private record Stored(Particulars particulars, ApplicationStatus status, OfferTerms offer, Instant interviewAt) {}

    private static Stored stored(ResultSet row, int rowNumber) throws SQLException {
        UUID fair = row.getObject("fair_id", UUID.class);
        Particulars particulars = new Particulars(
                new ApplicationId(row.getObject("id", UUID.class)),
                new WorkerId(row.getObject("worker_id", UUID.class)),
                row.getString("household_county"),
                new JobPostingId(row.getObject("posting_id", UUID.class)),
                new EmployerId(row.getObject("employer_id", UUID.class)),
                row.getString("employer_name"),
                row.getString("posting_title"),
                row.getString("job_type"),
                fair == null ? null : new FairId(fair),
                ApplicationChannel.valueOf(row.getString("channel")));
        LocalDate startDate = row.getObject("offer_start_date", LocalDate.class);
        OfferTerms offer = startDate == null
                ? null
                : new OfferTerms(
                        startDate,
                        row.getInt("offer_contract_months"),
                        Money.ofFen(row.getLong("offer_monthly_wage_fen")));
        return new Stored(
                particulars, ApplicationStatus.valueOf(row.getString("status")), offer, instant(row, "interview_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime timestamp(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
