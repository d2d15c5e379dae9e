package org.laborbridge.transport.trips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.transport.trips.TripFixtures.CASEWORKER;
import static org.laborbridge.transport.trips.TripFixtures.HUANGZHOU;
import static org.laborbridge.transport.trips.TripFixtures.LUXI;

import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.placements.Placements;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.transport.Manifest;
import org.laborbridge.transport.ManifestLine;
import org.laborbridge.transport.TripQuery;
import org.laborbridge.transport.TripView;
import org.laborbridge.transport.Trips;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may do what with which trip, through the service. Each row gets a fresh bus from 泸溪 (in
 * the partner region 433100) carrying "own-worker" from 泸溪, hired by "own-employer", and a worker
 * from 黄州 (421102, partner region 421100) hired by a third enterprise. "partner-traveller" covers
 * 421100: they see the trip for their person's sake but do not run it; "partner-out" covers 沂水.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TripAccessMatrixTests {

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

    TripFixtures fixtures;
    JobPostingView ownPosting;
    JobPostingView thirdPosting;
    JobPostingView otherPosting;
    int day = 40;

    @BeforeAll
    void setUp() {
        fixtures = new TripFixtures(employers, postings, registry, placements, transactions);
        ownPosting = fixtures.posting("权限测试运输电子厂", 500);
        thirdPosting = fixtures.posting("权限测试第三方工厂", 500);
        otherPosting = fixtures.posting("权限测试无关工厂", 5);
    }

    /** A trip and its people, at the stage the action needs. */
    record Scene(TripView trip, PlacementView own, PlacementView third, PlacementView spare) {}

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "ADMIN, SEE, OK",
        "ADMIN, FULL_MANIFEST, FULL",
        "ADMIN, ADD, OK",
        "ADMIN, CANCEL, OK",
        "ADMIN, ARRIVE, OK",
        "ADMIN, HAND_OVER, OK",
        "CASEWORKER, SEE, OK",
        "CASEWORKER, FULL_MANIFEST, FULL",
        "CASEWORKER, ADD, OK",
        "CASEWORKER, CANCEL, OK",
        "CASEWORKER, ARRIVE, OK",
        "CASEWORKER, HAND_OVER, OK",
        "APPROVER, SEE, OK",
        "APPROVER, FULL_MANIFEST, MASKED",
        "APPROVER, ADD, 403",
        "APPROVER, CANCEL, 403",
        "APPROVER, ARRIVE, 403",
        "APPROVER, HAND_OVER, 403",
        "PARTNER_ORIGIN, SEE, OK",
        "PARTNER_ORIGIN, FULL_MANIFEST, FULL",
        "PARTNER_ORIGIN, ADD, OK",
        "PARTNER_ORIGIN, CANCEL, OK",
        "PARTNER_ORIGIN, ARRIVE, 403",
        "PARTNER_ORIGIN, HAND_OVER, 403",
        "PARTNER_TRAVELLER, SEE, OK",
        "PARTNER_TRAVELLER, FULL_MANIFEST, MASKED",
        "PARTNER_TRAVELLER, ADD, 403",
        "PARTNER_TRAVELLER, CANCEL, 403",
        "PARTNER_TRAVELLER, ARRIVE, 403",
        "PARTNER_TRAVELLER, HAND_OVER, 403",
        "PARTNER_OUT, SEE, 404",
        "PARTNER_OUT, FULL_MANIFEST, 404",
        "PARTNER_OUT, ADD, 404",
        "PARTNER_OUT, CANCEL, 404",
        "PARTNER_OUT, ARRIVE, 404",
        "PARTNER_OUT, HAND_OVER, 404",
        "EMPLOYER_OWN, SEE, OK",
        "EMPLOYER_OWN, FULL_MANIFEST, MASKED",
        "EMPLOYER_OWN, ADD, 403",
        "EMPLOYER_OWN, CANCEL, 403",
        "EMPLOYER_OWN, ARRIVE, 403",
        "EMPLOYER_OWN, HAND_OVER, OK",
        "EMPLOYER_OTHER, SEE, 404",
        "EMPLOYER_OTHER, FULL_MANIFEST, 404",
        "EMPLOYER_OTHER, ADD, 404",
        "EMPLOYER_OTHER, CANCEL, 404",
        "EMPLOYER_OTHER, ARRIVE, 404",
        "EMPLOYER_OTHER, HAND_OVER, 404",
        "WORKER_OWN, SEE, OK",
        "WORKER_OWN, FULL_MANIFEST, MASKED",
        "WORKER_OWN, ADD, 403",
        "WORKER_OWN, CANCEL, 403",
        "WORKER_OWN, ARRIVE, 403",
        "WORKER_OWN, HAND_OVER, 403",
        "WORKER_OTHER, SEE, 404",
        "WORKER_OTHER, FULL_MANIFEST, 404",
        "WORKER_OTHER, ADD, 404",
        "WORKER_OTHER, CANCEL, 404",
        "WORKER_OTHER, ARRIVE, 404",
        "WORKER_OTHER, HAND_OVER, 404"
    })
    void decidesWhoMayDoWhat(String who, String action, String expected) {
        Scene scene = scene(action);
        Caller caller = caller(who, scene);

        String outcome = outcome(() -> Callers.runAs(caller, () -> act(action, scene)));

        assertThat(outcome).isEqualTo(expected);
    }

    @Test
    void anEmployerSeesOnlyTheirOwnHiresOnTheManifestAndInTheList() {
        Scene scene = scene("SEE");
        Caller employer = TripFixtures.employerOf(ownPosting.employerId());

        Manifest manifest =
                Callers.runAs(employer, () -> trips.manifest(scene.trip().id()));

        assertThat(manifest.lines())
                .extracting(ManifestLine::worker)
                .containsExactly(scene.own().worker());
        assertThat(Callers.runAs(employer, () -> trips.search(TripQuery.all(0, 100)))
                        .items())
                .extracting(TripView::id)
                .contains(scene.trip().id());
        assertThat(Callers.runAs(TripFixtures.partnerFor("371323"), () -> trips.search(TripQuery.all(0, 100)))
                        .items())
                .extracting(TripView::id)
                .doesNotContain(scene.trip().id());
    }

    @Test
    void aPartnerWhosePeopleRideAnotherRegionsTripSeesOnlyTheirPeople() {
        Scene scene = scene("SEE");

        Manifest manifest = Callers.runAs(
                TripFixtures.partnerFor("421100"),
                () -> trips.manifest(scene.trip().id()));

        assertThat(manifest.lines())
                .extracting(ManifestLine::worker)
                .containsExactly(scene.third().worker());
        assertThat(Callers.runAs(TripFixtures.partnerFor("421100"), () -> trips.search(TripQuery.all(0, 100)))
                        .items())
                .extracting(TripView::id)
                .contains(scene.trip().id());
    }

    @Test
    void aWorkerReadsOnlyTheirOwnLineAndNobodyElsesTrips() {
        Scene scene = scene("SEE");
        Caller self = TripFixtures.workerSelf(scene.own().worker());

        assertThat(Callers.runAs(self, () -> trips.manifest(scene.trip().id())).lines())
                .extracting(ManifestLine::worker)
                .containsExactly(scene.own().worker());
        assertThat(Callers.runAs(self, () -> trips.ofWorker(scene.third().worker())))
                .isEmpty();
    }

    @Test
    void theManifestExportIsMaskedForAnEmployerAndFullForTheOriginsPartner() {
        Scene scene = scene("SEE");
        ByteArrayOutputStream employerFile = new ByteArrayOutputStream();
        ByteArrayOutputStream partnerFile = new ByteArrayOutputStream();

        Callers.runAs(TripFixtures.employerOf(ownPosting.employerId()), () -> {
            trips.exportManifest(scene.trip().id(), Locale.ENGLISH, employerFile);
            return null;
        });
        Callers.runAs(TripFixtures.partnerFor("433100"), () -> {
            trips.exportManifest(scene.trip().id(), Locale.ENGLISH, partnerFile);
            return null;
        });

        assertThat(ManifestWorkbookTests.cells(employerFile.toByteArray()))
                .hasSize(3)
                .satisfies(rows -> assertThat(rows.get(2).get(2)).contains("*"));
        assertThat(ManifestWorkbookTests.cells(partnerFile.toByteArray()))
                .hasSize(4)
                .satisfies(rows ->
                        assertThat(rows.get(2).get(2)).doesNotContain("*").hasSize(18));
    }

    private Object act(String action, Scene scene) {
        TripView trip = scene.trip();
        LocalDateTime now = LocalDateTime.now(BureauTime.ZONE);
        return switch (action) {
            case "SEE" -> trips.find(trip.id());
            case "FULL_MANIFEST" -> trips.manifestInFull(trip.id()).full() ? "FULL" : "MASKED";
            case "ADD" -> trips.addTraveller(trip.id(), scene.spare().id());
            case "CANCEL" -> trips.cancel(trip.id(), "权限测试");
            case "ARRIVE" -> trips.arrive(trip.id(), now.minusMinutes(30));
            case "HAND_OVER" -> trips.handOver(trip.id(), scene.own().worker(), ownPosting.employerId(), "王主管");
            default -> throw new IllegalArgumentException(action);
        };
    }

    /** A fresh trip for each row, a day after the last, so that no row sees another's changes. */
    private Scene scene(String action) {
        TripView trip = TripFixtures.plan(trips, TripFixtures.bus(50, day++));
        PlacementView own = fixtures.hired("权限本人", LUXI, ownPosting);
        PlacementView third = fixtures.hired("权限他人", HUANGZHOU, thirdPosting);
        PlacementView spare = fixtures.hired("权限候补", LUXI, ownPosting);
        Callers.runAs(CASEWORKER, () -> trips.addTravellers(trip.id(), List.of(own.id(), third.id())));
        List<WorkerId> travellers = List.of(own.worker(), third.worker());
        if (action.equals("ARRIVE")) {
            Callers.runAs(CASEWORKER, () -> {
                travellers.forEach(worker -> trips.recordCheck(trip.id(), worker, "HEALTH", true, null));
                trips.startBoarding(trip.id());
                travellers.forEach(worker -> trips.board(trip.id(), worker));
                return trips.depart(
                        trip.id(), LocalDateTime.now(BureauTime.ZONE).minusHours(2));
            });
        } else if (action.equals("HAND_OVER")) {
            TripFixtures.carry(trips, trip, travellers);
        }
        return new Scene(trip, own, third, spare);
    }

    private Caller caller(String who, Scene scene) {
        return switch (who) {
            case "ADMIN" -> TripFixtures.ADMIN;
            case "CASEWORKER" -> CASEWORKER;
            case "APPROVER" -> new Caller("approver", null, Role.APPROVER, List.of(), null, null);
            case "PARTNER_ORIGIN" -> TripFixtures.partnerFor("433100");
            case "PARTNER_TRAVELLER" -> TripFixtures.partnerFor("421100");
            case "PARTNER_OUT" -> TripFixtures.partnerFor("371323");
            case "EMPLOYER_OWN" -> TripFixtures.employerOf(ownPosting.employerId());
            case "EMPLOYER_OTHER" -> TripFixtures.employerOf(otherPosting.employerId());
            case "WORKER_OWN" -> TripFixtures.workerSelf(scene.own().worker());
            case "WORKER_OTHER" -> TripFixtures.workerSelf(scene.spare().worker());
            default -> throw new IllegalArgumentException(who);
        };
    }

    private static String outcome(Supplier<Object> call) {
        try {
            Object result = call.get();
            return result instanceof String text ? text : "OK";
        } catch (AccessDeniedException denied) {
            return "403";
        } catch (RecordNotFoundException missing) {
            return "404";
        }
    }
}
