package org.laborbridge.subsidies.applications;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.laborbridge.subsidies.ApplicationId;
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
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Real policies (unique codes, since tests share one database), enterprises, workers from 泸溪 and
 * their placements through {@link PlacementFixtures}, and claims made through the public service as
 * a caseworker, with the documents their policy requires. Callers have names of their own per test,
 * so four eyes never trips over another test's approver.
 */
final class ClaimFixtures {

    static final String LUXI = "433122";
    static final String WULONG = "500156";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    static final String TINY_PDF = "%PDF-1.4\n%%EOF";

    final PlacementFixtures people;
    final SubsidyPolicies policies;
    final SubsidyApplications applications;
    final JdbcClient jdbc;
    final String tag = Long.toString(System.nanoTime(), 36) + SEQUENCE.incrementAndGet();

    ClaimFixtures(ApplicationContext context) {
        this.people = new PlacementFixtures(
                context.getBean(Employers.class),
                context.getBean(JobPostings.class),
                context.getBean(WorkerRegistry.class),
                context.getBean(Placements.class),
                context.getBean(TransactionTemplate.class));
        this.policies = context.getBean(SubsidyPolicies.class);
        this.applications = context.getBean(SubsidyApplications.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    static Caller staff(String name, Role role) {
        return new Caller(name, null, role, List.of(), null, null);
    }

    Caller caseworker() {
        return staff("cw-" + tag, Role.CASEWORKER);
    }

    /** Another caseworker than the one who makes the fixtures' claims, so that they may review them. */
    Caller caseworker(int n) {
        return staff("cw" + n + "-" + tag, Role.CASEWORKER);
    }

    Caller reviewer() {
        return staff("rv-" + tag, Role.CASEWORKER);
    }

    Caller approver() {
        return staff("ap-" + tag, Role.APPROVER);
    }

    Caller approver(int n) {
        return staff("ap" + n + "-" + tag, Role.APPROVER);
    }

    Caller admin() {
        return staff("ad-" + tag, Role.ADMIN);
    }

    static Caller partner(String region) {
        return new Caller("pt-" + region, null, Role.PARTNER, List.of(region), null, null);
    }

    static Caller employer(EmployerId employer) {
        return new Caller("em-" + employer, null, Role.EMPLOYER, List.of(), employer.value(), null);
    }

    static Caller worker(WorkerId worker) {
        return new Caller("wk-" + worker, null, Role.WORKER, List.of(), null, worker.value());
    }

    /** 1,000 yuan to the worker on a contract of at least 6 months from Xiangxi, half now and half in 6 months. */
    PolicyView workerPolicy(String budgetYuan) {
        return policy(PolicyKind.WORKER_EMPLOYMENT, Payee.WORKER, "1000", budgetYuan, OncePerPerson.LIFETIME);
    }

    PolicyView policy(PolicyKind kind, Payee payee, String yuan, String budgetYuan, OncePerPerson once) {
        return policy(
                kind,
                payee,
                yuan,
                budgetYuan,
                once,
                new PaymentStages(List.of(new PaymentStages.Stage(0, 50), new PaymentStages.Stage(6, 50))));
    }

    PolicyView policy(
            PolicyKind kind, Payee payee, String yuan, String budgetYuan, OncePerPerson once, PaymentStages stages) {
        String code = "T-" + kind.name().substring(0, 4) + "-" + tag.toUpperCase() + "-" + SEQUENCE.incrementAndGet();
        PolicyTerms terms = new PolicyTerms(
                kind,
                payee,
                new AmountRule.FixedPerPerson(Money.ofYuan(yuan)),
                stages,
                List.of(
                        new Condition.ContractAtLeast(6),
                        new Condition.HouseholdInRegions(List.of(RegionCode.of("433100")))),
                List.of("labor-contract"),
                new ValidityPeriod(LocalDate.of(2020, 1, 1), null),
                Money.ofYuan(budgetYuan),
                once,
                List.of());
        return Callers.runAs(admin(), () -> policies.register(code, "测试补贴 " + code, terms));
    }

    JobPostingView posting() {
        return people.posting("补贴测试电子厂 " + tag + "-" + SEQUENCE.incrementAndGet(), 200);
    }

    /** A worker from {@code county} hired today on a contract of {@code months}. */
    PlacementView hire(String name, String county, JobPostingView posting, int months) {
        WorkerId worker = people.worker(name + tag, county);
        return people.place(worker, county, posting, BureauTime.today(), months);
    }

    PlacementView hire(String name, int months) {
        return hire(name, LUXI, posting(), months);
    }

    static ApplicationForm form(PolicyView policy, PlacementView placement, String account) {
        return new ApplicationForm(
                policy.code(), BasisKind.PLACEMENT, placement.id().value(), null, null, "农业银行", account, null);
    }

    /** Made by the caseworker, with a file for every document the policy requires. */
    ApplicationView apply(PolicyView policy, PlacementView placement) {
        ApplicationView claim =
                Callers.runAs(caseworker(), () -> applications.apply(form(policy, placement, "6228480012345678")));
        attachRequiredDocuments(claim.id());
        return claim;
    }

    /**
     * A row per document type the claim's policy requires, as an upload leaves it (the file itself
     * is not needed to accept, and a row leaves the claim's steps as the tests expect them).
     */
    void attachRequiredDocuments(ApplicationId claim) {
        List<String> required =
                Callers.runAs(caseworker(), () -> applications.find(claim)).requiredDocuments();
        for (String type : required) {
            attachDocument(claim, type);
        }
    }

    void attachDocument(ApplicationId claim, String type) {
        jdbc.sql("""
                        insert into subsidy_document (id, application_id, document_type, file_name, content_type,
                            size_bytes, sha256, uploaded_by)
                        values (:id, :claim, :type, :name, 'application/pdf', :size, :sha256, :by)
                        """)
                .param("id", UUID.randomUUID())
                .param("claim", claim.value())
                .param("type", type)
                .param("name", type + ".pdf")
                .param("size", (long) TINY_PDF.length())
                .param("sha256", "0".repeat(64))
                .param("by", caseworker().username())
                .update();
    }

    /** Made by the caseworker and accepted by the reviewer: ready for an approver. */
    ApplicationView accepted(PolicyView policy, PlacementView placement) {
        ApplicationView claim = apply(policy, placement);
        return Callers.runAs(reviewer(), () -> applications.accept(claim.id(), "材料齐全"));
    }

    ApplicationView approved(PolicyView policy, PlacementView placement) {
        ApplicationView claim = accepted(policy, placement);
        return Callers.runAs(approver(), () -> applications.approve(claim.id()));
    }

    static UUID none() {
        return new UUID(0, 0);
    }
}
