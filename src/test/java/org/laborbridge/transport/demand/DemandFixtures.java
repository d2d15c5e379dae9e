package org.laborbridge.transport.demand;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.employers.Postings;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Role;
import org.laborbridge.placements.PlacementFixtures;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.placements.Placements;
import org.laborbridge.transport.DemandId;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Real enterprises (in Jinan, 370102), workers and placements through {@link PlacementFixtures},
 * placed the way the fairs module places them: inside a transaction, signed in as a caseworker —
 * so a hire away from home opens its transport demand exactly as it does in production.
 */
public final class DemandFixtures {

    public static final Caller CASEWORKER = new Caller("caseworker", null, Role.CASEWORKER, List.of(), null, null);
    public static final Caller ADMIN = new Caller("admin", null, Role.ADMIN, List.of(), null, null);
    public static final Caller APPROVER = new Caller("approver", null, Role.APPROVER, List.of(), null, null);

    private final PlacementFixtures people;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final ApplicationContext context;

    public DemandFixtures(ApplicationContext context) {
        this.transactions = context.getBean(TransactionTemplate.class);
        this.people = new PlacementFixtures(
                context.getBean(Employers.class),
                context.getBean(JobPostings.class),
                context.getBean(WorkerRegistry.class),
                context.getBean(Placements.class),
                transactions);
        this.jdbc = context.getBean(JdbcClient.class);
        this.context = context;
    }

    /** A Jinan enterprise with one published assembly posting in 历下区 (370102). */
    public JobPostingView posting(String enterpriseName, int headcount) {
        return people.posting(enterpriseName, headcount);
    }

    public WorkerId worker(String name, String county) {
        return people.worker(name, county);
    }

    public PlacementView place(WorkerId worker, String county, JobPostingView posting, LocalDate start) {
        return people.place(worker, county, posting, start, 12);
    }

    /** A new worker from {@code county} hired by the posting's enterprise from {@code start}. */
    public PlacementView hire(String name, String county, JobPostingView posting, LocalDate start) {
        return place(worker(name, county), county, posting, start);
    }

    /** The placement's demand waiting or planned, if any (looked up by the test, not by a role). */
    public Optional<DemandId> waitingDemandOf(PlacementId placement) {
        return jdbc.sql("select id from transport_demand where placement_id = :placement"
                        + " and status in ('OPEN', 'PLANNED')")
                .param("placement", placement.value())
                .query(UUID.class)
                .optional()
                .map(DemandId::new);
    }

    public long demandsOf(PlacementId placement) {
        return jdbc.sql("select count(*) from transport_demand where placement_id = :placement")
                .param("placement", placement.value())
                .query(Long.class)
                .single();
    }

    public void publish(Object event) {
        transactions.executeWithoutResult(status -> context.publishEvent(event));
    }

    public static Caller partnerFor(String... regionCodes) {
        return new Caller(
                "partner-" + String.join("-", regionCodes), null, Role.PARTNER, List.of(regionCodes), null, null);
    }

    public static Caller employerOf(EmployerId employer) {
        return Postings.employerOf(employer);
    }

    public static Caller workerOf(WorkerId worker) {
        return new Caller("worker-" + worker, null, Role.WORKER, List.of(), null, worker.value());
    }
}
