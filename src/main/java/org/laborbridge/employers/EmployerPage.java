package org.laborbridge.employers;

import java.util.List;

/** One page of enterprises and how many match in all. */
public record EmployerPage(List<EmployerView> items, long total, int page, int size) {

    public EmployerPage {
        items = List.copyOf(items);
    }
}
