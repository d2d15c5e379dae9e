package org.laborbridge.subsidies;

import java.time.Instant;
import org.laborbridge.shared.Money;
import org.laborbridge.subsidies.policy.PolicyKind;
import org.laborbridge.workers.WorkerId;

/** A claim was rejected, at review or at approval; its basis is free for a new claim. */
public record SubsidyRejected(
        ApplicationId application,
        String policyCode,
        PolicyKind kind,
        WorkerId worker,
        String householdCounty,
        Money amount,
        Instant at) {}
