package org.laborbridge.subsidies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.laborbridge.subsidies.PolicyCatalogueFixtures.terms;
import static org.laborbridge.subsidies.PolicyCatalogueFixtures.uniqueCode;

import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** Who may read and change the catalogue: ADMIN changes; bureau staff and PARTNER read; the rest nothing. */
@SpringBootTest
class PolicyAccessMatrixTests {

    private static final Map<String, Caller> CALLERS = Map.of(
            "admin", PolicyCatalogueFixtures.ADMIN,
            "caseworker", PolicyCatalogueFixtures.CASEWORKER,
            "approver", PolicyCatalogueFixtures.APPROVER,
            "partner", PolicyCatalogueFixtures.PARTNER,
            "employer", PolicyCatalogueFixtures.EMPLOYER,
            "worker", PolicyCatalogueFixtures.WORKER);

    @Autowired
    SubsidyPolicies policies;

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "admin,      read,     allowed",
        "caseworker, read,     allowed",
        "approver,   read,     allowed",
        "partner,    read,     allowed",
        "employer,   read,     denied",
        "worker,     read,     denied",
        "admin,      register, allowed",
        "caseworker, register, denied",
        "approver,   register, denied",
        "partner,    register, denied",
        "employer,   register, denied",
        "worker,     register, denied",
        "admin,      revise,   allowed",
        "caseworker, revise,   denied",
        "approver,   revise,   denied",
        "partner,    revise,   denied",
        "employer,   revise,   denied",
        "worker,     revise,   denied",
    })
    void onlyAdministratorsChangeAndOnlyBureauAndPartnerStaffRead(String who, String action, String expected) {
        String code = uniqueCode("MATRIX");
        Callers.runAs(PolicyCatalogueFixtures.ADMIN, () -> policies.register(code, "权限矩阵", terms("1000", 6)));
        Caller caller = CALLERS.get(who);
        Supplier<Object> attempt = switch (action) {
            case "read" -> () -> java.util.List.of(policies.find(code), policies.version(code, 1), policies.all());
            case "register" -> () -> policies.register(uniqueCode("MATRIX"), "新政策", terms("1000", 6));
            case "revise" -> () -> policies.revise(code, terms("900", 6));
            default -> throw new IllegalArgumentException(action);
        };

        if (expected.equals("allowed")) {
            assertThat(Callers.runAs(caller, attempt)).isNotNull();
        } else {
            assertThatThrownBy(() -> Callers.runAs(caller, attempt)).isInstanceOf(AccessDeniedException.class);
            assertThat(Callers.runAs(PolicyCatalogueFixtures.ADMIN, () -> policies.history(code)))
                    .hasSize(1);
        }
        assertThat(Callers.runAs(caller, policies::mayChange)).isEqualTo(who.equals("admin"));
    }
}
