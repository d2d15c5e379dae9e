package org.laborbridge.fairs;

/** Filters of the fair list; null means any. {@code hostRegion} is a code at any level. */
public record FairQuery(Campaign campaign, FairKind kind, FairStatus status, String hostRegion, int page, int size) {

    public static final int MAX_SIZE = 100;

    public FairQuery {
        page = Math.max(page, 0);
        size = size < 1 ? 20 : Math.min(size, MAX_SIZE);
    }

    public static FairQuery all(int page, int size) {
        return new FairQuery(null, null, null, null, page, size);
    }
}
