package org.laborbridge.subsidies;

import java.util.List;

public record ApplicationPage(List<ApplicationView> items, long total, int page, int size) {

    public ApplicationPage {
        items = List.copyOf(items);
    }
}
