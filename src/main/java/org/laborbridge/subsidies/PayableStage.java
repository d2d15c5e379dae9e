package org.laborbridge.subsidies;

import java.time.LocalDate;
import org.laborbridge.shared.Money;

/** A stage that may go into a batch today: notice over, no open objection, earlier stages paid. */
public record PayableStage(
        ApplicationId application,
        String applicationNumber,
        int stageNo,
        String policyCode,
        String payeeName,
        String householdCounty,
        Money amount,
        LocalDate payableFrom) {}
