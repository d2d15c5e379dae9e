package org.laborbridge.placements;

import java.util.List;

/**
 * One page of the retention due list, oldest first, with the counts the to-do header shows:
 * checks already overdue, and checks falling due within the coming seven days (today included).
 * Counts cover the caller's whole scope, not only this page.
 */
public record DueCheckPage(
        List<DueRetentionCheck> items, long total, long overdue, long dueThisWeek, int page, int size) {

    public DueCheckPage {
        items = List.copyOf(items);
    }
}
