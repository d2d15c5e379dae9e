package org.laborbridge.subsidies.notice;

import java.time.LocalDate;
import org.laborbridge.subsidies.clock.WorkingDays;

/**
 * The public notice rule: it opens on the first working day after approval and runs for
 * {@code workingDays} working days, so that the public has that many office days to object.
 */
record NoticePeriod(WorkingDays calendar, int workingDays) {

    NoticePeriod {
        if (workingDays < 1) {
            throw new IllegalArgumentException("A notice runs for at least one working day");
        }
    }

    LocalDate from(LocalDate approvedOn) {
        return calendar.nextAfter(approvedOn);
    }

    LocalDate until(LocalDate approvedOn) {
        return calendar.lastOfWorkingDaysAfter(approvedOn, workingDays);
    }
}
