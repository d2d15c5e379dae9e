package org.laborbridge.transport.trips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.transport.TransportMode.BUS;
import static org.laborbridge.transport.TransportMode.CARRIAGE;
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
import org.laborbridge.transport.TransportMode;
import org.laborbridge.transport.TripFigure;
import org.laborbridge.transport.TripForm;
import org.laborbridge.transport.TripModeFigure;
import org.laborbridge.transport.TripView;
import org.laborbridge.transport.Trips;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The figures reporting keeps from trips: only hand-overs count, travellers by household county,
 * batches and vehicles by batch region, each in the month of the hand-over; travellers and
 * vehicles also by transport mode. The database is shared, so the
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
        long travellersLuxi = sum(trips::travellerFiguresByMode, LUXI, month, BUS);
        long travellersHuangzhou = sum(trips::travellerFiguresByMode, HUANGZHOU, month, BUS);
        long helpedOutLuxi = sum(trips::helpedOutFigures, LUXI, month);
        long batches = sum(trips::batchFigures, region, month);

        TripFixtures.carry(trips, trip, List.of(luxi.worker(), huangzhou.worker()), List.of(absent.worker()));
        Callers.runAs(CASEWORKER, () -> trips.handOver(trip.id(), luxi.worker(), posting.employerId(), "王主管"));

        assertThat(sum(trips::travellerFiguresByMode, LUXI, month, BUS)).isEqualTo(travellersLuxi + 1);
        assertThat(sum(trips::helpedOutFigures, LUXI, month)).isEqualTo(helpedOutLuxi + 1);
        assertThat(sum(trips::batchFigures, region, month)).isEqualTo(batches + 1);
        assertThat(sum(trips::travellerFiguresByMode, HUANGZHOU, month, BUS))
                .as("boarded but not yet handed over")
                .isEqualTo(travellersHuangzhou);

        Callers.runAs(CASEWORKER, () -> trips.handOver(trip.id(), huangzhou.worker(), posting.employerId(), "王主管"));

        assertThat(sum(trips::travellerFiguresByMode, HUANGZHOU, month, BUS)).isEqualTo(travellersHuangzhou + 1);
        assertThat(sum(trips::batchFigures, region, month))
                .as("one batch however many travellers")
                .isEqualTo(batches + 1);
    }

    @Test
    void countsEachVehicleOfABatchOnceUnderItsModeAndTheTravellersUnderTheirVehiclesMode() {
        TripFixtures fixtures = new TripFixtures(employers, postings, registry, placements, transactions);
        JobPostingView posting = fixtures.posting("统计车厢电子厂", 20);
        TripView bus = TripFixtures.plan(trips, TripFixtures.bus(40, 60));
        TripForm carriageForm = TripFixtures.bus(120, 60);
        TripView carriage = TripFixtures.plan(trips, inBatch(carriageForm, bus.batchNo()));
        PlacementView first = fixtures.hired("统计车厢甲", LUXI, posting);
        PlacementView second = fixtures.hired("统计车厢乙", LUXI, posting);
        PlacementView third = fixtures.hired("统计车厢丙", LUXI, posting);
        Callers.runAs(CASEWORKER, () -> trips.addTravellers(bus.id(), List.of(first.id())));
        Callers.runAs(CASEWORKER, () -> trips.addTravellers(carriage.id(), List.of(second.id(), third.id())));
        String region = bus.batchRegion().value();
        YearMonth month = YearMonth.now(BureauTime.ZONE);
        long buses = sum(trips::vehicleFigures, region, month, BUS);
        long carriages = sum(trips::vehicleFigures, region, month, CARRIAGE);
        long batches = sum(trips::batchFigures, region, month);
        long byBus = sum(trips::travellerFiguresByMode, LUXI, month, BUS);
        long byCarriage = sum(trips::travellerFiguresByMode, LUXI, month, CARRIAGE);

        TripFixtures.carry(trips, bus, List.of(first.worker()));
        TripFixtures.carry(trips, carriage, List.of(second.worker(), third.worker()));
        Callers.runAs(CASEWORKER, () -> {
            trips.handOver(bus.id(), first.worker(), posting.employerId(), "王主管");
            trips.handOver(carriage.id(), second.worker(), posting.employerId(), "王主管");
            return trips.handOver(carriage.id(), third.worker(), posting.employerId(), "王主管");
        });

        assertThat(sum(trips::vehicleFigures, region, month, BUS)).isEqualTo(buses + 1);
        assertThat(sum(trips::vehicleFigures, region, month, CARRIAGE))
                .as("one carriage however many travellers")
                .isEqualTo(carriages + 1);
        assertThat(sum(trips::batchFigures, region, month))
                .as("both in one batch")
                .isEqualTo(batches + 1);
        assertThat(sum(trips::travellerFiguresByMode, LUXI, month, BUS)).isEqualTo(byBus + 1);
        assertThat(sum(trips::travellerFiguresByMode, LUXI, month, CARRIAGE)).isEqualTo(byCarriage + 2);
    }

    /** A carriage of the bus's batch: the same route and times, another vehicle. */
    private static TripForm inBatch(TripForm form, int batchNo) {
        return new TripForm(
                CARRIAGE,
                form.operator(),
                "K" + batchNo,
                form.origin(),
                form.gatheringPoint(),
                form.destinations(),
                form.plannedDeparture(),
                form.plannedArrival(),
                form.seats(),
                form.totalCost(),
                batchNo);
    }

    private static long sum(
            Supplier<List<TripModeFigure>> figures, String county, YearMonth month, TransportMode mode) {
        return figures.get().stream()
                .filter(f -> f.county().equals(county) && f.month().equals(month) && f.mode() == mode)
                .mapToLong(TripModeFigure::value)
                .sum();
    }

    private static long sum(Supplier<List<TripFigure>> figures, String county, YearMonth month) {
        return figures.get().stream()
                .filter(f -> f.county().equals(county) && f.month().equals(month))
                .mapToLong(TripFigure::value)
                .sum();
    }
}
