package org.laborbridge.reporting;

import java.util.List;

/**
 * A summary request as typed: region codes at any level (none: everything the caller may see),
 * and the period as {@code yyyy-MM} or an ISO date (either may be blank: open-ended).
 */
public record SummaryQuery(List<String> regions, String from, String to) {

    public SummaryQuery {
        regions = regions == null
                ? List.of()
                : regions.stream()
                        .filter(r -> r != null && !r.isBlank())
                        .map(String::strip)
                        .toList();
    }

    public static SummaryQuery everything() {
        return new SummaryQuery(List.of(), null, null);
    }
}
