package org.laborbridge.employers.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.shared.ChineseText;
import org.laborbridge.shared.CreditCode;
import org.laborbridge.shared.PhoneNumber;
import org.laborbridge.shared.RegionCode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code employer} table; the search key is derived here so no write can forget it. */
@Repository
class EmployerRows {

    private static final String COLUMNS = """
            id, credit_code, name, industry, region_code, address, contact_name, contact_phone,
            verified_by, verified_at""";

    /** Unscoped searches (bureau staff, partners) pass no own enterprise. */
    private static final String SCOPED_MATCH = """
            where (cast(:own as uuid) is null or id = :own)
              and (:q = '' or name_key like :contains or credit_code like :prefix)""";

    private final JdbcClient jdbc;

    EmployerRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the credit code is registered already, also by a registration running alongside. */
    boolean insertIfAbsent(EmployerId id, EnterpriseProfile profile, String actor, Instant at) {
        return jdbc.sql("""
                        insert into employer (id, credit_code, name, name_key, industry, region_code, address,
                            contact_name, contact_phone, created_at, created_by, updated_at)
                        values (:id, :creditCode, :name, :nameKey, :industry, :region, :address,
                            :contactName, :contactPhone, :at, :actor, :at)
                        on conflict (credit_code) do nothing
                        """)
                        .params(parameters(profile))
                        .param("id", id.value())
                        .param("actor", actor)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    /** False when the new credit code belongs to another enterprise. */
    boolean update(EmployerId id, EnterpriseProfile profile, boolean keepVerification, Instant at) {
        try {
            jdbc.sql("""
                            update employer set credit_code = :creditCode, name = :name, name_key = :nameKey,
                                industry = :industry, region_code = :region, address = :address,
                                contact_name = :contactName, contact_phone = :contactPhone,
                                verified_by = case when :keep then verified_by end,
                                verified_at = case when :keep then verified_at end,
                                updated_at = :at
                            where id = :id
                            """)
                    .params(parameters(profile))
                    .param("id", id.value())
                    .param("keep", keepVerification)
                    .param("at", Timestamp.from(at))
                    .update();
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    /** Keeps the first verification: who checked first is what counts. */
    void verify(EmployerId id, String by, Instant at) {
        jdbc.sql("""
                        update employer set verified_by = :by, verified_at = :at, updated_at = :at
                        where id = :id and verified_at is null
                        """)
                .param("id", id.value())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    Optional<StoredEmployer> find(EmployerId id) {
        return jdbc.sql("select " + COLUMNS + " from employer where id = :id")
                .param("id", id.value())
                .query(EmployerRows::stored)
                .optional();
    }

    Optional<String> nameOf(EmployerId id) {
        return jdbc.sql("select name from employer where id = :id")
                .param("id", id.value())
                .query(String.class)
                .optional();
    }

    List<StoredEmployer> search(String q, EmployerId own, int page, int size) {
        return jdbc.sql("select " + COLUMNS + " from employer " + SCOPED_MATCH
                        + " order by name_key, id limit :size offset :offset")
                .params(matching(q, own))
                .param("size", size)
                .param("offset", (long) page * size)
                .query(EmployerRows::stored)
                .list();
    }

    long count(String q, EmployerId own) {
        return jdbc.sql("select count(*) from employer " + SCOPED_MATCH)
                .params(matching(q, own))
                .query(Long.class)
                .single();
    }

    /** Enterprise names in either script match; {@code %} and {@code _} typed by people are literal. */
    private static Map<String, Object> matching(String q, EmployerId own) {
        String text = q == null ? "" : ChineseText.normalise(q).toLowerCase(Locale.ROOT);
        String literal = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("own", own == null ? null : own.value());
        parameters.put("q", text);
        parameters.put("contains", "%" + literal + "%");
        parameters.put("prefix", literal.toUpperCase(Locale.ROOT) + "%");
        return parameters;
    }

    private static Map<String, Object> parameters(EnterpriseProfile profile) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("creditCode", profile.creditCode().value());
        parameters.put("name", profile.name());
        parameters.put("nameKey", ChineseText.normalise(profile.name()).toLowerCase(Locale.ROOT));
        parameters.put("industry", profile.industry());
        parameters.put("region", profile.region().value());
        parameters.put("address", profile.address());
        parameters.put("contactName", profile.contactName());
        parameters.put(
                "contactPhone",
                profile.contactPhone() == null ? null : profile.contactPhone().value());
        return parameters;
    }

    private static StoredEmployer stored(ResultSet row, int rowNumber) throws SQLException {
        String phone = row.getString("contact_phone");
        Timestamp verifiedAt = row.getTimestamp("verified_at");
        return new StoredEmployer(
                new EmployerId(row.getObject("id", UUID.class)),
                new EnterpriseProfile(
                        CreditCode.parse(row.getString("credit_code")),
                        row.getString("name"),
                        row.getString("industry"),
                        RegionCode.of(row.getString("region_code")),
                        row.getString("address"),
                        row.getString("contact_name"),
                        phone == null ? null : PhoneNumber.parse(phone)),
                row.getString("verified_by"),
                verifiedAt == null ? null : verifiedAt.toInstant());
    }
}
