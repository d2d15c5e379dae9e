package org.laborbridge.workshops;

/** List filters: a region code at any level, a status, a type; pages start at 0. */
public record WorkshopQuery(String region, WorkshopStatus status, WorkshopType type, int page, int size) {

    public WorkshopQuery {
        region = Text.blankToNull(region);
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, 200);
    }
}
