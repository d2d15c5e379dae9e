package org.laborbridge.shared;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Record identities shared by every module's ID records. */
public final class Identifiers {

    private Identifiers() {}

    /**
     * A new id laid out as a version 7 UUID: time first, then random bits. New rows then land at
     * the end of the primary key index instead of on random pages, which keeps million-row loads
     * fast. Ids are not secrets: every access is checked against the caller's scope.
     */
    public static UUID timeOrdered() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long mostSignificant = (System.currentTimeMillis() << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long leastSignificant = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(mostSignificant, leastSignificant);
    }

    /** Parses a path or form value; a malformed id is simply a record that does not exist. */
    public static java.util.Optional<UUID> parse(String text) {
        try {
            return java.util.Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return java.util.Optional.empty();
        }
    }
}
