package org.laborbridge.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.laborbridge.matching.MatchWeights;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;

class MatchWeightsTests {

    @Test
    void theStandardWeightsAreValid() {
        assertThat(MatchWeights.standard().factorTotal()).isEqualTo(100);
    }

    @Test
    void acceptsTheBoundsAndASingleFactor() {
        assertThat(new MatchWeights(0, 0, 0, 0, 100, 0).housing()).isEqualTo(100);
        assertThat(new MatchWeights(100, 100, 100, 100, 100, 100).factorTotal()).isEqualTo(500);
    }

    @Test
    void refusesNegativeWeightsNamingEachField() {
        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> new MatchWeights(-1, 25, 15, -10, 10, -5));

        assertThat(e.violations()).extracting(Violation::field).containsExactly("jobType", "wage", "poorPriorityBonus");
        assertThat(e.violations()).extracting(Violation::code).containsOnly("NEGATIVE");
        assertThat(e.violations()).extracting(Violation::messageKey).containsOnly("matching.invalid.weights.NEGATIVE");
        assertThat(e.violations().get(1).arguments()).containsExactly(-10);
    }

    @Test
    void refusesWeightsAboveTheMaximum() {
        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> new MatchWeights(40, 101, 15, 10, 10, 200));

        assertThat(e.violations()).extracting(Violation::field).containsExactly("skills", "poorPriorityBonus");
        assertThat(e.violations()).extracting(Violation::code).containsOnly("TOO_LARGE");
        assertThat(e.violations().get(0).arguments()).containsExactly(101, MatchWeights.MAX);
    }

    @Test
    void refusesAllFactorWeightsZeroEvenWithABonus() {
        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> new MatchWeights(0, 0, 0, 0, 0, 10));

        assertThat(e.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo("ALL_ZERO");
            assertThat(violation.messageKey()).isEqualTo("matching.invalid.weights.ALL_ZERO");
        });
    }
}
