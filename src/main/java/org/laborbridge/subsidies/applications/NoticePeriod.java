package org.laborbridge.subsidies.applications;

import java.time.LocalDate;
import org.laborbridge.subsidies.clock.WorkingDays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The public notice of a claim approved on a day: from the first working day after it, for the
 * configured number of working days. The same count as {@code PublicNotice}, kept here until
 * the notice module's own answer is wired in.
 */
@Component
class NoticePeriod {

    private final WorkingDays workingDays;
    private final int days;

    NoticePeriod(WorkingDays workingDays, @Value("${laborbridge.subsidies.notice-working-days:5}") int days) {
        this.workingDays = workingDays;
        this.days = days;
    }

    LocalDate from(LocalDate approvedOn) {
        return workingDays.nextAfter(approvedOn);
    }

    LocalDate until(LocalDate approvedOn) {
        return workingDays.lastOfWorkingDaysAfter(approvedOn, days);
    }
}
