package org.laborbridge.transport.trips;

import java.util.Map;
import org.laborbridge.identity.Caller;

/**
 * The caller's sight as a condition on {@code trip t}, so lists and counts are narrowed by the
 * database, not after paging; it says in SQL what {@link TripAccess#maySee} says in Java. A
 * partner's region code covers the codes it is a prefix of once its trailing zero pairs are
 * dropped (433100 → 4331…), as {@link Caller#coversRegion} decides.
 */
record TripScope(String condition, Map<String, Object> parameters) {

    private static final String PREFIXES =
            "any (select regexp_replace(code, '(00){1,2}$', '') || '%' from unnest(cast(:scopeRegions as text[])) code)";

    static TripScope of(Caller caller) {
        return switch (caller.role()) {
            case ADMIN, CASEWORKER, APPROVER -> new TripScope("true", Map.of());
            case PARTNER ->
                new TripScope(
                        "(t.origin like " + PREFIXES + " or exists (select 1 from manifest_line s"
                                + " where s.trip_id = t.id and s.status <> 'REMOVED' and s.household_county like "
                                + PREFIXES + "))",
                        Map.of("scopeRegions", caller.regionCodes().toArray(String[]::new)));
            case EMPLOYER -> onLine("employer_id", caller.employerId());
            case WORKER -> onLine("worker_id", caller.workerId());
        };
    }

    private static TripScope onLine(String column, Object id) {
        if (id == null) {
            return new TripScope("false", Map.of());
        }
        return new TripScope(
                "exists (select 1 from manifest_line s where s.trip_id = t.id and s.status <> 'REMOVED' and s." + column
                        + " = :scopeId)",
                Map.of("scopeId", id));
    }
}
