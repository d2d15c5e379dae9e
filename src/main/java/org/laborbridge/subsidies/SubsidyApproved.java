package org.laborbridge.subsidies;

import java.time.Instant;
import org.laborbridge.shared.Money;
import org.laborbridge.subsidies.policy.PolicyKind;
import org.laborbridge.workers.WorkerId;

/** A claim was approved by an approver and its public notice begins. */
public record SubsidyApproved(
        ApplicationId application,
        String policyCode,
        PolicyKind kind,
        WorkerId worker,
        String householdCounty,
        Money amount,
        Instant at) {}
