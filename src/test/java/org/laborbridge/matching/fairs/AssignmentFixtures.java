package org.laborbridge.matching.fairs;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.laborbridge.employers.EmployerForm;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.fairs.Campaign;
import org.laborbridge.fairs.FairFixtures;
import org.laborbridge.fairs.FairForm;
import org.laborbridge.fairs.FairKind;
import org.laborbridge.fairs.FairView;
import org.laborbridge.fairs.Fairs;
import org.laborbridge.fairs.Participation;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.support.TestResidentIds;
import org.laborbridge.workers.LaborCapacity;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerForm;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;

/**
 * What assignment tests need, made through the real services as an administrator: a fair open
 * today in Jishou (433101, the partner "xiangxi"'s region), an enterprise taking part with postings
 * of chosen headcounts, and workers from 泸溪 (433122) willing to work away, signed up in order.
 * Postings are assembly jobs in Jinan paying 4,000–6,000 with housing, no age or skill demands.
 */
final class AssignmentFixtures {

    static final Caller ADMIN = new Caller("assignment-tests", null, Role.ADMIN, List.of(), null, null);
    private static final AtomicInteger enterprises = new AtomicInteger(1);

    private final Fairs fairs;
    private final Employers employers;
    private final JobPostings postings;
    private final WorkerRegistry registry;

    AssignmentFixtures(Fairs fairs, Employers employers, JobPostings postings, WorkerRegistry registry) {
        this.fairs = fairs;
        this.employers = employers;
        this.postings = postings;
        this.registry = registry;
    }

    FairView fair(String name) {
        LocalDate today = BureauTime.today();
        return Callers.runAs(
                ADMIN,
                () -> fairs.create(new FairForm(
                        name,
                        FairKind.ON_SITE,
                        Campaign.EAST_WEST,
                        "测试",
                        "433101",
                        "吉首市人力资源市场",
                        today,
                        today.plusDays(1),
                        false,
                        false,
                        false,
                        List.of())));
    }

    /** An enterprise of its own joins the fair with one open posting per headcount given. */
    List<JobPostingId> postingsAt(FairView fair, int... headcounts) {
        int number = enterprises.getAndIncrement();
        return Callers.runAs(ADMIN, () -> {
            EmployerId employer = employers
                    .register(new EmployerForm(
                            FairFixtures.creditCode(), "分配测试企业" + number, "制造业", "370112", "历城区测试路 1 号", "人事", null))
                    .id();
            List<JobPostingId> ids = new java.util.ArrayList<>();
            for (int i = 0; i < headcounts.length; i++) {
                JobPostingId draft = postings.draft(employer, FairFixtures.posting("装配工" + (i + 1), headcounts[i]))
                        .id();
                ids.add(postings.publish(draft).id());
            }
            fairs.join(fair.id(), new Participation(employer, "B" + String.format("%02d", number % 100), ids));
            return List.copyOf(ids);
        });
    }

    /** A 泸溪 worker willing to work away, wanting assembly work unless {@code wantedJobs} says otherwise. */
    WorkerId worker(String name, boolean poor, List<String> wantedJobs, boolean willing, Situation situation) {
        WorkerForm form = new WorkerForm(
                name,
                TestResidentIds.next("433122"),
                null,
                null,
                poor,
                null,
                LaborCapacity.FULL,
                willing,
                null,
                null,
                wantedJobs,
                situation,
                null);
        return Callers.runAs(ADMIN, () -> registry.register(form).id());
    }

    /** A worker from {@code county} willing to work away and wanting assembly work. */
    WorkerId workerFrom(String county, String name) {
        WorkerForm form = new WorkerForm(
                name,
                TestResidentIds.next(county),
                null,
                null,
                false,
                null,
                LaborCapacity.FULL,
                true,
                null,
                null,
                List.of("ASSEMBLY"),
                Situation.SEEKING,
                null);
        return Callers.runAs(ADMIN, () -> registry.register(form).id());
    }

    WorkerId seeker(String name, boolean poor) {
        return worker(name, poor, List.of("ASSEMBLY"), true, Situation.SEEKING);
    }

    void signUp(FairView fair, WorkerId... workers) {
        Callers.runAs(ADMIN, () -> {
            for (WorkerId worker : workers) {
                fairs.signUp(fair.id(), worker);
            }
            return null;
        });
    }

    void cancel(FairView fair) {
        Callers.runAs(ADMIN, () -> fairs.cancel(fair.id()));
    }

    void close(JobPostingId posting) {
        Callers.runAs(ADMIN, () -> postings.close(posting));
    }
}
