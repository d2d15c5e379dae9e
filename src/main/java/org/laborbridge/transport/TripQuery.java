package org.laborbridge.transport;

import java.time.LocalDate;

/**
 * A filtered list of trips within the caller's scope, latest planned departure first. Every filter
 * is optional: {@code region} is a region code at any level matching the origin;
 * {@code from}/{@code to} bound the planned departure day (both included).
 */
public record TripQuery(
        TripStatus status, TransportMode mode, String region, LocalDate from, LocalDate to, int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public static TripQuery all(int page, int size) {
        return new TripQuery(null, null, null, null, null, page, size);
    }
}
