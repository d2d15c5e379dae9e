package org.laborbridge.fairs;

import java.util.List;

/** One page of applications and how many match in all. */
public record ApplicationPage(List<ApplicationView> items, long total, int page, int size) {

    public ApplicationPage {
        items = List.copyOf(items);
    }
}
