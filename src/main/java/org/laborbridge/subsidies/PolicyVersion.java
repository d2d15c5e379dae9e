package org.laborbridge.subsidies;

import java.util.Objects;

/** One version of one policy: what an application names, so that it keeps the terms it was judged by. */
public record PolicyVersion(PolicyId policy, int version) {

    public PolicyVersion {
        Objects.requireNonNull(policy, "policy");
        if (version < 1) {
            throw new IllegalArgumentException("Policy versions count from 1");
        }
    }
}
