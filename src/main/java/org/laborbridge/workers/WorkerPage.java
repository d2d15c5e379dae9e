package org.laborbridge.workers;

import java.util.List;

/** One page of a search and how many workers match in all. */
public record WorkerPage(List<WorkerSummary> items, long total, int page, int size) {

    public WorkerPage {
        items = List.copyOf(items);
    }
}
