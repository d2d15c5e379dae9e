package org.laborbridge.placements.core;

import java.util.Map;
import org.laborbridge.identity.Caller;

/**
 * The caller's scope as a condition on placement rows (or any row keeping {@code household_county},
 * {@code employer_id} and {@code worker_id}), so lists and counts are narrowed by the database,
 * not after paging. A partner's region code covers the counties it is a prefix of once its
 * trailing zero pairs are dropped (433100 → 4331…), as {@link Caller#coversRegion} decides.
 */
record PlacementScope(String condition, Map<String, Object> parameters) {

    static PlacementScope of(Caller caller, String alias) {
        String column = alias.isEmpty() ? "" : alias + ".";
        return switch (caller.role()) {
            case ADMIN, CASEWORKER, APPROVER -> new PlacementScope("true", Map.of());
            case PARTNER ->
                new PlacementScope(
                        column + "household_county like any (select regexp_replace(code, '(00){1,2}$', '') || '%'"
                                + " from unnest(cast(:scopeRegions as text[])) code)",
                        Map.of("scopeRegions", caller.regionCodes().toArray(String[]::new)));
            case EMPLOYER -> byId(column + "employer_id", caller.employerId());
            case WORKER -> byId(column + "worker_id", caller.workerId());
        };
    }

    private static PlacementScope byId(String column, Object id) {
        if (id == null) {
            return new PlacementScope("false", Map.of());
        }
        return new PlacementScope(column + " = :scopeId", Map.of("scopeId", id));
    }
}
