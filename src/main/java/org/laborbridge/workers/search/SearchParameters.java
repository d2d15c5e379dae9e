package org.laborbridge.workers.search;

import java.util.List;
import java.util.Locale;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerQuery;

/**
 * Request parameters as the API and the pages take them, made into a {@link WorkerQuery}:
 * {@code sort} is a field name, descending when written {@code -name} or {@code name,desc}.
 */
public final class SearchParameters {

    private SearchParameters() {}

    public static WorkerQuery query(
            String q,
            List<String> regions,
            Boolean registeredPoor,
            String situation,
            Boolean willingToMigrate,
            String sort,
            int page,
            int size) {
        String order = sort == null ? "" : sort.strip();
        boolean descending =
                order.startsWith("-") || order.toLowerCase(Locale.ROOT).endsWith(",desc");
        String field = order.replaceFirst("^-", "").replaceFirst("(?i),(asc|desc)$", "");
        return new WorkerQuery(
                q, regions, registeredPoor, situation(situation), willingToMigrate, field, descending, page, size);
    }

    private static Situation situation(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Situation.valueOf(typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException(
                    Violation.of("situation", "UNKNOWN", "invalid.choice.UNKNOWN", typed.strip()));
        }
    }
}
