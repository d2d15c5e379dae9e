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

    /**
     * The same prefixes as ranges of six-digit codes (4331 → 433100–433199): a partner's lines are
     * then read from the county index instead of testing every line of every trip, which kept a
     * partner's trip list at half a second with the demo's 185,300 travellers.
     */
    private static final String COUNTY_RANGES = "(select rpad(prefix, 6, '0') low, rpad(prefix, 6, '9') high"
            + " from (select regexp_replace(code, '(00){1,2}$', '') prefix"
            + " from unnest(cast(:scopeRegions as text[])) code) prefixes) r";

    static TripScope of(Caller caller) {
        return switch (caller.role()) {
            case ADMIN, CASEWORKER, APPROVER -> new TripScope("true", Map.of());
            case PARTNER ->
                new TripScope(
                        "(t.origin like " + PREFIXES + " or t.id in (select s.trip_id from manifest_line s join "
                                + COUNTY_RANGES + " on s.household_county between r.low and r.high"
                                + " where s.status <> 'REMOVED'))",
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
