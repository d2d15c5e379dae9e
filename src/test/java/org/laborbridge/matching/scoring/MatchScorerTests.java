package org.laborbridge.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.laborbridge.matching.MatchWeights;
import org.laborbridge.workers.Education;

class MatchScorerTests {

    private final MatchScorer scorer = new MatchScorer(MatchWeights.standard(), 500_000);
    private final Pairs.Worker worker = new Pairs.Worker();
    private final Pairs.Posting posting = new Pairs.Posting();

    private Score score() {
        Score score = scorer.score(worker.facts(), posting.facts());
        assertThat(scorer.points(worker.facts(), posting.facts())).isEqualTo(score.eligible() ? score.points() : -1);
        return score;
    }

    private Reason reason(String key) {
        return score().reasons().stream()
                .filter(reason -> reason.key().equals("matching.reason." + key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no reason " + key + " in " + score().reasons()));
    }

    @Test
    void aPerfectMatchFromAwayScoresEveryWeight() {
        Score score = score();

        assertThat(score.eligible()).isTrue();
        assertThat(score.points()).isEqualTo(100);
        assertThat(score.reasons())
                .extracting(Reason::key)
                .containsExactly(
                        "matching.reason.jobType.firstChoice",
                        "matching.reason.skills.allHeld",
                        "matching.reason.place.away",
                        "matching.reason.wage.meetsReference",
                        "matching.reason.housing.providedAway");
        assertThat(score.reasons()).extracting(Reason::points).containsExactly(40, 25, 15, 10, 10);
    }

    @Test
    void registeredPoorWorkersGetThePolicyBonus() {
        worker.poor = true;

        assertThat(score().points()).isEqualTo(110);
        assertThat(reason("priority.registeredPoor").arguments()).containsExactly(10);
        assertThat(reason("priority.registeredPoor").points()).isEqualTo(10);
        assertThat(scorer.maxPoints()).isEqualTo(110);
    }

    @Test
    void aLaterWantedJobTypeCountsEightTenths() {
        posting.jobType = "WAREHOUSE";

        assertThat(reason("jobType.laterChoice").arguments()).containsExactly("WAREHOUSE", 2);
        assertThat(reason("jobType.laterChoice").points()).isEqualTo(32);
        assertThat(score().points()).isEqualTo(92);
    }

    @Test
    void noWantedJobTypesCountHalf() {
        worker.wanted = List.of();

        assertThat(reason("jobType.noneWanted").points()).isEqualTo(20);
        assertThat(score().points()).isEqualTo(80);
    }

    @Test
    void anUnwantedJobTypeCountsNothingButDoesNotExclude() {
        posting.jobType = "COOK";

        assertThat(reason("jobType.notWanted").arguments()).containsExactly("COOK", "ASSEMBLY");
        assertThat(reason("jobType.notWanted").points()).isZero();
        assertThat(score().eligible()).isTrue();
        assertThat(score().points()).isEqualTo(60);
    }

    @Test
    void skillsCountByTheShareHeldAndNameWhatIsMissing() {
        posting.skills = Set.of("FORKLIFT_LICENCE", "WELDER_LICENCE", "ELECTRICIAN_LICENCE");

        assertThat(reason("skills.partlyHeld").arguments()).containsExactly(1, 3);
        assertThat(reason("skills.partlyHeld").points()).isEqualTo(8);
        assertThat(score().reasons())
                .filteredOn(reason -> reason.key().equals("matching.reason.skills.missing"))
                .extracting(reason -> reason.arguments().get(0))
                .containsExactly("ELECTRICIAN_LICENCE", "WELDER_LICENCE");
        assertThat(score().points()).isEqualTo(83);
    }

    @Test
    void noSkillsHeldCountsNothing() {
        worker.skills = Set.of();

        assertThat(reason("skills.noneHeld").arguments()).containsExactly(0, 1);
        assertThat(reason("skills.noneHeld").points()).isZero();
    }

    @Test
    void noSkillsRequiredCountsFully() {
        posting.skills = Set.of();

        assertThat(reason("skills.noneRequired").points()).isEqualTo(25);
    }

    @Test
    void aLocalWorkerScoresPlaceAndHalfTheHousing() {
        worker.county = "370112";
        worker.willing = false;

        assertThat(reason("place.local").arguments()).containsExactly("370102", "370112");
        assertThat(reason("place.local").points()).isEqualTo(15);
        assertThat(reason("housing.providedLocal").points()).isEqualTo(5);
        assertThat(score().points()).isEqualTo(95);
    }

    @Test
    void noHousingCountsNothing() {
        posting.housing = false;

        assertThat(reason("housing.notProvided").points()).isZero();
        assertThat(score().points()).isEqualTo(90);
    }

    @Test
    void aWageBelowTheReferenceCountsItsShare() {
        posting.wageMinFen = 300_000;
        posting.wageMaxFen = 400_000;

        assertThat(reason("wage.belowReference").arguments()).containsExactly(3500L, 5000L);
        assertThat(reason("wage.belowReference").points()).isEqualTo(7);
        assertThat(score().points()).isEqualTo(97);
    }

    @Test
    void roundsTheSumOnce() {
        posting.wageMinFen = 310_000;
        posting.wageMaxFen = 310_000;
        posting.housing = false;
        worker.county = "370112";

        // 40 + 25 + 15 + 10 × 0.62 + 0 = 86.2
        assertThat(score().points()).isEqualTo(86);
    }

    @Test
    void unrecordedEducationDoesNotExcludeButIsSaid() {
        worker.education = null;

        assertThat(score().eligible()).isTrue();
        assertThat(reason("education.notRecorded").arguments()).containsExactly(Education.JUNIOR_SECONDARY);
        assertThat(score().reasons().get(score().reasons().size() - 1).key())
                .isEqualTo("matching.reason.education.notRecorded");
        assertThat(score().points()).isEqualTo(100);
    }

    @Test
    void excludesAPostingWithoutOpenings() {
        posting.openings = 0;

        assertExcludedBy("excluded.noOpenings");
    }

    @Test
    void excludesTheTooYoung() {
        worker.age = 17;

        assertExcludedBy("excluded.tooYoung", 17, 18);
    }

    @Test
    void excludesTheTooOld() {
        worker.age = 46;

        assertExcludedBy("excluded.tooOld", 46, 45);
    }

    @Test
    void theAgeRangeIncludesItsEndsAndOpenEndsExcludeNobody() {
        worker.age = 45;
        assertThat(score().eligible()).isTrue();
        worker.age = 18;
        assertThat(score().eligible()).isTrue();

        posting.minAge = null;
        posting.maxAge = null;
        worker.age = 70;
        assertThat(score().eligible()).isTrue();
    }

    @Test
    void excludesEducationBelowTheRequirement() {
        worker.education = Education.PRIMARY;

        assertExcludedBy("excluded.educationBelow", Education.PRIMARY, Education.JUNIOR_SECONDARY);
    }

    @Test
    void excludesWorkAwayForSomeoneNotWillingToMigrate() {
        worker.willing = false;

        assertExcludedBy("excluded.notWillingToMigrate", "370102", "433122");
    }

    @Test
    void listsEveryExcludingReason() {
        posting.openings = 0;
        worker.age = 60;
        worker.willing = false;

        assertThat(score().reasons())
                .extracting(Reason::key)
                .containsExactly(
                        "matching.reason.excluded.noOpenings",
                        "matching.reason.excluded.tooOld",
                        "matching.reason.excluded.notWillingToMigrate");
    }

    @Test
    void refusesAReferenceWageThatIsNotPositive() {
        assertThatThrownBy(() -> new MatchScorer(MatchWeights.standard(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void theFastPathAgreesWithTheExplainedScoreOverGeneratedPairs(long seed) {
        GeneratedFacts facts = new GeneratedFacts(seed);
        MatchScorer weighted = new MatchScorer(new MatchWeights(30, 35, 5, 20, 10, 15), 480_000);
        for (int i = 0; i < 5000; i++) {
            WorkerFacts w = facts.worker();
            PostingFacts p = facts.anyPosting();
            for (MatchScorer each : List.of(scorer, weighted)) {
                Score score = each.score(w, p);
                assertThat(each.points(w, p)).isEqualTo(score.eligible() ? score.points() : -1);
            }
        }
    }

    private void assertExcludedBy(String key, Object... arguments) {
        Score score = score();
        assertThat(score.eligible()).isFalse();
        assertThat(score.points()).isZero();
        assertThat(score.reasons()).hasSize(1);
        Reason reason = score.reasons().get(0);
        assertThat(reason.key()).isEqualTo("matching.reason." + key);
        assertThat(reason.excludes()).isTrue();
        assertThat(reason.arguments()).containsExactly(arguments);
        assertThat(scorer.points(worker.facts(), posting.facts())).isEqualTo(-1);
    }
}
