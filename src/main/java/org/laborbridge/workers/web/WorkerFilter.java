package org.laborbridge.workers.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerQuery;

/**
 * The list page's search and filters exactly as typed, so the form shows them back unchanged.
 * Everything is text and parsed leniently: a tampered sort or filter value narrows nothing rather
 * than failing, and never reaches SQL as it was sent.
 */
record WorkerFilter(
        String q,
        String region,
        String registeredPoor,
        String situation,
        String willingToMigrate,
        String sort,
        String descending,
        Integer page) {

    static final int PAGE_SIZE = WorkerQuery.DEFAULT_SIZE;
    static final String DEFAULT_SORT = "createdAt";

    WorkerQuery toQuery() {
        boolean sorted = WorkerQuery.SORTS.contains(sort);
        return new WorkerQuery(
                blankToNull(q),
                blank(region) ? List.of() : List.of(region.strip()),
                yesNo(registeredPoor),
                situationOrNull(),
                yesNo(willingToMigrate),
                sorted ? sort : DEFAULT_SORT,
                sorted ? "true".equals(descending) : true,
                currentPage(),
                PAGE_SIZE);
    }

    int currentPage() {
        return page == null || page < 0 ? 0 : page;
    }

    String sortOrDefault() {
        return WorkerQuery.SORTS.contains(sort) ? sort : DEFAULT_SORT;
    }

    boolean descendingOrDefault() {
        return WorkerQuery.SORTS.contains(sort) ? "true".equals(descending) : true;
    }

    /** The same filters as a query string, for the paging links and the export buttons. */
    String parameters() {
        StringJoiner query = new StringJoiner("&");
        add(query, "q", q);
        add(query, "region", region);
        add(query, "registeredPoor", registeredPoor);
        add(query, "situation", situation);
        add(query, "willingToMigrate", willingToMigrate);
        add(query, "sort", sortOrDefault());
        add(query, "descending", String.valueOf(descendingOrDefault()));
        return query.toString();
    }

    String parameters(int otherPage) {
        String filters = parameters();
        return filters.isEmpty() ? "page=" + otherPage : filters + "&page=" + otherPage;
    }

    private static void add(StringJoiner query, String name, String value) {
        if (!blank(value)) {
            query.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }

    private Situation situationOrNull() {
        if (blank(situation)) {
            return null;
        }
        String wanted = situation.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(Situation.values())
                .filter(candidate -> candidate.name().equals(wanted))
                .findFirst()
                .orElse(null);
    }

    private static Boolean yesNo(String value) {
        if ("true".equals(value)) {
            return Boolean.TRUE;
        }
        return "false".equals(value) ? Boolean.FALSE : null;
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
