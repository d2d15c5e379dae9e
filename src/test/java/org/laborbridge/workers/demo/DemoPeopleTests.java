package org.laborbridge.workers.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborbridge.shared.ResidentId;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerProfile;

/** The demo's people, at a thousandth of the size: valid, distinct, from the right counties, in the right mix. */
class DemoPeopleTests {

    static final double THOUSAND = 1_000.0 / DemoWorkforce.article().size();

    List<WorkerProfile> generate() {
        List<WorkerProfile> people = new ArrayList<>();
        new DemoPeople().generate(DemoWorkforce.article().scaled(THOUSAND), people::add);
        return people;
    }

    @Test
    void theArticleHasItsFigures() {
        DemoWorkforce article = DemoWorkforce.article();
        assertThat(article.cohorts().stream()
                        .filter(c -> c.situation() == Situation.EMPLOYED_AWAY)
                        .mapToInt(DemoWorkforce.Cohort::count)
                        .sum())
                .isEqualTo(185_300);
        assertThat(article.cohorts().stream()
                        .filter(c -> c.situation() == Situation.EMPLOYED_LOCALLY)
                        .filter(c -> c.issuedIn().equals(DemoWorkforce.XIANGXI))
                        .mapToInt(DemoWorkforce.Cohort::count)
                        .sum())
                .isEqualTo(3_666);
    }

    @Test
    void everyoneHasAValidDistinctIdFromTheirCohortsCounties() {
        List<WorkerProfile> people = generate();

        assertThat(people).hasSizeBetween(995, 1_005);
        assertThat(people)
                .allSatisfy(person -> assertThat(
                                ResidentId.isValid(person.residentId().value()))
                        .isTrue());
        assertThat(new HashSet<>(
                        people.stream().map(p -> p.residentId().value()).toList()))
                .hasSameSizeAs(people);
        assertThat(people)
                .allSatisfy(person -> assertThat(person.residentId().age(DemoPeople.REFERENCE_DAY))
                        .isBetween(18, 55));
    }

    @Test
    void theMixFollowsTheArticle() {
        List<WorkerProfile> people = generate();

        long away = people.stream()
                .filter(p -> p.situation() == Situation.EMPLOYED_AWAY)
                .count();
        long xiangxiWorkshops = people.stream()
                .filter(p -> p.situation() == Situation.EMPLOYED_LOCALLY)
                .filter(p -> p.householdCounty().value().startsWith("4331"))
                .filter(WorkerProfile::registeredPoor)
                .count();
        assertThat(away).isBetween(950L, 960L);
        assertThat(xiangxiWorkshops).isEqualTo(19);
        assertThat(people.stream()
                        .filter(p -> p.residentId().regionOfIssue().equals("500232"))
                        .map(p -> p.householdCounty().value()))
                .isNotEmpty()
                .containsOnly("500156");
        assertThat(people.stream().filter(p -> p.situation() == Situation.SEEKING))
                .allMatch(p -> p.registeredPoor() && p.willingToMigrate());
    }

    @Test
    void theSameSeedGivesTheSamePeople() {
        assertThat(generate()).isEqualTo(generate());
    }
}
