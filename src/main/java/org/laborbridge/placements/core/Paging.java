package org.laborbridge.placements.core;

/** Page sizes outside the allowed range fall back to the default rather than failing a list. */
final class Paging {

    private Paging() {}

    static int size(int requested, int fallback, int max) {
        return requested < 1 || requested > max ? fallback : requested;
    }
}
