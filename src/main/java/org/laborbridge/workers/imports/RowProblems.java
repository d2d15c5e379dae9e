package org.laborbridge.workers.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.laborbridge.shared.Violation;

/**
 * The per-row report of an import. A million bad rows must not become a million objects, so only
 * the first {@link #LIMIT} problems are kept and the rest are counted.
 */
final class RowProblems {

    static final int LIMIT = 1_000;

    private final List<Violation> kept = new ArrayList<>();
    private int omitted;

    void add(Violation violation) {
        if (kept.size() < LIMIT) {
            kept.add(violation);
        } else {
            omitted++;
        }
    }

    void addAll(List<Violation> violations) {
        violations.forEach(this::add);
    }

    int room() {
        return LIMIT - kept.size();
    }

    void omit(int count) {
        omitted += count;
    }

    List<Violation> inRowOrder() {
        List<Violation> sorted = new ArrayList<>(kept);
        sorted.sort(Comparator.comparing(Violation::row, Comparator.nullsFirst(Comparator.naturalOrder())));
        return sorted;
    }

    int omitted() {
        return omitted;
    }
}
