package org.laborbridge.transport.trips;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.laborbridge.shared.Money;
import org.laborbridge.workers.WorkerId;

/**
 * A trip's cost shared over those who travelled, exactly to the fen: {@link Money#allocate} gives
 * the fen that do not divide evenly to the first shares, and the travellers are taken in the order
 * of their worker ids as text (the order PostgreSQL sorts uuids in), so the same trip always
 * splits the same way, on any node, and the shares add up to the total.
 */
final class CostSharing {

    Map<WorkerId, Money> share(Money total, List<WorkerId> travelled) {
        Map<WorkerId, Money> shares = new LinkedHashMap<>();
        if (travelled.isEmpty()) {
            return shares;
        }
        List<WorkerId> ordered = travelled.stream()
                .distinct()
                .sorted(Comparator.comparing(WorkerId::toString))
                .toList();
        List<Money> parts = total.allocate(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            shares.put(ordered.get(i), parts.get(i));
        }
        return shares;
    }
}
