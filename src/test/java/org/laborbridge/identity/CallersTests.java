package org.laborbridge.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

class CallersTests {

    @Test
    void runsWorkAsTheGivenCallerAndRestoresTheOneBefore() {
        SecurityContextHolder.clearContext();
        Caller demo = new Caller("demo", null, Role.ADMIN, List.of(), null, null);

        Caller seen = Callers.runAs(demo, Callers::current);

        assertThat(seen).isEqualTo(demo);
        assertThat(Callers.find()).isEmpty();
    }
}
