package org.laborbridge.subsidies;

import java.time.Instant;
import java.time.LocalDate;
import org.laborbridge.shared.Money;
import org.laborbridge.subsidies.policy.PolicyKind;
import org.laborbridge.workers.WorkerId;

/** One stage of a claim was paid (the bank confirmed its line): what statistics count as paid. */
public record SubsidyPaid(
        ApplicationId application,
        int stageNo,
        String policyCode,
        PolicyKind kind,
        WorkerId worker,
        String householdCounty,
        Money amount,
        LocalDate paidOn,
        Instant at) {}
