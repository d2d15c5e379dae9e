package org.laborbridge.fairs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborbridge.identity.Callers;
import org.laborbridge.shared.BureauTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The article's fairs as the demo seeds them at start (the tests run in demo mode). */
@SpringBootTest
class FairsDemoTests {

    @Autowired
    Fairs fairs;

    @Test
    void fourSpecialFairsInTheLinyiCountiesWithTwentyEightEnterprisesInAll() {
        List<FairView> linyi =
                Callers.runAs(
                        FairFixtures.ADMIN,
                        () -> fairs
                                .search(new FairQuery(null, FairKind.ON_SITE, FairStatus.FINISHED, "371300", 0, 100))
                                .items()
                                .stream()
                                .filter(fair -> fair.name().contains("就业扶贫专场招聘会"))
                                .toList());
        assertThat(linyi)
                .extracting(fair -> fair.hostRegion().value())
                .containsExactlyInAnyOrder("371323", "371321", "371325", "371328");
        long enterprises = Callers.runAs(
                FairFixtures.ADMIN,
                () -> linyi.stream()
                        .flatMap(fair -> fairs.participants(fair.id()).stream())
                        .map(ParticipantView::employer)
                        .distinct()
                        .count());
        assertThat(enterprises).isEqualTo(28);
    }

    @Test
    void elevenEnterprisesOfferNearlyFiveThousandPositionsAtTheEastWestFairInXiangxi() {
        FairView eastWest = Callers.runAs(
                FairFixtures.ADMIN,
                () -> fairs
                        .search(new FairQuery(
                                Campaign.EAST_WEST, FairKind.ON_SITE, FairStatus.FINISHED, "433100", 0, 100))
                        .items()
                        .stream()
                        .filter(fair -> fair.name().equals("济南—湘西东西部劳务扶贫专场招聘会"))
                        .findFirst()
                        .orElseThrow());
        assertThat(eastWest.startsOn().getYear()).isEqualTo(2020);
        assertThat(eastWest.target()).isEqualTo(new TargetGroup(true, true, true, List.of("433100")));
        List<ParticipantView> participants = Callers.runAs(FairFixtures.ADMIN, () -> fairs.participants(eastWest.id()));
        assertThat(participants).hasSize(11);
        int positions =
                participants.stream().mapToInt(ParticipantView::positions).sum();
        assertThat(positions).isBetween(4_800, 5_000);
        assertThat(participants)
                .flatExtracting(ParticipantView::postings)
                .extracting(posting -> posting.jobType())
                .contains("ASSEMBLY", "ELECTRONICS_ASSEMBLY", "DOMESTIC_CARE");
        assertThat(participants)
                .extracting(ParticipantView::booth)
                .doesNotHaveDuplicates()
                .doesNotContainNull();
    }

    @Test
    void onlineCampaignsTheHuanggangMatchingAndAFairComingUp() {
        FairPage online = Callers.runAs(
                FairFixtures.ADMIN, () -> fairs.search(new FairQuery(null, FairKind.ONLINE, null, null, 0, 100)));
        assertThat(online.items())
                .extracting(FairView::campaign)
                .contains(Campaign.SPRING_BREEZE, Campaign.POVERTY_ALLEVIATION_DAY);
        assertThat(online.items())
                .filteredOn(fair -> fair.hostRegion().value().equals("421100"))
                .singleElement()
                .satisfies(fair -> assertThat(fair.startsOn().getMonthValue()).isEqualTo(5));
        // Other tests' fairs, open from today, come first: look far enough to reach the demo's.
        List<FairView> coming = Callers.runAs(FairFixtures.ADMIN, () -> fairs.openOrComing(BureauTime.today(), 10_000));
        assertThat(coming).anySatisfy(fair -> assertThat(fair.status()).isEqualTo(FairStatus.PLANNED));
    }
}
