package org.laborbridge.subsidies;

import java.time.Instant;
import org.laborbridge.shared.Money;
import org.laborbridge.subsidies.policy.PolicyKind;
import org.laborbridge.workers.WorkerId;

/** A claim was made (by a person, or by the platform from a trip's hand-over). */
public record SubsidyApplied(
        ApplicationId application,
        String policyCode,
        PolicyKind kind,
        WorkerId worker,
        String householdCounty,
        Money amount,
        Instant at) {}
