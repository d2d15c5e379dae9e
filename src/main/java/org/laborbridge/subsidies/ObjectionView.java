package org.laborbridge.subsidies;

import java.time.Instant;
import java.util.UUID;

/** An objection raised during the public notice; OPEN blocks payment until a caseworker resolves it. */
public record ObjectionView(
        UUID id,
        String reason,
        String raisedBy,
        Instant raisedAt,
        String status,
        String resolvedBy,
        Instant resolvedAt,
        String resolution) {

    public boolean open() {
        return "OPEN".equals(status);
    }
}
