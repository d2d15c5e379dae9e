package org.laborbridge.subsidies.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.laborbridge.subsidies.PolicyId;
import org.laborbridge.subsidies.PolicyVersion;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.policy.PolicyTerms;
import org.laborbridge.subsidies.policy.PolicyTermsJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Stored policies and their versions; versions are only ever inserted. */
@Repository
class PolicyRows {

    private static final String SELECT = """
            select p.id, p.code, p.name, v.version, v.terms::text as terms, v.created_by, v.created_at
            from subsidy_policy p join subsidy_policy_version v on v.policy_id = p.id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PolicyRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    boolean codeTaken(String code) {
        return jdbc.sql("select exists (select 1 from subsidy_policy where code = :code)")
                .param("code", code)
                .query(Boolean.class)
                .single();
    }

    void insertPolicy(PolicyId id, String code, String name) {
        jdbc.sql("insert into subsidy_policy (id, code, name) values (:id, :code, :name)")
                .param("id", id.value())
                .param("code", code)
                .param("name", name)
                .update();
    }

    /** Locks the policy until the transaction ends, so that two revisions never take the same number. */
    Optional<PolicyId> lock(String code) {
        return jdbc.sql("select id from subsidy_policy where code = :code for update")
                .param("code", code)
                .query((row, number) -> new PolicyId(row.getObject("id", UUID.class)))
                .optional();
    }

    int nextVersion(PolicyId policy) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from subsidy_policy_version where policy_id = :policy")
                .param("policy", policy.value())
                .query(Integer.class)
                .single();
    }

    void insertVersion(PolicyVersion version, PolicyTerms terms, String createdBy) {
        jdbc.sql("""
                        insert into subsidy_policy_version
                            (policy_id, version, terms, valid_from, valid_to, budget_fen, created_by)
                        values (:policy, :version, cast(:terms as jsonb), :validFrom, :validTo, :budget, :createdBy)
                        """)
                .param("policy", version.policy().value())
                .param("version", version.version())
                .param("terms", json.writeValueAsString(PolicyTermsJson.write(terms)))
                .param("validFrom", terms.validity().from())
                .param("validTo", terms.validity().to())
                .param("budget", terms.budget().fen())
                .param("createdBy", createdBy)
                .update();
    }

    Optional<PolicyView> latest(String code) {
        return jdbc.sql(SELECT + " where p.code = :code order by v.version desc limit 1")
                .param("code", code)
                .query(this::view)
                .optional();
    }

    Optional<PolicyView> version(String code, int version) {
        return jdbc.sql(SELECT + " where p.code = :code and v.version = :version")
                .param("code", code)
                .param("version", version)
                .query(this::view)
                .optional();
    }

    Optional<PolicyView> version(PolicyVersion version) {
        return jdbc.sql(SELECT + " where p.id = :id and v.version = :version")
                .param("id", version.policy().value())
                .param("version", version.version())
                .query(this::view)
                .optional();
    }

    List<PolicyView> history(String code) {
        return jdbc.sql(SELECT + " where p.code = :code order by v.version")
                .param("code", code)
                .query(this::view)
                .list();
    }

    List<PolicyView> latestOfEach() {
        return jdbc.sql(SELECT + """
                         where v.version = (select max(version) from subsidy_policy_version
                                            where policy_id = p.id)
                         order by p.code
                        """).query(this::view).list();
    }

    private PolicyView view(ResultSet row, int number) throws SQLException {
        Timestamp createdAt = row.getTimestamp("created_at");
        return new PolicyView(
                new PolicyVersion(new PolicyId(row.getObject("id", UUID.class)), row.getInt("version")),
                row.getString("code"),
                row.getString("name"),
                PolicyTermsJson.read(json.readTree(row.getString("terms"))),
                row.getString("created_by"),
                createdAt.toInstant());
    }
}
