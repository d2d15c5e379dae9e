package org.laborbridge.subsidies.api;

import java.time.Instant;
import java.util.UUID;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.policy.PolicyTermsJson;
import tools.jackson.databind.JsonNode;

/** One version of a policy as the API answers it; the terms in the form {@link PolicyTermsJson} writes. */
record PolicyJson(UUID id, String code, String name, int version, JsonNode terms, String createdBy, Instant createdAt) {

    static PolicyJson of(PolicyView view) {
        return new PolicyJson(
                view.id().policy().value(),
                view.code(),
                view.name(),
                view.version(),
                PolicyTermsJson.write(view.terms()),
                view.createdBy(),
                view.createdAt());
    }
}
