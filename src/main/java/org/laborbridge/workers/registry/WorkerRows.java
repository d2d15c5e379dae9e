package org.laborbridge.workers.registry;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.laborbridge.shared.PhoneNumber;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.ResidentId;
import org.laborbridge.workers.Education;
import org.laborbridge.workers.LaborCapacity;
import org.laborbridge.workers.SeekingWorker;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerHousehold;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerProfile;
import org.laborbridge.workers.search.SearchKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code worker} table; search keys are derived here so no write can forget them. */
@Repository
class WorkerRows {

    static final String COLUMNS = """
            id, resident_id, name, household_county, phone, registered_poor, poor_household_no,
            poor_confirmed_by, poor_confirmed_at, labor_capacity, willing_to_migrate, education, skills,
            wanted_jobs, situation, notes, duplicate_of, created_at, created_by, updated_at, version""";

    private final JdbcClient jdbc;

    WorkerRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts unless the resident ID is taken; waits for a concurrent insert of the same ID to settle. */
    boolean insertIfAbsent(WorkerId id, WorkerProfile profile, String actor, Instant at) {
        return jdbc.sql("""
                        insert into worker (id, resident_id, name, sex, birth_date, household_county, phone,
                            registered_poor, poor_household_no, labor_capacity, willing_to_migrate, education,
                            skills, wanted_jobs, situation, notes, name_simplified, name_pinyin,
                            name_pinyin_surname, name_initials, name_initials_surname, resident_id_reversed,
                            phone_reversed, created_at, created_by, updated_at)
                        values (:id, :residentId, :name, :sex, :birthDate, :county, :phone,
                            :registeredPoor, :poorHouseholdNo, :laborCapacity, :willingToMigrate, :education,
                            :skills, :wantedJobs, :situation, :notes, :nameSimplified, :namePinyin,
                            :namePinyinSurname, :nameInitials, :nameInitialsSurname, :residentIdReversed,
                            :phoneReversed, :at, :actor, :at)
                        on conflict (resident_id) do nothing
                        """)
                        .params(profileParameters(profile))
                        .param("id", id.value())
                        .param("actor", actor)
                        .param("at", timestamp(at))
                        .update()
                == 1;
    }

    /** False when someone else changed the row since {@code expectedVersion} was read. */
    boolean update(WorkerId id, WorkerProfile profile, int expectedVersion, boolean keepPoorConfirmation, Instant at) {
        return jdbc.sql("""
                        update worker set resident_id = :residentId, name = :name, sex = :sex, birth_date = :birthDate,
                            household_county = :county, phone = :phone, registered_poor = :registeredPoor,
                            poor_household_no = :poorHouseholdNo, labor_capacity = :laborCapacity,
                            willing_to_migrate = :willingToMigrate, education = :education, skills = :skills,
                            wanted_jobs = :wantedJobs, situation = :situation, notes = :notes,
                            name_simplified = :nameSimplified, name_pinyin = :namePinyin,
                            name_pinyin_surname = :namePinyinSurname, name_initials = :nameInitials,
                            name_initials_surname = :nameInitialsSurname,
                            resident_id_reversed = :residentIdReversed, phone_reversed = :phoneReversed,
                            poor_confirmed_by = case when :keep then poor_confirmed_by end,
                            poor_confirmed_at = case when :keep then poor_confirmed_at end,
                            updated_at = :at, version = version + 1
                        where id = :id and version = :version
                        """)
                        .params(profileParameters(profile))
                        .param("id", id.value())
                        .param("version", expectedVersion)
                        .param("keep", keepPoorConfirmation)
                        .param("at", timestamp(at))
                        .update()
                == 1;
    }

    void confirmPoorStatus(WorkerId id, String by, Instant at) {
        jdbc.sql("""
                        update worker set poor_confirmed_by = :by, poor_confirmed_at = :at, updated_at = :at,
                            version = version + 1
                        where id = :id
                        """)
                .param("id", id.value())
                .param("by", by)
                .param("at", timestamp(at))
                .update();
    }

    void updateSituation(WorkerId id, Situation situation, Instant at) {
        jdbc.sql("update worker set situation = :situation, updated_at = :at, version = version + 1 where id = :id")
                .param("id", id.value())
                .param("situation", situation.name())
                .param("at", timestamp(at))
                .update();
    }

    void markDuplicate(WorkerId duplicate, WorkerId original, Instant at) {
        jdbc.sql("""
                        update worker set duplicate_of = :original, updated_at = :at, version = version + 1
                        where id = :id
                        """)
                .param("id", duplicate.value())
                .param("original", original.value())
                .param("at", timestamp(at))
                .update();
    }

    Optional<StoredWorker> find(WorkerId id) {
        return jdbc.sql("select " + COLUMNS + " from worker where id = :id")
                .param("id", id.value())
                .query(WorkerRows::stored)
                .optional();
    }

    /** In id order, so that a seeder run twice over the same people groups them the same way. */
    List<WorkerHousehold> inSituation(Situation situation, String countyPrefix) {
        return jdbc.sql("""
                        select id, household_county from worker
                        where situation = :situation and household_county like :prefix and duplicate_of is null
                        order by id""")
                .param("situation", situation.name())
                .param("prefix", countyPrefix + "%")
                .query((row, n) -> new WorkerHousehold(
                        new WorkerId(row.getObject("id", UUID.class)), row.getString("household_county")))
                .list();
    }

    private static final String SEEKING = """
            select id, household_county, registered_poor, willing_to_migrate, education, birth_date, skills,
                wanted_jobs
            from worker
            where situation = 'SEEKING' and labor_capacity <> 'NONE' and duplicate_of is null
            """;

    List<SeekingWorker> seekingWork(WorkerId after, int limit) {
        return jdbc.sql(SEEKING + " and id > :after order by id limit :limit")
                .param("after", after == null ? new UUID(0, 0) : after.value())
                .param("limit", limit)
                .query(WorkerRows::seeking)
                .list();
    }

    private static SeekingWorker seeking(ResultSet row, int rowNumber) throws SQLException {
        String education = row.getString("education");
        return new SeekingWorker(
                new WorkerId(row.getObject("id", UUID.class)),
                row.getString("household_county"),
                row.getBoolean("registered_poor"),
                row.getBoolean("willing_to_migrate"),
                education == null ? null : Education.valueOf(education),
                row.getObject("birth_date", LocalDate.class),
                strings(row.getArray("skills")),
                strings(row.getArray("wanted_jobs")));
    }

    List<StoredWorker> findAll(List<UUID> ids) {
        return jdbc.sql("select " + COLUMNS + " from worker where id = any(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .query(WorkerRows::stored)
                .list();
    }

    Optional<WorkerId> findByResidentId(ResidentId residentId) {
        return jdbc.sql("select id from worker where resident_id = :residentId")
                .param("residentId", residentId.value())
                .query((row, n) -> new WorkerId(row.getObject("id", UUID.class)))
                .optional();
    }

    private static Map<String, Object> profileParameters(WorkerProfile profile) {
        String phone = profile.phone() == null ? null : profile.phone().value();
        SearchKeys keys = SearchKeys.of(profile.name(), profile.residentId().value(), phone);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("residentId", profile.residentId().value());
        parameters.put("name", profile.name());
        parameters.put("sex", profile.residentId().sex().name());
        parameters.put("birthDate", profile.residentId().birthDate());
        parameters.put("county", profile.householdCounty().value());
        parameters.put("phone", phone);
        parameters.put("registeredPoor", profile.registeredPoor());
        parameters.put("poorHouseholdNo", profile.poorHouseholdNo());
        parameters.put("laborCapacity", profile.laborCapacity().name());
        parameters.put("willingToMigrate", profile.willingToMigrate());
        parameters.put(
                "education",
                profile.education() == null ? null : profile.education().name());
        parameters.put("skills", profile.skills().toArray(String[]::new));
        parameters.put("wantedJobs", profile.wantedJobs().toArray(String[]::new));
        parameters.put("situation", profile.situation().name());
        parameters.put("notes", profile.notes());
        parameters.put("nameSimplified", keys.nameSimplified());
        parameters.put("namePinyin", keys.namePinyin());
        parameters.put("namePinyinSurname", keys.namePinyinSurname());
        parameters.put("nameInitials", keys.nameInitials());
        parameters.put("nameInitialsSurname", keys.nameInitialsSurname());
        parameters.put("residentIdReversed", keys.residentIdReversed());
        parameters.put("phoneReversed", keys.phoneReversed());
        return parameters;
    }

    static StoredWorker stored(ResultSet row, int rowNumber) throws SQLException {
        String phone = row.getString("phone");
        String education = row.getString("education");
        WorkerProfile profile = new WorkerProfile(
                row.getString("name"),
                ResidentId.parse(row.getString("resident_id")),
                RegionCode.of(row.getString("household_county")),
                phone == null ? null : PhoneNumber.parse(phone),
                row.getBoolean("registered_poor"),
                row.getString("poor_household_no"),
                LaborCapacity.valueOf(row.getString("labor_capacity")),
                row.getBoolean("willing_to_migrate"),
                education == null ? null : Education.valueOf(education),
                strings(row.getArray("skills")),
                strings(row.getArray("wanted_jobs")),
                Situation.valueOf(row.getString("situation")),
                row.getString("notes"));
        UUID duplicateOf = row.getObject("duplicate_of", UUID.class);
        return new StoredWorker(
                new WorkerId(row.getObject("id", UUID.class)),
                profile,
                row.getString("poor_confirmed_by"),
                instant(row, "poor_confirmed_at"),
                duplicateOf,
                instant(row, "created_at"),
                row.getString("created_by"),
                instant(row, "updated_at"),
                row.getInt("version"));
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime timestamp(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** Matching facts of those among {@code ids} seeking work; the same conditions as the recommendations use. */
    List<SeekingWorker> seekingAmong(List<UUID> ids) {
        return jdbc.sql(SEEKING + " and id = any(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .query(WorkerRows::seeking)
                .list();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.copyOf(Arrays.asList((String[]) array.getArray()));
    }
}
