package org.laborbridge.placements.web;

import org.laborbridge.employers.EmployerId;
import org.laborbridge.placements.PlacementQuery;
import org.laborbridge.placements.PlacementStatus;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The list's filter form as typed: unknown values are ignored rather than refused, because a
 * filter that matches nothing already says so.
 */
record PlacementFilter(String status, String employer, String month, Integer page) {

    PlacementQuery toQuery() {
        return new PlacementQuery(
                statusOrNull(),
                employer == null ? null : EmployerId.parse(employer).orElse(null),
                FormDates.month(month),
                page == null ? 0 : page,
                PlacementQuery.DEFAULT_SIZE);
    }

    private PlacementStatus statusOrNull() {
        for (PlacementStatus candidate : PlacementStatus.values()) {
            if (candidate.name().equals(status)) {
                return candidate;
            }
        }
        return null;
    }

    /** The query string of this filter at another page. */
    public String parameters(int atPage) {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        given(uri, "status", status);
        given(uri, "employer", employer);
        given(uri, "month", month);
        return uri.queryParam("page", atPage).build().encode().getQuery();
    }

    private static void given(UriComponentsBuilder uri, String name, String value) {
        if (value != null && !value.isBlank()) {
            uri.queryParam(name, value);
        }
    }
}
