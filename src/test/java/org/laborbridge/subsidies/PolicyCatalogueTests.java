package org.laborbridge.subsidies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.laborbridge.subsidies.PolicyCatalogueFixtures.ADMIN;
import static org.laborbridge.subsidies.PolicyCatalogueFixtures.terms;
import static org.laborbridge.subsidies.PolicyCatalogueFixtures.uniqueCode;

import org.junit.jupiter.api.Test;
import org.laborbridge.identity.Callers;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.Violation;
import org.laborbridge.subsidies.policy.AmountRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The catalogue on the real embedded PostgreSQL: versions are added, never changed. */
@SpringBootTest
class PolicyCatalogueTests {

    @Autowired
    SubsidyPolicies policies;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRevisionAddsAVersionAndKeepsTheOldOneAsItWas() {
        String code = uniqueCode("REVISE");
        PolicyView first = asAdmin(() -> policies.register(code, "一次性求职补贴", terms("1000", 6)));

        PolicyView second = asAdmin(() -> policies.revise(code, terms("1200", 12)));

        assertThat(first.version()).isEqualTo(1);
        assertThat(first.createdBy()).isEqualTo("admin");
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.id().policy()).isEqualTo(first.id().policy());
        assertThat(asAdmin(() -> policies.find(code)).terms()).isEqualTo(terms("1200", 12));
        assertThat(asAdmin(() -> policies.version(code, 1)).terms()).isEqualTo(terms("1000", 6));
        assertThat(asAdmin(() -> policies.history(code)))
                .extracting(PolicyView::version, view -> view.terms().amount())
                .containsExactly(
                        tuple(1, new AmountRule.FixedPerPerson(Money.ofYuan("1000"))),
                        tuple(2, new AmountRule.FixedPerPerson(Money.ofYuan("1200"))));
        assertThat(asAdmin(() -> policies.all()))
                .extracting(PolicyView::code, PolicyView::version)
                .contains(tuple(code, 2));
    }

    @Test
    void theDatabaseRefusesToChangeAStoredVersion() {
        String code = uniqueCode("FROZEN");
        PolicyView first = asAdmin(() -> policies.register(code, "冻结测试", terms("1000", 6)));

        assertThatThrownBy(() -> jdbc.sql("update subsidy_policy_version set budget_fen = 1 where policy_id = :id")
                        .param("id", first.id().policy().value())
                        .update())
                .hasMessageContaining("never changed");
        assertThat(asAdmin(() -> policies.version(code, 1)).terms().budget()).isEqualTo(Money.ofYuan("100000"));
    }

    @Test
    void aTakenCodeIsRefusedAndNothingIsAdded() {
        String code = uniqueCode("TWICE");
        asAdmin(() -> policies.register(code, "第一次", terms("1000", 6)));

        InvalidInputException refused = catchThrowableOfType(
                InvalidInputException.class, () -> asAdmin(() -> policies.register(code, "第二次", terms("500", 6))));

        assertThat(refused.violations())
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("code", "DUPLICATE"));
        assertThat(asAdmin(() -> policies.history(code)))
                .extracting(PolicyView::name)
                .containsExactly("第一次");
    }

    @Test
    void namesEveryMissingOrMalformedFieldAtOnce() {
        InvalidInputException refused = catchThrowableOfType(
                InvalidInputException.class, () -> asAdmin(() -> policies.register("lower case", " ", null)));

        assertThat(refused.violations())
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("code", "FORMAT"), tuple("name", "REQUIRED"), tuple("terms", "REQUIRED"));
    }

    @Test
    void unknownCodesAndVersionsAreNotFound() {
        String code = uniqueCode("ONE");
        asAdmin(() -> policies.register(code, "只有一版", terms("1000", 6)));

        assertThatThrownBy(() -> asAdmin(() -> policies.version(code, 2))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> asAdmin(() -> policies.find("NO-SUCH-POLICY")))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> asAdmin(() -> policies.revise("NO-SUCH-POLICY", terms("1", 6))))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void concurrentRevisionsTakeDistinctVersionNumbers() throws Exception {
        String code = uniqueCode("RACE");
        asAdmin(() -> policies.register(code, "并发修订", terms("1000", 6)));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var revisions = new java.util.ArrayList<java.util.concurrent.Future<PolicyView>>();
            for (int i = 0; i < 4; i++) {
                String yuan = String.valueOf(1100 + i);
                revisions.add(pool.submit(() -> asAdmin(() -> policies.revise(code, terms(yuan, 6)))));
            }
            for (var revision : revisions) {
                revision.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(asAdmin(() -> policies.history(code)))
                .extracting(PolicyView::version)
                .containsExactly(1, 2, 3, 4, 5);
    }

    private static <T> T asAdmin(java.util.function.Supplier<T> work) {
        return Callers.runAs(ADMIN, work);
    }
}
