package org.laborbridge.subsidies.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.identity.AuditLog;
import org.laborbridge.identity.Callers;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.subsidies.ApplicationStatus;
import org.laborbridge.subsidies.ApplicationStep;
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
import org.laborbridge.transport.TripView;
import org.laborbridge.transport.Trips;
import org.laborbridge.transport.web.TripFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * A real trip, from planning through boarding and arrival to the hand-over of every traveller:
 * the platform then claims, for each traveller, the eligible transport subsidy paying the most,
 * paid to the operator, without an account yet.
 */
@SpringBootTest
class AutoClaimsTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Trips trips;

    @Autowired
    SubsidyApplications applications;

    @Autowired
    SubsidyPolicies policies;

    @Test
    void aTripsHandOverClaimsTheBestTransportSubsidyForEachTraveller() {
        ClaimFixtures claims = new ClaimFixtures(context);
        PolicyView generous = Callers.runAs(
                claims.admin(),
                () -> policies.register("T-TRANSPORT-" + claims.tag.toUpperCase(), "测试交通补贴", transportTerms("9999")));
        TripFixtures fixtures = new TripFixtures(context);
        JobPostingView posting = fixtures.posting("自动申请电子厂 " + claims.tag);
        TripView bus = fixtures.bus(50);
        PlacementView first = fixtures.hire("自动甲" + claims.tag, posting, bus);
        PlacementView second = fixtures.hire("自动乙" + claims.tag, posting, bus);

        fixtures.asCaseworker(() -> {
            trips.addTravellers(bus.id(), List.of(first.id(), second.id()));
            for (PlacementView hire : List.of(first, second)) {
                trips.recordCheck(bus.id(), hire.worker(), "HEALTH", true, null);
            }
            trips.startBoarding(bus.id());
            trips.board(bus.id(), first.worker());
            trips.board(bus.id(), second.worker());
            LocalDateTime now = LocalDateTime.now(BureauTime.ZONE);
            trips.depart(bus.id(), now.minusHours(2));
            trips.arrive(bus.id(), now.minusHours(1));
            trips.handOver(bus.id(), first.worker(), posting.employerId(), "王主管");
            trips.handOver(bus.id(), second.worker(), posting.employerId(), "王主管");
            return trips.close(bus.id());
        });

        for (PlacementView traveller : List.of(first, second)) {
            List<ApplicationView> made = await().atMost(Duration.ofSeconds(20))
                    .until(() -> claimsOf(claims, traveller), found -> !found.isEmpty());
            assertThat(made).singleElement().satisfies(claim -> {
                assertThat(claim.policyCode()).isEqualTo(generous.code());
                assertThat(claim.basisKind()).isEqualTo(BasisKind.TRIP_SHARE);
                assertThat(claim.basisId()).isEqualTo(bus.id().value());
                assertThat(claim.status()).isEqualTo(ApplicationStatus.SUBMITTED);
                assertThat(claim.payee()).isEqualTo(Payee.SERVICE_PROVIDER);
                assertThat(claim.payeeName()).isEqualTo("湘西州公路运输公司");
                assertThat(claim.bankAccount()).isNull();
                assertThat(claim.amount()).isEqualTo(Money.ofYuan("9999"));
                assertThat(claim.createdBy()).isEqualTo(AuditLog.SYSTEM);
            });
            ApplicationView claim = Callers.runAs(
                    claims.caseworker(), () -> applications.find(made.get(0).id()));
            assertThat(claim.steps())
                    .extracting(ApplicationStep::action, ApplicationStep::actor)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("AUTO_SUBMITTED", AuditLog.SYSTEM));
        }
    }

    private static List<ApplicationView> claimsOf(ClaimFixtures claims, PlacementView traveller) {
        return Callers.runAs(claims.caseworker(), () -> claims.applications.ofWorker(traveller.worker()));
    }

    /** A fixed amount larger than any charter share cap, for travellers from Xiangxi. */
    private static PolicyTerms transportTerms(String yuan) {
        return new PolicyTerms(
                PolicyKind.TRANSPORT,
                Payee.SERVICE_PROVIDER,
                new AmountRule.FixedPerPerson(Money.ofYuan(yuan)),
                PaymentStages.once(),
                List.of(new Condition.HouseholdInRegions(List.of(RegionCode.of("433100")))),
                List.of(),
                new ValidityPeriod(LocalDate.of(2020, 1, 1), null),
                Money.ofYuan("10000000"),
                OncePerPerson.PER_YEAR,
                List.of());
    }
}
