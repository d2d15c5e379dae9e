package org.laborbridge.placements;

import java.time.LocalDate;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.shared.Money;
import org.laborbridge.workers.WorkerId;

/**
 * A hire the bureau learnt of outside the platform (an employer phoned, a paper contract at a
 * fair): the posting supplies employer, job type and place of work; the registry supplies the
 * household county. Fields may be null here: the service refuses what is missing by field.
 */
public record OutsidePlacement(
        WorkerId worker, JobPostingId posting, LocalDate startDate, Integer contractMonths, Money monthlyWage) {}
