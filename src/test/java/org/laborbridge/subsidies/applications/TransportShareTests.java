package org.laborbridge.subsidies.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.identity.Callers;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.Violation;
import org.laborbridge.subsidies.ApplicationForm;
import org.laborbridge.subsidies.ApplicationStatus;
import org.laborbridge.subsidies.ApplicationView;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.SubsidyApplications;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A traveller's trip share is paid once, whichever transport policies exist: two policies that do
 * not name each other as exclusions still never both claim it, in the service or in the database.
 */
@SpringBootTest
class TransportShareTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    SubsidyApplications applications;

    @Autowired
    JdbcClient jdbc;

    ClaimFixtures fixtures;
    PolicyView first;
    PolicyView second;
    WorkerId traveller;
    UUID trip;

    @BeforeEach
    void setUp() {
        fixtures = new ClaimFixtures(context);
        first = transportPolicy("甲");
        second = transportPolicy("乙");
        traveller = fixtures.people.worker("乘车人" + fixtures.tag, ClaimFixtures.LUXI);
        trip = UUID.randomUUID();
        jdbc.sql("""
                        insert into subsidy_trip_share (trip_id, worker_id, household_county, share_fen,
                            fully_subsidised, batch_size, departure_day, operator, arrived_at)
                        values (:trip, :worker, :county, 30000, false, 30, :day, '湘西州公路运输公司', now())
                        """)
                .param("trip", trip)
                .param("worker", traveller.value())
                .param("county", ClaimFixtures.LUXI)
                .param("day", BureauTime.today())
                .update();
    }

    @Test
    void aSecondTransportPolicyOnTheSameShareIsRefusedAsClaimed() {
        ApplicationView claimed = claim(first);

        assertThatThrownBy(() -> claim(second))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field, Violation::code)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple("policy", "BASIS_CLAIMED")));
        assertThat(claimed.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(liveClaimsOfTheShare()).isEqualTo(1L);
    }

    @Test
    void theDatabaseLetsOneTransportPolicyClaimAShare() {
        ApplicationView claimed = claim(first);

        assertThatThrownBy(() -> copyUnder(claimed, second, "SUBMITTED"))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessageContaining("subsidy_application_one_transport_per_share");
        copyUnder(claimed, second, "REJECTED");
        assertThat(liveClaimsOfTheShare()).isEqualTo(1L);
    }

    private ApplicationView claim(PolicyView policy) {
        return Callers.runAs(
                fixtures.caseworker(),
                () -> applications.apply(new ApplicationForm(
                        policy.code(), BasisKind.TRIP_SHARE, trip, traveller, null, "农业银行", "6228480012345678", null)));
    }

    /** The claim's row again under another transport policy, as a second claim of the share would be. */
    private void copyUnder(ApplicationView claim, PolicyView policy, String status) {
        jdbc.sql("""
                        insert into subsidy_application (id, number, policy_id, policy_version, kind, payee_kind,
                            worker_id, household_county, employer_id, basis_kind, basis_id, basis_day, payee_name,
                            bank_name, bank_account, amount_fen, judgement, status, once_scope, created_by,
                            created_role, created_at, changed_at)
                        select :copy, number || '-copy-' || :status, :policy, :version, kind, payee_kind,
                            worker_id, household_county, employer_id, basis_kind, basis_id, basis_day, payee_name,
                            bank_name, bank_account, amount_fen, judgement, :status, once_scope, created_by,
                            created_role, created_at, changed_at
                          from subsidy_application where id = :id
                        """)
                .param("copy", UUID.randomUUID())
                .param("policy", policy.id().policy().value())
                .param("version", policy.id().version())
                .param("status", status)
                .param("id", claim.id().value())
                .update();
    }

    private long liveClaimsOfTheShare() {
        return jdbc.sql("""
                        select count(*) from subsidy_application
                         where basis_id = :trip and worker_id = :worker and status <> 'REJECTED'
                        """)
                .param("trip", trip)
                .param("worker", traveller.value())
                .query(Long.class)
                .single();
    }

    /** A small fixed amount for travellers from Xiangxi, so that the platform's own claims prefer others. */
    private PolicyView transportPolicy(String name) {
        String code = "T-SHARE-" + name.hashCode() + "-" + fixtures.tag.toUpperCase();
        PolicyTerms terms = new PolicyTerms(
                PolicyKind.TRANSPORT,
                Payee.SERVICE_PROVIDER,
                new AmountRule.FixedPerPerson(Money.ofYuan("100")),
                PaymentStages.once(),
                List.of(new Condition.HouseholdInRegions(List.of(RegionCode.of("433100")))),
                List.of(),
                new ValidityPeriod(LocalDate.of(2020, 1, 1), null),
                Money.ofYuan("1000000"),
                OncePerPerson.PER_YEAR,
                List.of());
        return Callers.runAs(fixtures.admin(), () -> fixtures.policies.register(code, "测试交通补贴" + name, terms));
    }
}
