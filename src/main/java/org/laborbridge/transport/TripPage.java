package org.laborbridge.transport;

import java.util.List;

/** One page of trips and how many match in all. */
public record TripPage(List<TripView> items, long total, int page, int size) {

    public TripPage {
        items = List.copyOf(items);
    }
}
