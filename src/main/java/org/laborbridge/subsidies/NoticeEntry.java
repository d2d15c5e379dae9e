package org.laborbridge.subsidies;

import java.time.LocalDate;
import org.laborbridge.shared.Money;

/**
 * One line of the public notice (公示): name and ID number masked, nothing else personal. The
 * objection window is [noticeFrom, noticeUntil] in working days.
 */
public record NoticeEntry(
        String number,
        String policyName,
        String maskedName,
        String maskedResidentId,
        String householdCountyName,
        String payeeName,
        Money amount,
        LocalDate noticeFrom,
        LocalDate noticeUntil) {}
