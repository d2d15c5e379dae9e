package org.laborbridge.subsidies.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.SubsidyPolicies;
import org.laborbridge.subsidies.policy.Payee;
import org.laborbridge.subsidies.policy.PolicyKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The tests run in demo mode (embedded database), so the article's policies are there at start. */
@SpringBootTest
class DemoPoliciesTests {

    private static final Caller CASEWORKER = new Caller("caseworker", null, Role.CASEWORKER, List.of(), null, null);
    private static final Caller ADMIN = new Caller("admin", null, Role.ADMIN, List.of(), null, null);

    @Autowired
    SubsidyPolicies policies;

    @Autowired
    DemoPolicies demo;

    @Test
    void theArticlesFivePoliciesAreRegistered() {
        List<PolicyView> all = Callers.runAs(CASEWORKER, policies::all);

        assertThat(all)
                .filteredOn(view -> view.code().startsWith("JN-"))
                .extracting(
                        PolicyView::code,
                        view -> view.terms().kind(),
                        view -> view.terms().payee())
                .containsExactlyInAnyOrder(
                        tuple(DemoPolicies.WORKER_EMPLOYMENT, PolicyKind.WORKER_EMPLOYMENT, Payee.WORKER),
                        tuple(DemoPolicies.EMPLOYER_HIRING, PolicyKind.EMPLOYER_HIRING, Payee.EMPLOYER),
                        tuple(DemoPolicies.CHARTER_FULL, PolicyKind.TRANSPORT, Payee.SERVICE_PROVIDER),
                        tuple(DemoPolicies.CHARTER_PARTIAL, PolicyKind.TRANSPORT, Payee.SERVICE_PROVIDER),
                        tuple(DemoPolicies.SERVICE_PURCHASE, PolicyKind.SERVICE_PURCHASE, Payee.SERVICE_PROVIDER));
    }

    @Test
    void seedingAgainAddsNothing() {
        int seeded = Callers.runAs(ADMIN, demo::seedMissing);

        assertThat(seeded).isZero();
        assertThat(Callers.runAs(CASEWORKER, () -> policies.history(DemoPolicies.CHARTER_FULL)))
                .hasSize(1);
    }
}
