package org.laborbridge.subsidies.pages;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.placements.PlacementFixtures;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.placements.Placements;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.subsidies.ApplicationForm;
import org.laborbridge.subsidies.ApplicationView;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.SubsidyApplications;
import org.laborbridge.subsidies.SubsidyPolicies;
import org.laborbridge.subsidies.policy.AmountRule;
import org.laborbridge.subsidies.policy.BasisKind;
import org.laborbridge.subsidies.policy.Condition;
import org.laborbridge.subsidies.policy.OncePerPerson;
import org.laborbridge.subsidies.policy.Payee;
import org.laborbridge.subsidies.policy.PaymentStages;
import org.laborbridge.subsidies.policy.PolicyKind;
import org.laborbridge.subsidies.policy.PolicyTerms;
import org.laborbridge.subsidies.policy.ValidityPeriod;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A hire of a worker from 泸溪 with two claims on it, made through the public services: one paid to
 * the worker and left in review, one paid to the enterprise and approved. Policies and callers carry
 * a tag of their own, since tests share one database and four eyes compare names.
 */
final class SectionFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final PlacementFixtures people;
    private final SubsidyPolicies policies;
    private final SubsidyApplications applications;
    private final String tag = Long.toString(System.nanoTime(), 36) + SEQUENCE.incrementAndGet();

    SectionFixtures(ApplicationContext context) {
        this.people = new PlacementFixtures(
                context.getBean(Employers.class),
                context.getBean(JobPostings.class),
                context.getBean(WorkerRegistry.class),
                context.getBean(Placements.class),
                context.getBean(TransactionTemplate.class));
        this.policies = context.getBean(SubsidyPolicies.class);
        this.applications = context.getBean(SubsidyApplications.class);
    }

    record Hire(PlacementView placement, ApplicationView workerClaim, ApplicationView employerClaim) {}

    Hire hireWithClaims() {
        JobPostingView posting = people.posting("补贴栏目电子厂 " + tag, 10);
        PlacementView placement =
                people.place(people.worker("栏目" + tag, "433122"), "433122", posting, BureauTime.today(), 12);
        PolicyView toWorker = policy(PolicyKind.WORKER_EMPLOYMENT, Payee.WORKER, "1000");
        PolicyView toEmployer = policy(PolicyKind.EMPLOYER_HIRING, Payee.EMPLOYER, "2000");
        ApplicationView workerClaim = as(Role.CASEWORKER, "cw", () -> applications.apply(form(toWorker, placement)));
        ApplicationView applied = as(Role.CASEWORKER, "cw", () -> applications.apply(form(toEmployer, placement)));
        as(Role.CASEWORKER, "rv", () -> applications.accept(applied.id(), "材料齐全"));
        ApplicationView approved = as(Role.APPROVER, "ap", () -> applications.approve(applied.id()));
        return new Hire(placement, workerClaim, approved);
    }

    /** An enterprise with nothing to do with the hire. */
    EmployerId otherEnterprise() {
        return people.posting("别家电子厂 " + tag, 5).employerId();
    }

    private PolicyView policy(PolicyKind kind, Payee payee, String yuan) {
        String code = "T-SEC-" + tag.toUpperCase() + "-" + SEQUENCE.incrementAndGet();
        PolicyTerms terms = new PolicyTerms(
                kind,
                payee,
                new AmountRule.FixedPerPerson(Money.ofYuan(yuan)),
                new PaymentStages(List.of(new PaymentStages.Stage(0, 100))),
                List.of(
                        new Condition.ContractAtLeast(6),
                        new Condition.HouseholdInRegions(List.of(RegionCode.of("433100")))),
                List.of(),
                new ValidityPeriod(LocalDate.of(2020, 1, 1), null),
                Money.ofYuan("1000000"),
                OncePerPerson.LIFETIME,
                List.of());
        return as(Role.ADMIN, "ad", () -> policies.register(code, "栏目补贴 " + code, terms));
    }

    private static ApplicationForm form(PolicyView policy, PlacementView placement) {
        return new ApplicationForm(
                policy.code(),
                BasisKind.PLACEMENT,
                placement.id().value(),
                null,
                null,
                "农业银行",
                "6228480012345678",
                null);
    }

    private <T> T as(Role role, String name, Supplier<T> work) {
        return Callers.runAs(new Caller(name + "-" + tag, null, role, List.of(), null, null), work);
    }
}
