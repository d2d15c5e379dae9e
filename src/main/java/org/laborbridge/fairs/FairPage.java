package org.laborbridge.fairs;

import java.util.List;

/** One page of the fair list and how many fairs match in all. */
public record FairPage(List<FairView> items, long total, int page, int size) {

    public FairPage {
        items = List.copyOf(items);
    }
}
