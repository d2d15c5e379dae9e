package org.laborbridge.workers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.ResidentId;
import org.laborbridge.support.TestResidentIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The facts other modules' rules read of a worker: full birth date, masked number, no scope check. */
@SpringBootTest
class WorkerBackgroundTests {

    private static final Caller CASEWORKER = new Caller("caseworker", null, Role.CASEWORKER, List.of(), null, null);

    @Autowired
    WorkerRegistry registry;

    @Test
    void givesTheFactsWithTheNumberMaskedToAnyCaller() {
        String residentId = TestResidentIds.next("433122");
        WorkerId id = Callers.runAs(
                CASEWORKER,
                () -> registry.register(new WorkerForm(
                                "背景测试", residentId, null, null, true, null, null, true, null, null, null, null, null))
                        .id());
        Caller stranger = new Caller(
                "someone-else",
                null,
                Role.WORKER,
                List.of(),
                null,
                WorkerId.random().value());

        List<WorkerBackground> found =
                Callers.runAs(stranger, () -> registry.backgroundsOf(List.of(id, id, WorkerId.random())));

        assertThat(found).hasSize(1);
        WorkerBackground background = found.get(0);
        assertThat(background.id()).isEqualTo(id);
        assertThat(background.name()).isEqualTo("背景测试");
        assertThat(background.householdCounty()).isEqualTo("433122");
        assertThat(background.registeredPoor()).isTrue();
        assertThat(background.birthDate())
                .isEqualTo(ResidentId.parse(residentId).birthDate());
        assertThat(background.maskedResidentId()).contains("*").isNotEqualTo(residentId);
        assertThat(registry.backgroundsOf(List.of())).isEmpty();
    }
}
