package org.laborbridge.workers;

import java.util.List;

/**
 * A search of the registry. {@code q} is a name in either script, pinyin, initials or the last
 * digits of an ID or phone number; {@code regions} are codes at any level or names; {@code sort}
 * is one of {@link #SORTS}; {@code page} counts from 0 and {@code size} is 1 to {@link #MAX_SIZE}.
 */
public record WorkerQuery(
        String q,
        List<String> regions,
        Boolean registeredPoor,
        Situation situation,
        Boolean willingToMigrate,
        String sort,
        boolean descending,
        int page,
        int size) {

    public static final List<String> SORTS = List.of("name", "birthDate", "householdRegion", "createdAt");
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public WorkerQuery {
        regions = regions == null ? List.of() : List.copyOf(regions);
    }

    /** Everything, newest first: the list a caseworker opens with. */
    public static WorkerQuery all(int page, int size) {
        return new WorkerQuery(null, List.of(), null, null, null, "createdAt", true, page, size);
    }

    public WorkerQuery withPage(int newPage, int newSize) {
        return new WorkerQuery(
                q, regions, registeredPoor, situation, willingToMigrate, sort, descending, newPage, newSize);
    }
}
