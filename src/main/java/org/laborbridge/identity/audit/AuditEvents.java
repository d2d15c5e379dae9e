package org.laborbridge.identity.audit;

import java.util.List;

/** One page of audit entries, newest first, and how many match in all. */
record AuditEvents(List<AuditEvent> items, long total, int page, int size) {

    public int pages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }
}
