package org.laborbridge.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.laborbridge.workers.Education;
import org.laborbridge.workers.SeekingWorker;
import org.laborbridge.workers.WorkerId;

class FactsTests {

    private static SeekingWorker bornOn(LocalDate birthDate) {
        return new SeekingWorker(
                new WorkerId(UUID.randomUUID()),
                "433122",
                true,
                false,
                Education.JUNIOR_SECONDARY,
                birthDate,
                List.of("WELDING", "WELDING", "SEWING"),
                List.of("ASSEMBLY", "HANDICRAFT"));
    }

    @Test
    void theAgeTurnsOnTheBirthdayItself() {
        SeekingWorker worker = bornOn(LocalDate.of(1990, 6, 15));

        assertThat(Facts.of(worker, LocalDate.of(2026, 6, 14)).age()).isEqualTo(35);
        assertThat(Facts.of(worker, LocalDate.of(2026, 6, 15)).age()).isEqualTo(36);
    }

    @Test
    void keepsWhatTheScorerReadsAndTheOrderOfWantedJobs() {
        WorkerFacts facts = Facts.of(bornOn(LocalDate.of(1990, 1, 1)), LocalDate.of(2026, 1, 1));

        assertThat(facts.householdCounty()).isEqualTo("433122");
        assertThat(facts.registeredPoor()).isTrue();
        assertThat(facts.willingToMigrate()).isFalse();
        assertThat(facts.education()).isEqualTo(Education.JUNIOR_SECONDARY);
        assertThat(facts.skills()).containsExactlyInAnyOrder("WELDING", "SEWING");
        assertThat(facts.wantedJobs()).containsExactly("ASSEMBLY", "HANDICRAFT");
    }
}
