package org.laborbridge.fairs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.laborbridge.employers.EmployerForm;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingForm;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.CreditCode;
import org.laborbridge.support.TestResidentIds;
import org.laborbridge.workers.LaborCapacity;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerForm;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * What fair tests need to exist, made through the real services as an administrator: fairs,
 * enterprises with open postings, workers. Every enterprise gets its own credit code.
 */
public final class FairFixtures {

    static final Caller ADMIN = new Caller("fair-tests", null, Role.ADMIN, List.of(), null, null);
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger enterprises = new AtomicInteger(1);

    private final Fairs fairs;
    private final Employers employers;
    private final JobPostings postings;
    private final WorkerRegistry registry;

    FairFixtures(Fairs fairs, Employers employers, JobPostings postings, WorkerRegistry registry) {
        this.fairs = fairs;
        this.employers = employers;
        this.postings = postings;
        this.registry = registry;
    }

    record Enterprise(EmployerId id, JobPostingId posting) {}

    FairView onSiteFair(String name, LocalDate from, LocalDate until) {
        return Callers.runAs(ADMIN, () -> fairs.create(form(name, FairKind.ON_SITE, from, until)));
    }

    FairView openToday(String name) {
        LocalDate today = BureauTime.today();
        return onSiteFair(name, today, today.plusDays(1));
    }

    /** An on-site fair open today, hosted in {@code hostRegion} rather than Jishou. */
    FairView openTodayIn(String name, String hostRegion) {
        LocalDate today = BureauTime.today();
        return Callers.runAs(
                ADMIN, () -> fairs.create(form(name, FairKind.ON_SITE, today, today.plusDays(1), hostRegion)));
    }

    static FairForm form(String name, FairKind kind, LocalDate from, LocalDate until) {
        return form(name, kind, from, until, "433101");
    }

    static FairForm form(String name, FairKind kind, LocalDate from, LocalDate until, String hostRegion) {
        return new FairForm(
                name,
                kind,
                Campaign.EAST_WEST,
                "测试",
                hostRegion,
                "吉首市人力资源市场",
                from,
                until,
                false,
                false,
                false,
                List.of());
    }

    Enterprise enterpriseWithOpenPosting(String name) {
        return Callers.runAs(ADMIN, () -> {
            EmployerId employer = employers
                    .register(new EmployerForm(creditCode(), name, "制造业", "370112", "历城区测试路 1 号", "人事", null))
                    .id();
            JobPostingId draft = postings.draft(employer, posting("装配工", 100)).id();
            return new Enterprise(employer, postings.publish(draft).id());
        });
    }

    JobPostingId draftPosting(EmployerId employer) {
        return Callers.runAs(
                ADMIN, () -> postings.draft(employer, posting("草稿岗位", 10)).id());
    }

    WorkerId worker(String name, String residentId) {
        return worker(name, residentId, false, LaborCapacity.FULL, false);
    }

    WorkerId worker(String name, String residentId, boolean poor, LaborCapacity capacity, boolean willing) {
        WorkerForm form = new WorkerForm(
                name, residentId, null, null, poor, null, capacity, willing, null, null, null, Situation.SEEKING, null);
        return Callers.runAs(ADMIN, () -> registry.register(form).id());
    }

    String xiangxiResidentId() {
        return TestResidentIds.next("433122");
    }

    public static JobPostingForm posting(String title, int headcount) {
        LocalDate today = BureauTime.today();
        return new JobPostingForm(
                title,
                "ASSEMBLY",
                headcount,
                BigDecimal.valueOf(4000),
                BigDecimal.valueOf(6000),
                "370112",
                "历城区测试路 1 号",
                true,
                true,
                null,
                null,
                null,
                List.of(),
                null,
                today.minusDays(30),
                today.plusYears(1));
    }

    /** "91" 370112 "MA7FT" + a number, completed by the kernel. */
    public static String creditCode() {
        return CreditCode.completing("91370112MA7FT" + String.format("%03d", enterprises.getAndIncrement()))
                .toString();
    }

    static String json(Object body) {
        return JSON.writeValueAsString(body);
    }
}
