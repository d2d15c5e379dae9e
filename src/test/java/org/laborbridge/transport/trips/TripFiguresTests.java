package org.laborbridge.transport.trips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.transport.trips.TripFixtures.CASEWORKER;
import static org.laborbridge.transport.trips.TripFixtures.HUANGZHOU;
import static org.laborbridge.transport.trips.TripFixtures.LUXI;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.identity.Callers;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.placements.Placements;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.transport.TripFigure;
import org.laborbridge.transport.TripView;
import org.laborbridge.transport.Trips;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The figures reporting keeps from trips: only hand-overs count, travellers by household county,
 * batches by batch region, each in the month of the hand-over. The database is shared, so the
 * test compares the figures before and after its own trip.
 */
@SpringBootTest
class TripFiguresTests {

    @Autowired
    Trips trips;

    @Autowired
    Employers employers;

    @Autowired
    JobPostings postings;

    @Autowired
    WorkerRegistry registry;

    @Autowired
    Placements placements;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void countsHandedOverTravellersAndTheirBatchInTheMonthOfTheHandOver() {
        TripFixtures fixtures = new TripFixtures(employers, postings, registry, placements, transactions);
        JobPostingView posting = fixtures.posting("统计输送电子厂", 20);
        TripView trip = TripFixtures.plan(trips, TripFixtures.bus(40, 30));
        PlacementView luxi = fixtures.hired("统计乘客甲", LUXI, posting);
        PlacementView huangzhou = fixtures.hired("统计乘客乙", HUANGZHOU, posting);
        PlacementView absent = fixtures.hired("统计乘客丙", LUXI, posting);
        Callers.runAs(
                CASEWORKER, () -> trips.addTravellers(trip.id(), List.of(luxi.id(), huangzhou.id(), absent.id())));
        String region = trip.batchRegion().value();
        YearMonth month = YearMonth.now(BureauTime.ZONE);
        long travellersLuxi = sum(trips::travellerFigures, LUXI, month);
        long travellersHuangzhou = sum(trips::travellerFigures, HUANGZHOU, month);
        long helpedOutLuxi = sum(trips::helpedOutFigures, LUXI, month);
        long batches = sum(trips::batchFigures, region, month);

        TripFixtures.carry(trips, trip, List.of(luxi.worker(), huangzhou.worker()), List.of(absent.worker()));
        Callers.runAs(CASEWORKER, () -> trips.handOver(trip.id(), luxi.worker(), posting.employerId(), "王主管"));

        assertThat(sum(trips::travellerFigures, LUXI, month)).isEqualTo(travellersLuxi + 1);
        assertThat(sum(trips::helpedOutFigures, LUXI, month)).isEqualTo(helpedOutLuxi + 1);
        assertThat(sum(trips::batchFigures, region, month)).isEqualTo(batches + 1);
        assertThat(sum(trips::travellerFigures, HUANGZHOU, month))
                .as("boarded but not yet handed over")
                .isEqualTo(travellersHuangzhou);

        Callers.runAs(CASEWORKER, () -> trips.handOver(trip.id(), huangzhou.worker(), posting.employerId(), "王主管"));

        assertThat(sum(trips::travellerFigures, HUANGZHOU, month)).isEqualTo(travellersHuangzhou + 1);
        assertThat(sum(trips::batchFigures, region, month))
                .as("one batch however many travellers")
                .isEqualTo(batches + 1);
    }

    private static long sum(Supplier<List<TripFigure>> figures, String county, YearMonth month) {
        return figures.get().stream()
                .filter(f -> f.county().equals(county) && f.month().equals(month))
                .mapToLong(TripFigure::value)
                .sum();
    }
}
