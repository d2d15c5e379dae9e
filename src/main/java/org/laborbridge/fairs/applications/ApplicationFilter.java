package org.laborbridge.fairs.applications;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.laborbridge.fairs.ApplicationQuery;
import org.laborbridge.identity.Caller;

/**
 * A query's criteria and the caller's scope as one SQL condition: the scope is part of the query,
 * so a page never counts or shows what the caller may not see.
 */
final class ApplicationFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    private ApplicationFilter() {}

    static ApplicationFilter of(ApplicationQuery query, Caller caller) {
        ApplicationFilter filter = new ApplicationFilter();
        filter.scope(caller);
        filter.equal("worker_id", query.worker() == null ? null : query.worker().value());
        filter.equal(
                "employer_id",
                query.employer() == null ? null : query.employer().value());
        filter.equal(
                "posting_id", query.posting() == null ? null : query.posting().value());
        filter.equal("fair_id", query.fair() == null ? null : query.fair().value());
        filter.equal("status", query.status() == null ? null : query.status().name());
        return filter;
    }

    private void scope(Caller caller) {
        switch (caller.role()) {
            case ADMIN, CASEWORKER, APPROVER -> {}
            case PARTNER -> partnerRegions(caller.regionCodes());
            case EMPLOYER -> self("employer_id", caller.employerId());
            case WORKER -> self("worker_id", caller.workerId());
        }
    }

    /** A prefecture or province code covers the counties that start with its significant digits. */
    private void partnerRegions(List<String> regions) {
        if (regions.isEmpty()) {
            conditions.add("false");
            return;
        }
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            alternatives.add("household_county like regexp_replace(:scope" + i + ", '(00)+$', '') || '%'");
            parameters.put("scope" + i, regions.get(i));
        }
        conditions.add("(" + String.join(" or ", alternatives) + ")");
    }

    /** A user not yet linked to their enterprise or worker record sees nothing. */
    private void self(String column, UUID id) {
        if (id == null) {
            conditions.add("false");
        } else {
            conditions.add(column + " = :self");
            parameters.put("self", id);
        }
    }

    private void equal(String column, Object value) {
        if (value != null) {
            conditions.add(column + " = :" + column);
            parameters.put(column, value);
        }
    }

    String where() {
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }
}
