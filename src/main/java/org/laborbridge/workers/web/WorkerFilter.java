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
        boolean sorted = knownSort();
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

    // The page template calls the methods below, and SpEL only calls public methods.

    int currentPage() {
        return page == null || page < 0 ? 0 : page;
    }

    public String sortOrDefault() {
        return knownSort() ? sort : DEFAULT_SORT;
    }

    public boolean descendingOrDefault() {
        return knownSort() ? "true".equals(descending) : true;
    }

    /** The same filters as a query string, for the paging links and the export buttons. */
    public String parameters() {
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

    /** The filters as the JSON API and the export read them, where a leading minus sorts descending. */
    public String exportParameters() {
        StringJoiner query = new StringJoiner("&");
        add(query, "q", q);
        add(query, "region", region);
        add(query, "registeredPoor", yesNo(registeredPoor) == null ? null : registeredPoor);
        add(query, "situation", situationOrNull() == null ? null : situation);
        add(query, "willingToMigrate", yesNo(willingToMigrate) == null ? null : willingToMigrate);
        add(query, "sort", (descendingOrDefault() ? "-" : "") + sortOrDefault());
        return query.toString();
    }

    public String parameters(int otherPage) {
        String filters = parameters();
        return filters.isEmpty() ? "page=" + otherPage : filters + "&page=" + otherPage;
    }

    private static void add(StringJoiner query, String name, String value) {
        if (!blank(value)) {
            query.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }

    // List.of(..).contains(null) throws rather than answering false.
    private boolean knownSort() {
        return sort != null && WorkerQuery.SORTS.contains(sort);
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
