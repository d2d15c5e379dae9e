package org.laborbridge.transport.web;

import org.laborbridge.transport.TransportMode;
import org.laborbridge.transport.TripQuery;
import org.laborbridge.transport.TripStatus;
import org.laborbridge.transport.forms.TypedFields;

/**
 * The trip list's filter as typed: status, mode, origin region and a period of planned departure.
 * Malformed values are ignored rather than refused (their refusals are never checked): a filter
 * that matches nothing already says so.
 */
record TripFilter(String status, String mode, String region, String from, String to, Integer page) {

    TripQuery toQuery() {
        TypedFields lenient = new TypedFields();
        return new TripQuery(
                lenient.choice(TripStatus.class, status, "status"),
                lenient.choice(TransportMode.class, mode, "mode"),
                region == null || region.isBlank() ? null : region.strip(),
                lenient.day(from, "from"),
                lenient.day(to, "to"),
                page == null ? 0 : Math.max(0, page),
                TripQuery.DEFAULT_SIZE);
    }

    /** The query string of this filter at another page. */
    public String parameters(int atPage) {
        return FilterParameters.of("status", status, "mode", mode, "region", region, "from", from, "to", to)
                .atPage(atPage);
    }
}
