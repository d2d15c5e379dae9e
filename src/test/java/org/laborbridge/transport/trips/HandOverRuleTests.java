package org.laborbridge.transport.trips;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.shared.Violation;

class HandOverRuleTests {

    private final HandOverRule rule = new HandOverRule();
    private final EmployerId hiredBy = new EmployerId(UUID.randomUUID());

    @Test
    void handsOverToTheEmployerThatHiredThem() {
        assertThat(rule.check(hiredBy, hiredBy, "王主管")).isEmpty();
    }

    @Test
    void refusesAnotherEmployer() {
        assertThat(rule.check(hiredBy, new EmployerId(UUID.randomUUID()), "王主管"))
                .get()
                .extracting(Violation::field, Violation::code)
                .containsExactly("employer", "NOT_THE_EMPLOYER");
    }

    @Test
    void someoneMustBeNamedAsReceivingThem() {
        assertThat(rule.check(hiredBy, hiredBy, "  "))
                .get()
                .extracting(Violation::field, Violation::code)
                .containsExactly("receivedBy", "REQUIRED");
        assertThat(rule.check(hiredBy, null, "王主管"))
                .get()
                .extracting(Violation::field, Violation::code)
                .containsExactly("employer", "REQUIRED");
    }
}
