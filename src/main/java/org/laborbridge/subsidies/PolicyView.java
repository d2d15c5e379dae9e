package org.laborbridge.subsidies;

import java.time.Instant;
import org.laborbridge.subsidies.policy.PolicyTerms;

/** A policy as it reads at one version; {@code code} is the stable name clients and exclusions use. */
public record PolicyView(
        PolicyVersion id, String code, String name, PolicyTerms terms, String createdBy, Instant createdAt) {

    public int version() {
        return id.version();
    }
}
