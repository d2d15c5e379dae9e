package org.laborbridge.reporting.dashboard;

import java.util.List;
import org.laborbridge.reporting.SummaryQuery;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard's filter as typed in its GET form: one region code (blank: everything the caller
 * may see) and the months from–to as {@code yyyy-MM} (blank: open). Statistics reads and refuses
 * it, so the page and the API refuse the same things with the same words.
 */
public record DashboardFilter(String region, String from, String to) {

    public DashboardFilter {
        region = blankToEmpty(region);
        from = blankToEmpty(from);
        to = blankToEmpty(to);
    }

    SummaryQuery query() {
        return new SummaryQuery(region.isEmpty() ? List.of() : List.of(region), from, to);
    }

    /** The query string carrying this filter, for links and downloads ({@code ""} when empty). */
    public String parameters() {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        given(uri, "region", region);
        given(uri, "from", from);
        given(uri, "to", to);
        String query = uri.build().encode().getQuery();
        return query == null ? "" : "?" + query;
    }

    private static void given(UriComponentsBuilder uri, String name, String value) {
        if (!value.isEmpty()) {
            uri.queryParam(name, value);
        }
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
