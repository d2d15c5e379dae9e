package org.laborbridge.fairs;

import java.util.List;

/** One page of a fair's sign-ups as the caller may see them, and how many that is in all. */
public record SignUpList(List<SignUpView> items, long total, int page, int size) {

    public SignUpList {
        items = List.copyOf(items);
    }
}
