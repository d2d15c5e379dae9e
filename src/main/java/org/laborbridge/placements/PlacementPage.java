package org.laborbridge.placements;

import java.util.List;

/** One page of placements and how many match in all. */
public record PlacementPage(List<PlacementView> items, long total, int page, int size) {

    public PlacementPage {
        items = List.copyOf(items);
    }
}
