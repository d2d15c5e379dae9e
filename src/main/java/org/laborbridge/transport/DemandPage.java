package org.laborbridge.transport;

import java.util.List;

/** One page of transport demands and how many match in all. */
public record DemandPage(List<DemandView> items, long total, int page, int size) {

    public DemandPage {
        items = List.copyOf(items);
    }
}
