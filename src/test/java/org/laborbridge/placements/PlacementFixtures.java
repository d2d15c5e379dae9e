package org.laborbridge.placements;

import java.time.LocalDate;
import java.util.List;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.employers.Postings;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.Money;
import org.laborbridge.support.TestResidentIds;
import org.laborbridge.workers.WorkerForm;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Real enterprises, postings and workers through their modules' public APIs, and placements made
 * the way the fairs module makes them: {@link Placements#place} inside a transaction of the
 * caller's, signed in as bureau staff. The transport fixtures build theirs on these.
 */
public final class PlacementFixtures {

    public static final Caller CASEWORKER = new Caller("caseworker", null, Role.CASEWORKER, List.of(), null, null);

    private final Employers employers;
    private final JobPostings postings;
    private final WorkerRegistry registry;
    private final Placements placements;
    private final TransactionTemplate transactions;

    public PlacementFixtures(
            Employers employers,
            JobPostings postings,
            WorkerRegistry registry,
            Placements placements,
            TransactionTemplate transactions) {
        this.employers = employers;
        this.postings = postings;
        this.registry = registry;
        this.placements = placements;
        this.transactions = transactions;
    }

    /** An enterprise with one published assembly posting. */
    public JobPostingView posting(String enterpriseName, int headcount) {
        return Callers.runAs(CASEWORKER, () -> {
            EmployerId employer =
                    employers.register(Postings.enterprise(enterpriseName)).id();
            return postings.publish(
                    postings.draft(employer, Postings.assemblyJob(headcount)).id());
        });
    }

    /** A worker from {@code county}, with no phone number. */
    public WorkerId worker(String name, String county) {
        return worker(name, county, null);
    }

    public WorkerId worker(String name, String county, String phone) {
        return Callers.runAs(
                CASEWORKER,
                () -> registry.register(new WorkerForm(
                                name,
                                TestResidentIds.next(county),
                                null,
                                phone,
                                null,
                                null,
                                null,
                                true,
                                null,
                                null,
                                null,
                                null,
                                null))
                        .id());
    }

    public NewPlacement hire(WorkerId worker, String county, JobPostingView posting, LocalDate start, int months) {
        return new NewPlacement(
                worker,
                county,
                posting.employerId(),
                posting.id(),
                null,
                start,
                months,
                Money.ofYuan("5200"),
                posting.workRegion(),
                posting.workAddress(),
                posting.jobType());
    }

    /** As the accepting module does it: inside its own transaction, signed in. */
    public PlacementView place(NewPlacement hire) {
        return Callers.runAs(CASEWORKER, () -> transactions.execute(status -> placements.place(hire)));
    }

    public PlacementView place(WorkerId worker, String county, JobPostingView posting, LocalDate start, int months) {
        return place(hire(worker, county, posting, start, months));
    }

    static Caller partnerFor(String... regionCodes) {
        return new Caller(
                "partner-" + String.join("-", regionCodes), null, Role.PARTNER, List.of(regionCodes), null, null);
    }
}
