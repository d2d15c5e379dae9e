package org.laborbridge.matching.scoring;

import java.util.List;

/**
 * One reason of a score, worded by the message {@code key} (bundle {@code i18n/matching}) with its
 * {@code arguments}; {@code points} is what it added (0 for a reason that only explains, and a hard
 * requirement that excludes the match has {@code excludes} true).
 */
public record Reason(String key, List<Object> arguments, int points, boolean excludes) {

    public Reason {
        arguments = List.copyOf(arguments);
    }
}
