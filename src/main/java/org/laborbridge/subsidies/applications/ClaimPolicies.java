package org.laborbridge.subsidies.applications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.laborbridge.subsidies.PolicyId;
import org.laborbridge.subsidies.PolicyVersion;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.policy.PolicyKind;
import org.laborbridge.subsidies.policy.PolicyTerms;
import org.laborbridge.subsidies.policy.PolicyTermsJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The policies as claims need them. An enterprise or a worker may not browse the catalogue, yet
 * their claim names a policy and is judged by its terms: the claim reads the version here, and
 * shows only what concerns that claim.
 */
@Repository
class ClaimPolicies {

    private static final String SELECT = """
            select p.id, p.code, p.name, v.version, v.terms::text as terms, v.created_by, v.created_at
            from subsidy_policy p join subsidy_policy_version v on v.policy_id = p.id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ClaimPolicies(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<PolicyView> latest(String code) {
        return jdbc.sql(SELECT + " where p.code = :code order by v.version desc limit 1")
                .param("code", code)
                .query(this::view)
                .optional();
    }

    PolicyTerms terms(PolicyVersion version) {
        return jdbc.sql(SELECT + " where p.id = :id and v.version = :version")
                .param("id", version.policy().value())
                .param("version", version.version())
                .query(this::view)
                .single()
                .terms();
    }

    /** The latest version of every policy of the kind. */
    List<PolicyView> latestOfKind(PolicyKind kind) {
        return jdbc.sql(SELECT + """
                         where v.version = (select max(version) from subsidy_policy_version where policy_id = p.id)
                           and v.terms ->> 'kind' = :kind
                         order by p.code
                        """)
                .param("kind", kind.name())
                .query(this::view)
                .list();
    }

    private PolicyView view(ResultSet row, int number) throws SQLException {
        return new PolicyView(
                new PolicyVersion(new PolicyId(row.getObject("id", UUID.class)), row.getInt("version")),
                row.getString("code"),
                row.getString("name"),
                PolicyTermsJson.read(json.readTree(row.getString("terms"))),
                row.getString("created_by"),
                row.getTimestamp("created_at").toInstant());
    }
}
