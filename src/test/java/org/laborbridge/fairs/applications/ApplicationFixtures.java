package org.laborbridge.fairs.applications;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingForm;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.employers.Postings;
import org.laborbridge.fairs.Campaign;
import org.laborbridge.fairs.FairForm;
import org.laborbridge.fairs.FairId;
import org.laborbridge.fairs.FairKind;
import org.laborbridge.fairs.Fairs;
import org.laborbridge.fairs.Participation;
import org.laborbridge.identity.Accounts;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.identity.TestUsers;
import org.laborbridge.identity.account.UserAccounts;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.laborbridge.support.TestResidentIds;
import org.laborbridge.workers.WorkerId;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The enterprises, postings, fairs, workers and users an application test needs, made through the
 * other modules' own services and API with data no other test uses.
 */
@Component
public class ApplicationFixtures {

    private static final AtomicInteger booths = new AtomicInteger();

    private final Employers employers;
    private final JobPostings postings;
    private final Fairs fairs;
    private final Accounts accounts;
    private final TestUsers users;

    ApplicationFixtures(
            Employers employers,
            JobPostings postings,
            Fairs fairs,
            Accounts accounts,
            UserAccounts userAccounts,
            PasswordEncoder passwords) {
        this.employers = employers;
        this.postings = postings;
        this.fairs = fairs;
        this.accounts = accounts;
        this.users = new TestUsers(userAccounts, passwords);
    }

    public EmployerId enterprise(String name) {
        return asCaseworker(() -> employers.register(Postings.enterprise(name)).id());
    }

    /** An open assembly job paying 4,500 to 6,000 yuan, valid for a month from today. */
    public JobPostingView openPosting(EmployerId employer, int headcount) {
        return openPosting(employer, Postings.assemblyJob(headcount));
    }

    public JobPostingView openPosting(EmployerId employer, JobPostingForm form) {
        return asCaseworker(
                () -> postings.publish(postings.draft(employer, form).id()));
    }

    public JobPostingView close(JobPostingId posting) {
        return asCaseworker(() -> postings.close(posting));
    }

    public JobPostingView posting(JobPostingId posting) {
        return asCaseworker(() -> postings.find(posting));
    }

    /**
     * An on-site fair where the employer offers the postings, held from {@code startsOn} to
     * {@code endsOn}. Employers join only fairs that are not over, so a fair in the past is
     * scheduled as running, joined, and then moved to its dates, as a correction would.
     */
    public FairId fair(LocalDate startsOn, LocalDate endsOn, EmployerId employer, JobPostingId... offered) {
        LocalDate today = BureauTime.today();
        String name = "应聘测试专场" + booths.incrementAndGet();
        return asCaseworker(() -> {
            FairId fair = fairs.create(fairForm(name, today, today.plusDays(2))).id();
            fairs.join(fair, new Participation(employer, "A" + booths.incrementAndGet(), List.of(offered)));
            if (!startsOn.equals(today) || !endsOn.equals(today.plusDays(2))) {
                fairs.change(fair, fairForm(name, startsOn, endsOn));
            }
            return fair;
        });
    }

    private static FairForm fairForm(String name, LocalDate startsOn, LocalDate endsOn) {
        return new FairForm(
                name,
                FairKind.ON_SITE,
                Campaign.LOCAL,
                "就业扶贫",
                "433122",
                "泸溪县人力资源市场",
                startsOn,
                endsOn,
                false,
                false,
                false,
                List.of());
    }

    public FairId runningFair(EmployerId employer, JobPostingId... offered) {
        LocalDate today = BureauTime.today();
        return fair(today, today.plusDays(2), employer, offered);
    }

    /** The QR token on the worker's sign-up for the fair, as the booth scans it. */
    public String code(FairId fair, WorkerId worker) {
        return asCaseworker(() -> fairs.signUpsOf(worker).stream()
                .filter(signUp -> signUp.fair().id().equals(fair))
                .findFirst()
                .orElseThrow()
                .qrToken());
    }

    public void signUp(FairId fair, WorkerId worker) {
        asCaseworker(() -> fairs.signUp(fair, worker));
    }

    /** Registered by the demo caseworker over HTTP; the household county is the ID's region. */
    public static WorkerId worker(int port, String name, String county) {
        Reply reply = ApiClient.as(port, "caseworker")
                .post(
                        "/api/v1/workers",
                        "{\"name\":\"" + name + "\",\"residentId\":\"" + TestResidentIds.next(county) + "\"}");
        if (reply.status() != 201) {
            throw new IllegalStateException("Registration answered " + reply.status() + ": " + reply.body());
        }
        return WorkerId.parse((String) reply.json("id")).orElseThrow();
    }

    /** A new EMPLOYER user acting for the enterprise; password {@link TestUsers#PASSWORD}. */
    public String employerUser(EmployerId employer) {
        String username = users.create(Role.EMPLOYER);
        accounts.linkEmployer(username, employer.value());
        return username;
    }

    /** A new WORKER user tied to the worker's record; password {@link TestUsers#PASSWORD}. */
    public String workerUser(WorkerId worker) {
        String username = users.create(Role.WORKER);
        accounts.linkWorker(username, worker.value());
        return username;
    }

    public static ApiClient as(int port, String testUser) {
        return ApiClient.as(port, testUser, TestUsers.PASSWORD);
    }

    private static <T> T asCaseworker(java.util.function.Supplier<T> work) {
        return Callers.runAs(Postings.CASEWORKER, work);
    }
}
