package org.laborbridge.subsidies.eligibility;

import java.util.List;
import java.util.UUID;
import org.laborbridge.subsidies.policy.BasisKind;
import org.laborbridge.workers.WorkerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A worker's claims that still count (every status but REJECTED), with what once-per-person,
 * exclusions and the basis check need to know of each: the policy, the version's exclusions, the
 * once scope and the basis.
 */
@Repository
class LiveClaims {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    LiveClaims(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<LiveClaim> of(WorkerId worker) {
        return jdbc.sql("""
                        select a.number, a.policy_id, p.code, v.terms -> 'excludes' as excludes, a.once_scope,
                            a.basis_kind, a.basis_id
                        from subsidy_application a
                            join subsidy_policy p on p.id = a.policy_id
                            join subsidy_policy_version v on v.policy_id = a.policy_id and v.version = a.policy_version
                        where a.worker_id = :worker and a.status <> 'REJECTED'
                        order by a.created_at, a.number
                        """)
                .param("worker", worker.value())
                .query((row, number) -> new LiveClaim(
                        row.getString("number"),
                        row.getObject("policy_id", UUID.class),
                        row.getString("code"),
                        codes(row.getString("excludes")),
                        row.getString("once_scope"),
                        BasisKind.valueOf(row.getString("basis_kind")),
                        row.getObject("basis_id", UUID.class)))
                .list();
    }

    private List<String> codes(String array) {
        if (array == null) {
            return List.of();
        }
        JsonNode node = json.readTree(array);
        return node.isArray() ? node.values().stream().map(JsonNode::asString).toList() : List.of();
    }

    /** One live claim of the worker. */
    record LiveClaim(
            String number,
            UUID policyId,
            String policyCode,
            List<String> excludes,
            String onceScope,
            BasisKind basisKind,
            UUID basisId) {

        LiveClaim {
            excludes = List.copyOf(excludes);
        }

        boolean restsOn(BasisKind kind, UUID id) {
            return basisKind == kind && basisId.equals(id);
        }
    }
}
