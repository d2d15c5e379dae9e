package org.laborbridge.subsidies;

import java.time.LocalDate;
import java.util.List;

/**
 * The public notice of approved claims, readable without signing in. The period is
 * {@code laborbridge.subsidies.notice-working-days} (5) working days from the first working day
 * after approval, skipping weekends and the holidays of the calendar (adjusted working weekends
 * count as working days).
 */
public interface PublicNotice {

    /**
     * Claims published on {@code day}: approved by then and their objection window not yet over
     * (including a window that opens on the next working day), newest approval first.
     */
    List<NoticeEntry> runningOn(LocalDate day);

    /** The last day of a notice for a claim approved on {@code approvedOn}. */
    LocalDate noticeUntil(LocalDate approvedOn);

    LocalDate noticeFrom(LocalDate approvedOn);
}
