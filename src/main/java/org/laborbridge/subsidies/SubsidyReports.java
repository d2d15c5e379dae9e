package org.laborbridge.subsidies;

import java.time.LocalDate;
import java.util.List;

/**
 * Totals of claims by policy, partner region or month, within the caller's scope (a PARTNER sees
 * their regions only). Period by the day a claim was made; paid amounts by the day paid.
 */
public interface SubsidyReports {

    enum By {
        POLICY,
        REGION,
        MONTH
    }

    List<ReportRow> totals(By by, LocalDate from, LocalDate to, String region);

    /**
     * Paid stages by the claim's household county, the month they were paid and the claim's
     * policy, for reporting; sums only, whatever the caller's scope.
     */
    List<SubsidyFigure> paidFigures();

    /**
     * Claims approved (and perhaps paid since) by household county, the month of approval in the
     * bureau's time zone and policy, for reporting; counts and sums only, whatever the caller's scope.
     */
    List<ApprovalFigure> approvalFigures();
}
