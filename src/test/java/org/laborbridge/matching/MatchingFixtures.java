package org.laborbridge.matching;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.laborbridge.employers.EmployerFixtures;
import org.laborbridge.employers.JobPostingForm;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.support.ApiClient.Reply;
import org.laborbridge.support.TestResidentIds;
import org.laborbridge.workers.LaborCapacity;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerForm;
import org.laborbridge.workers.WorkerRecord;
import org.laborbridge.workers.WorkerRegistry;

/**
 * Workers and postings for the matching tests. They use job types the demo leaves alone
 * (handicraft, farm work) and postings that score the most a worker from Xiangxi can get, so that
 * a test's own records rank at the top even in a database full of demo data.
 */
final class MatchingFixtures {

    static final String LUXI = "433122";
    static final Caller CASEWORKER = new Caller("caseworker", null, Role.CASEWORKER, List.of(), null, null);

    final EmployerFixtures employers;
    final WorkerRegistry registry;

    MatchingFixtures(EmployerFixtures employers, WorkerRegistry registry) {
        this.employers = employers;
        this.registry = registry;
    }

    WorkerRecord worker(String... wantedJobs) {
        return Callers.runAs(CASEWORKER, () -> registry.register(form(null, wantedJobs)));
    }

    WorkerRecord change(WorkerRecord worker, String... wantedJobs) {
        return Callers.runAs(CASEWORKER, () -> registry.change(worker.id(), formLike(worker, wantedJobs)));
    }

    private static WorkerForm form(String residentId, String... wantedJobs) {
        return new WorkerForm(
                "匹配" + UUID.randomUUID().toString().substring(0, 6),
                residentId == null ? TestResidentIds.next(LUXI) : residentId,
                LUXI,
                TestResidentIds.nextPhone(),
                true,
                null,
                LaborCapacity.FULL,
                true,
                null,
                List.of(),
                List.of(wantedJobs),
                Situation.SEEKING,
                null);
    }

    private WorkerForm formLike(WorkerRecord worker, String... wantedJobs) {
        String fullId = Callers.runAs(CASEWORKER, () -> registry.revealResidentId(worker.id()));
        String phone = Callers.runAs(CASEWORKER, () -> registry.revealPhone(worker.id()));
        WorkerForm base = form(fullId, wantedJobs);
        return new WorkerForm(
                worker.name(),
                base.residentId(),
                base.householdRegion(),
                phone,
                base.registeredPoor(),
                null,
                base.laborCapacity(),
                base.willingToMigrate(),
                null,
                List.of(),
                List.of(wantedJobs),
                Situation.SEEKING,
                null);
    }

    String enterprise() {
        return employers.register("匹配测试企业" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** Published by the caseworker; no age, skill or education limits, good wage and housing. */
    String published(String employerId, String jobType, int headcount) {
        String posting = employers.draft(employerId, posting(jobType, headcount));
        Reply reply = employers.caseworker().post("/api/v1/job-postings/" + posting + "/publish", "");
        if (reply.status() != 200) {
            throw new IllegalStateException("Publishing answered " + reply.status() + ": " + reply.body());
        }
        return posting;
    }

    static JobPostingForm posting(String jobType, int headcount) {
        LocalDate today = BureauTime.today();
        return new JobPostingForm(
                "匹配岗位" + UUID.randomUUID().toString().substring(0, 6),
                jobType,
                headcount,
                new BigDecimal("8000"),
                new BigDecimal("9000"),
                "370102",
                "济南市历下区",
                true,
                true,
                "8小时",
                null,
                null,
                List.of(),
                null,
                today,
                today.plusMonths(1));
    }

    static Caller caseworker() {
        return CASEWORKER;
    }

    /**
     * Waits for the after-commit listener without assuming how fast it is: polls briefly and fails
     * with the condition's description if it never holds.
     */
    static void eventually(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Never came true: " + what);
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static <T> T asCaseworker(java.util.function.Supplier<T> work) {
        return Callers.runAs(CASEWORKER, work);
    }
}
