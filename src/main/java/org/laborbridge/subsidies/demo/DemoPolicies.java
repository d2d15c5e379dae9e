package org.laborbridge.subsidies.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.laborbridge.cooperation.PartnerFlag;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.DemoMode;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.SubsidyPolicies;
import org.laborbridge.subsidies.policy.AmountRule.FixedPerPerson;
import org.laborbridge.subsidies.policy.AmountRule.ShareOfCost;
import org.laborbridge.subsidies.policy.Condition;
import org.laborbridge.subsidies.policy.Condition.ContractAtLeast;
import org.laborbridge.subsidies.policy.Condition.EmployedAtLeast;
import org.laborbridge.subsidies.policy.Condition.HouseholdInPartnerRegionWithFlag;
import org.laborbridge.subsidies.policy.Condition.HouseholdInRegions;
import org.laborbridge.subsidies.policy.Condition.RegisteredPoor;
import org.laborbridge.subsidies.policy.Condition.SocialInsuranceConfirmed;
import org.laborbridge.subsidies.policy.OncePerPerson;
import org.laborbridge.subsidies.policy.Payee;
import org.laborbridge.subsidies.policy.PaymentStages;
import org.laborbridge.subsidies.policy.PaymentStages.Stage;
import org.laborbridge.subsidies.policy.PolicyKind;
import org.laborbridge.subsidies.policy.PolicyTerms;
import org.laborbridge.subsidies.policy.ValidityPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The article's five subsidies, registered once as version 1 after the partner regions they refer
 * to; a code already present is left alone, so a restart or an administrator's revision survives.
 * The amounts are ours (the article names the subsidies, not their sums):
 *
 * <ul>
 *   <li>{@value #WORKER_EMPLOYMENT} 一次性求职创业补贴: 1,000 yuan to a registered-poor worker from a
 *       partner region on a contract of at least 6 months, half when the 3-month follow-up confirms
 *       them still working and half at 6 months; once in a lifetime.
 *   <li>{@value #EMPLOYER_HIRING} 一次性吸纳就业补贴: 1,000 yuan to the enterprise per registered-poor
 *       worker from a partner region hired on a contract of at least 12 months with social
 *       insurance confirmed; once per worker and enterprise.
 *   <li>{@value #CHARTER_FULL} 点对点包车全额补贴: 100% of the traveller's charter share, at most 1,500
 *       yuan, paid to the carrier, for households in partner regions whose agreement carries
 *       CHARTER_FULLY_SUBSIDISED (the 7 Xiangxi counties, Wulong, the 4 Linyi counties); once a year.
 *   <li>{@value #CHARTER_PARTIAL} 点对点包车部分补贴: 50% of the share, at most 500 yuan, for everyone
 *       else; the two charter policies exclude each other, so nobody is paid both for one trip.
 *   <li>{@value #SERVICE_PURCHASE} 政府购买就业服务: 300 yuan to the labor agency per worker from a
 *       partner region it placed on a contract of at least 6 months who is still working at 3
 *       months; once per worker and enterprise.
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 6)
class DemoPolicies implements ApplicationRunner {

    static final String WORKER_EMPLOYMENT = "JN-WORKER-EMPLOYMENT";
    static final String EMPLOYER_HIRING = "JN-EMPLOYER-HIRING";
    static final String CHARTER_FULL = "JN-CHARTER-FULL";
    static final String CHARTER_PARTIAL = "JN-CHARTER-PARTIAL";
    static final String SERVICE_PURCHASE = "JN-SERVICE-PURCHASE";

    private static final Logger log = LoggerFactory.getLogger(DemoPolicies.class);
    private static final Caller PLATFORM = new Caller("system", null, Role.ADMIN, List.of(), null, null);
    /** The article's programme year: charters since February 2020. */
    private static final LocalDate SINCE = LocalDate.of(2020, 1, 1);
    /** The partner regions of the demo (cooperation's DemoPartnerRegions), at the level agreed. */
    private static final List<RegionCode> PARTNER_REGIONS =
            List.of("433100", "500156", "371321", "371323", "371325", "371328", "421100").stream()
                    .map(RegionCode::of)
                    .toList();

    private final SubsidyPolicies policies;
    private final Environment environment;

    DemoPolicies(SubsidyPolicies policies, Environment environment) {
        this.policies = policies;
        this.environment = environment;
    }

    record DemoPolicy(String code, String name, PolicyTerms terms) {}

    @Override
    public void run(ApplicationArguments arguments) {
        if (!DemoMode.isOn(environment)) {
            return;
        }
        int seeded = Callers.runAs(PLATFORM, this::seedMissing);
        if (seeded > 0) {
            log.info("Demo subsidy policies registered: {}", seeded);
        }
    }

    int seedMissing() {
        Set<String> present = policies.all().stream().map(PolicyView::code).collect(Collectors.toSet());
        int seeded = 0;
        for (DemoPolicy policy : scenario()) {
            if (!present.contains(policy.code())) {
                policies.register(policy.code(), policy.name(), policy.terms());
                seeded++;
            }
        }
        return seeded;
    }

    static List<DemoPolicy> scenario() {
        return List.of(
                new DemoPolicy(
                        WORKER_EMPLOYMENT,
                        "一次性求职创业补贴",
                        terms(
                                PolicyKind.WORKER_EMPLOYMENT,
                                Payee.WORKER,
                                new FixedPerPerson(yuan("1000")),
                                new PaymentStages(List.of(new Stage(3, 50), new Stage(6, 50))),
                                List.of(
                                        new RegisteredPoor(),
                                        new HouseholdInRegions(PARTNER_REGIONS),
                                        new ContractAtLeast(6),
                                        new EmployedAtLeast(3)),
                                List.of("劳动合同", "身份证"),
                                yuan("2000000"),
                                OncePerPerson.LIFETIME,
                                List.of())),
                new DemoPolicy(
                        EMPLOYER_HIRING,
                        "一次性吸纳就业补贴",
                        terms(
                                PolicyKind.EMPLOYER_HIRING,
                                Payee.EMPLOYER,
                                new FixedPerPerson(yuan("1000")),
                                PaymentStages.once(),
                                List.of(
                                        new RegisteredPoor(),
                                        new HouseholdInRegions(PARTNER_REGIONS),
                                        new ContractAtLeast(12),
                                        new SocialInsuranceConfirmed()),
                                List.of("劳动合同", "社会保险缴费记录"),
                                yuan("1000000"),
                                OncePerPerson.PER_EMPLOYER,
                                List.of())),
                new DemoPolicy(
                        CHARTER_FULL,
                        "点对点包车全额补贴",
                        terms(
                                PolicyKind.TRANSPORT,
                                Payee.SERVICE_PROVIDER,
                                new ShareOfCost(100, yuan("1500")),
                                PaymentStages.once(),
                                List.of(new HouseholdInPartnerRegionWithFlag(PartnerFlag.CHARTER_FULLY_SUBSIDISED)),
                                List.of("乘车名单", "包车合同"),
                                yuan("3000000"),
                                OncePerPerson.PER_YEAR,
                                List.of(CHARTER_PARTIAL))),
                new DemoPolicy(
                        CHARTER_PARTIAL,
                        "点对点包车部分补贴",
                        terms(
                                PolicyKind.TRANSPORT,
                                Payee.SERVICE_PROVIDER,
                                new ShareOfCost(50, yuan("500")),
                                PaymentStages.once(),
                                List.of(),
                                List.of("乘车名单", "包车合同"),
                                yuan("1000000"),
                                OncePerPerson.PER_YEAR,
                                List.of(CHARTER_FULL))),
                new DemoPolicy(
                        SERVICE_PURCHASE,
                        "政府购买就业服务",
                        terms(
                                PolicyKind.SERVICE_PURCHASE,
                                Payee.SERVICE_PROVIDER,
                                new FixedPerPerson(yuan("300")),
                                new PaymentStages(List.of(new Stage(3, 100))),
                                List.of(
                                        new HouseholdInRegions(PARTNER_REGIONS),
                                        new ContractAtLeast(6),
                                        new EmployedAtLeast(3)),
                                List.of("服务协议", "劳动合同"),
                                yuan("500000"),
                                OncePerPerson.PER_EMPLOYER,
                                List.of())));
    }

    private static PolicyTerms terms(
            PolicyKind kind,
            Payee payee,
            org.laborbridge.subsidies.policy.AmountRule amount,
            PaymentStages stages,
            List<Condition> conditions,
            List<String> documents,
            Money budget,
            OncePerPerson once,
            List<String> excludes) {
        return new PolicyTerms(
                kind,
                payee,
                amount,
                stages,
                conditions,
                documents,
                new ValidityPeriod(SINCE, null),
                budget,
                once,
                excludes);
    }

    private static Money yuan(String yuan) {
        return Money.ofYuan(yuan);
    }
}
