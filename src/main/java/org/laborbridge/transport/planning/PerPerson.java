package org.laborbridge.transport.planning;

import org.laborbridge.shared.Money;

final class PerPerson {

    private PerPerson() {}

    /** Matches the first share of {@link Money#allocate}, without building the list. */
    static Money of(Money cost, int people) {
        if (people < 1) {
            throw new IllegalArgumentException("No one to share " + cost + " over");
        }
        return Money.ofFen(cost.fen() / people + (cost.fen() % people == 0 ? 0 : 1));
    }
}
