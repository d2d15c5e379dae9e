package org.laborbridge.transport.trips;

import org.laborbridge.transport.TravellerStatus;
import org.laborbridge.transport.TripStatus;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Statuses and checks as message arguments, so that a refusal names them in the reader's language. */
final class Wording {

    private Wording() {}

    static MessageSourceResolvable of(TripStatus status) {
        return resolvable("transport.status." + status.name(), status.name());
    }

    static MessageSourceResolvable of(TravellerStatus status) {
        return resolvable("transport.traveller." + status.name(), status.name());
    }

    static MessageSourceResolvable check(String check) {
        return resolvable("transport.check." + check, check);
    }

    private static MessageSourceResolvable resolvable(String key, String fallback) {
        return new DefaultMessageSourceResolvable(new String[] {key}, fallback);
    }
}
