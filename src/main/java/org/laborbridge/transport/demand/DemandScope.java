package org.laborbridge.transport.demand;

import java.util.Map;
import org.laborbridge.identity.Caller;

/**
 * The caller's scope as a condition on demand rows, so lists and counts are narrowed by the
 * database, not after paging. A partner's region code covers the counties it is a prefix of once
 * its trailing zero pairs are dropped (433100 → 4331…), as {@link Caller#coversRegion} decides.
 */
record DemandScope(String condition, Map<String, Object> parameters) {

    static DemandScope of(Caller caller) {
        return switch (caller.role()) {
            case ADMIN, CASEWORKER, APPROVER -> new DemandScope("true", Map.of());
            case PARTNER ->
                new DemandScope(
                        "household_county like any (select regexp_replace(code, '(00){1,2}$', '') || '%'"
                                + " from unnest(cast(:scopeRegions as text[])) code)",
                        Map.of("scopeRegions", caller.regionCodes().toArray(String[]::new)));
            case EMPLOYER ->
                caller.employerId() == null
                        ? new DemandScope("false", Map.of())
                        : new DemandScope("employer_id = :scopeId", Map.of("scopeId", caller.employerId()));
            case WORKER -> new DemandScope("false", Map.of());
        };
    }
}
