package org.laborbridge.transport.web;

import org.laborbridge.placements.PlacementId;
import org.laborbridge.transport.DemandQuery;
import org.laborbridge.transport.DemandStatus;
import org.laborbridge.transport.forms.TypedFields;

/**
 * The demand list's filter as typed; malformed values are ignored, like the trip list's.
 * {@code placement} narrows the list to one placement's demands (the placement page's link).
 */
record DemandFilter(String status, String region, String from, String to, String placement, Integer page) {

    DemandQuery toQuery() {
        TypedFields lenient = new TypedFields();
        return new DemandQuery(
                lenient.choice(DemandStatus.class, status, "status"),
                region == null || region.isBlank() ? null : region.strip(),
                lenient.day(from, "from"),
                lenient.day(to, "to"),
                page == null ? 0 : Math.max(0, page),
                DemandQuery.DEFAULT_SIZE,
                lenient.id(placement, "placement", PlacementId::parse));
    }

    public String parameters(int atPage) {
        return FilterParameters.of("status", status, "region", region, "from", from, "to", to, "placement", placement)
                .atPage(atPage);
    }
}
