package org.laborbridge.employers.registry;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.employers.PostingStatus;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.workers.Education;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code job_posting} table. Openings and status change only through guarded UPDATEs, so
 * that concurrent hires and edits never take an opening twice or leave a count below zero.
 */
@Repository
class PostingRows {

    private static final String SELECT = """
            select p.id, p.employer_id, e.name as employer_name, p.title, p.job_type, p.headcount,
                p.openings_left, p.wage_min_fen, p.wage_max_fen, p.work_region, p.work_address,
                p.housing_provided, p.meals_provided, p.working_hours, p.min_age, p.max_age,
                p.required_skills, p.min_education, p.valid_from, p.valid_until, p.status
            from job_posting p join employer e on e.id = p.employer_id
            """;

    private final JdbcClient jdbc;

    PostingRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(JobPostingId id, EmployerId employer, PostingTerms terms, String actor, Instant at) {
        jdbc.sql("""
                        insert into job_posting (id, employer_id, title, job_type, headcount, openings_left,
                            wage_min_fen, wage_max_fen, work_region, work_address, housing_provided,
                            meals_provided, working_hours, min_age, max_age, required_skills, min_education,
                            valid_from, valid_until, status, created_at, created_by, updated_at)
                        values (:id, :employer, :title, :jobType, :headcount, :headcount,
                            :wageMin, :wageMax, :workRegion, :workAddress, :housing,
                            :meals, :workingHours, :minAge, :maxAge, :skills, :minEducation,
                            :validFrom, :validUntil, 'DRAFT', :at, :actor, :at)
                        """)
                .params(parameters(terms))
                .param("id", id.value())
                .param("employer", employer.value())
                .param("actor", actor)
                .param("at", Timestamp.from(at))
                .update();
    }

    /**
     * Compare-and-set on the openings and status read before: false when a hire or another edit
     * got there first, and the caller decides again on fresh figures.
     */
    boolean update(StoredPosting before, PostingTerms terms, int openingsLeft, PostingStatus status, Instant at) {
        return jdbc.sql("""
                        update job_posting set title = :title, job_type = :jobType, headcount = :headcount,
                            openings_left = :openingsLeft, wage_min_fen = :wageMin, wage_max_fen = :wageMax,
                            work_region = :workRegion, work_address = :workAddress,
                            housing_provided = :housing, meals_provided = :meals, working_hours = :workingHours,
                            min_age = :minAge, max_age = :maxAge, required_skills = :skills,
                            min_education = :minEducation, valid_from = :validFrom, valid_until = :validUntil,
                            status = :status, updated_at = :at
                        where id = :id and headcount = :headcountBefore and openings_left = :openingsBefore
                            and status = :statusBefore
                        """)
                        .params(parameters(terms))
                        .param("id", before.id().value())
                        .param("openingsLeft", openingsLeft)
                        .param("status", status.name())
                        .param("headcountBefore", before.terms().headcount())
                        .param("openingsBefore", before.openingsLeft())
                        .param("statusBefore", before.status().name())
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    /** False when the posting is no longer in one of the {@code from} states. */
    boolean moveStatus(JobPostingId id, Collection<PostingStatus> from, PostingStatus to, Instant at) {
        return jdbc.sql("""
                        update job_posting set status = :to, updated_at = :at
                        where id = :id and status = any(:from)
                        """)
                        .param("id", id.value())
                        .param("from", from.stream().map(Enum::name).toArray(String[]::new))
                        .param("to", to.name())
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    /**
     * Takes one opening in a single statement: the row lock makes concurrent fills queue, and each
     * re-checks {@code openings_left > 0} on the row as the one before left it. Empty when nothing
     * was taken.
     */
    OptionalInt takeOpening(JobPostingId id, Instant at) {
        return jdbc.sql("""
                        update job_posting set openings_left = openings_left - 1,
                            status = case when openings_left = 1 then 'FILLED' else status end,
                            updated_at = :at
                        where id = :id and status = 'OPEN' and openings_left > 0
                        returning openings_left
                        """)
                .param("id", id.value())
                .param("at", Timestamp.from(at))
                .query(Integer.class)
                .optional()
                .map(OptionalInt::of)
                .orElse(OptionalInt.empty());
    }

    Optional<StoredPosting> find(JobPostingId id) {
        return jdbc.sql(SELECT + " where p.id = :id")
                .param("id", id.value())
                .query(PostingRows::stored)
                .optional();
    }

    List<StoredPosting> findAll(Collection<UUID> ids) {
        return jdbc.sql(SELECT + " where p.id = any(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .query(PostingRows::stored)
                .list();
    }

    List<StoredPosting> search(PostingFilter filter, int page, int size) {
        return jdbc.sql(SELECT + " where " + filter.where()
                        + " order by p.created_at desc, p.id limit :size offset :offset")
                .params(filter.parameters())
                .param("size", size)
                .param("offset", (long) page * size)
                .query(PostingRows::stored)
                .list();
    }

    long count(PostingFilter filter) {
        return jdbc.sql("select count(*) from job_posting p join employer e on e.id = p.employer_id where "
                        + filter.where())
                .params(filter.parameters())
                .query(Long.class)
                .single();
    }

    /** What a worker could apply to today; an unknown age passes the age check. */
    List<StoredPosting> openFitting(Collection<String> jobTypes, Integer age, LocalDate today, int limit) {
        return jdbc.sql(SELECT + """
                         where p.status = 'OPEN' and p.openings_left > 0
                            and p.valid_from <= :today and p.valid_until >= :today
                            and (cardinality(:jobTypes) = 0 or p.job_type = any(:jobTypes))
                            and (cast(:age as integer) is null or ((p.min_age is null or p.min_age <= :age)
                                and (p.max_age is null or p.max_age >= :age)))
                        order by p.created_at desc, p.id
                        limit :limit
                        """)
                .param("today", Date.valueOf(today))
                .param("jobTypes", jobTypes.toArray(String[]::new))
                .param("age", age)
                .param("limit", limit)
                .query(PostingRows::stored)
                .list();
    }

    /** Open postings with openings left valid today, in id order after {@code after}. */
    List<StoredPosting> openForMatching(JobPostingId after, LocalDate today, int limit) {
        return jdbc.sql(SELECT + """
                         where p.status = 'OPEN' and p.openings_left > 0
                            and p.valid_from <= :today and p.valid_until >= :today and p.id > :after
                        order by p.id
                        limit :limit
                        """)
                .param("today", Date.valueOf(today))
                .param("after", after == null ? new UUID(0, 0) : after.value())
                .param("limit", limit)
                .query(PostingRows::stored)
                .list();
    }

    private static Map<String, Object> parameters(PostingTerms terms) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("title", terms.title());
        parameters.put("jobType", terms.jobType());
        parameters.put("headcount", terms.headcount());
        parameters.put("wageMin", terms.wages().min().fen());
        parameters.put("wageMax", terms.wages().max().fen());
        parameters.put("workRegion", terms.workRegion().value());
        parameters.put("workAddress", terms.workAddress());
        parameters.put("housing", terms.housingProvided());
        parameters.put("meals", terms.mealsProvided());
        parameters.put("workingHours", terms.workingHours());
        parameters.put("minAge", terms.ages().min());
        parameters.put("maxAge", terms.ages().max());
        parameters.put("skills", terms.requiredSkills().toArray(String[]::new));
        parameters.put(
                "minEducation",
                terms.minEducation() == null ? null : terms.minEducation().name());
        parameters.put("validFrom", Date.valueOf(terms.validity().from()));
        parameters.put("validUntil", Date.valueOf(terms.validity().until()));
        return parameters;
    }

    private static StoredPosting stored(ResultSet row, int rowNumber) throws SQLException {
        String education = row.getString("min_education");
        PostingTerms terms = new PostingTerms(
                row.getString("title"),
                row.getString("job_type"),
                row.getInt("headcount"),
                new WageRange(Money.ofFen(row.getLong("wage_min_fen")), Money.ofFen(row.getLong("wage_max_fen"))),
                RegionCode.of(row.getString("work_region")),
                row.getString("work_address"),
                row.getBoolean("housing_provided"),
                row.getBoolean("meals_provided"),
                row.getString("working_hours"),
                new AgeRange(row.getObject("min_age", Integer.class), row.getObject("max_age", Integer.class)),
                strings(row.getArray("required_skills")),
                education == null ? null : Education.valueOf(education),
                new ValidityPeriod(
                        row.getObject("valid_from", LocalDate.class), row.getObject("valid_until", LocalDate.class)));
        return new StoredPosting(
                new JobPostingId(row.getObject("id", UUID.class)),
                new EmployerId(row.getObject("employer_id", UUID.class)),
                row.getString("employer_name"),
                terms,
                row.getInt("openings_left"),
                PostingStatus.valueOf(row.getString("status")));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
