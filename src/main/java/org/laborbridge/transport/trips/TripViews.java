package org.laborbridge.transport.trips;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.Employers;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.transport.CheckResult;
import org.laborbridge.transport.ManifestLine;
import org.laborbridge.transport.TripStep;
import org.laborbridge.transport.TripView;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRecord;
import org.laborbridge.workers.WorkerRegistry;
import org.laborbridge.workers.WorkerSummary;
import org.springframework.stereotype.Component;

/**
 * Puts names to the ids a trip keeps. Workers come from the registry without its scope check,
 * which is sound only because every line shown here has passed {@link TripAccess#mayReadLine};
 * full numbers only when the service has decided the caller may have them and has logged it.
 * Who did what (staff usernames on steps, boarding, hand-over and checks) and the notes of the
 * health checks are for the staff who run trips: employers and workers get them blank.
 */
@Component
class TripViews {

    private final WorkerRegistry registry;
    private final Employers employers;
    private final RegionDirectory directory = RegionDirectory.standard();

    TripViews(WorkerRegistry registry, Employers employers) {
        this.registry = registry;
        this.employers = employers;
    }

    TripView view(Trip trip) {
        return view(trip, trip.seatsTaken());
    }

    /** A trip of a list, whose manifest was counted in SQL rather than loaded. */
    TripView view(Trip trip, int seatsTaken) {
        boolean staff = seesStaffRecords();
        TripDetails details = trip.details();
        Trip.State state = trip.state();
        return new TripView(
                trip.id(),
                trip.batch().region(),
                regionName(trip.batch().region()),
                trip.batch().year(),
                trip.batch().number(),
                details.mode(),
                details.operator(),
                details.vehicleNo(),
                details.origin(),
                regionName(details.origin()),
                details.gatheringPoint(),
                details.destinations(),
                details.destinations().stream().map(this::regionName).toList(),
                details.planned().departure(),
                details.planned().arrival(),
                state.departedAt(),
                state.arrivedAt(),
                details.seats(),
                seatsTaken,
                details.totalCost(),
                state.status(),
                state.cancelReason(),
                staff
                        ? trip.steps()
                        : trip.steps().stream()
                                .map(step -> new TripStep(step.status(), null, step.at(), step.reason()))
                                .toList());
    }

    List<TripView> views(List<Trip> trips) {
        return trips.stream().map(this::view).toList();
    }

    ManifestLine line(Line line, boolean full) {
        return lines(List.of(line), full).get(0);
    }

    /** One look-up of workers and enterprises for all the lines; {@code full} unmasks the numbers. */
    List<ManifestLine> lines(List<Line> lines, boolean full) {
        List<WorkerId> workers = lines.stream().map(Line::worker).distinct().toList();
        Map<WorkerId, Person> people = full ? inFull(workers) : masked(workers);
        Map<EmployerId, String> employerNames = new HashMap<>();
        lines.forEach(line -> employerNames.computeIfAbsent(line.traveller().employer(), employers::nameOf));
        boolean staff = seesStaffRecords();
        return lines.stream()
                .map(line -> manifestLine(
                        line,
                        people.getOrDefault(line.worker(), Person.UNKNOWN),
                        employerNames.get(line.traveller().employer()),
                        staff))
                .toList();
    }

    String regionName(RegionCode code) {
        return directory.find(code).map(region -> region.name()).orElse(code.value());
    }

    String employerName(EmployerId employer) {
        return employers.nameOf(employer);
    }

    /**
     * Bureau and partner staff, and the platform itself (no caller). A health check's note is
     * medical, and usernames name the staff behind each step; an employer or a worker reading a
     * trip needs neither, whatever their view's line filter lets through.
     */
    private static boolean seesStaffRecords() {
        return Callers.find()
                .map(caller -> caller.is(Role.ADMIN)
                        || caller.is(Role.CASEWORKER)
                        || caller.is(Role.APPROVER)
                        || caller.is(Role.PARTNER))
                .orElse(true);
    }

    private ManifestLine manifestLine(Line line, Person person, String employerName, boolean staff) {
        Line.Traveller traveller = line.traveller();
        Line.State state = line.state();
        List<CheckResult> checks = staff
                ? line.checks()
                : line.checks().stream()
                        .map(check -> new CheckResult(check.check(), check.passed(), null, null, check.at()))
                        .toList();
        return new ManifestLine(
                traveller.worker(),
                person.name(),
                person.residentId(),
                person.phone(),
                traveller.householdCounty(),
                regionName(RegionCode.of(traveller.householdCounty())),
                traveller.placement(),
                traveller.employer(),
                employerName == null ? "" : employerName,
                traveller.workAddress(),
                state.status(),
                checks,
                state.boarded() == null || !staff ? null : state.boarded().by(),
                state.boarded() == null ? null : state.boarded().at(),
                state.receivedBy(),
                handedOverBy(state, staff),
                state.handedOver() == null ? null : state.handedOver().at(),
                state.share(),
                state.charterFullySubsidised());
    }

    /** An employer who received the traveller themselves sees their own name; a staff member's stays hidden. */
    private static String handedOverBy(Line.State state, boolean staff) {
        if (state.handedOver() == null) {
            return null;
        }
        String by = state.handedOver().by();
        boolean own = Callers.find().map(caller -> by.equals(caller.username())).orElse(false);
        return staff || own ? by : null;
    }

    private Map<WorkerId, Person> masked(Collection<WorkerId> workers) {
        return workers.isEmpty()
                ? Map.of()
                : registry.summariesOf(workers).stream()
                        .collect(Collectors.toMap(
                                WorkerSummary::id,
                                summary -> new Person(summary.name(), summary.residentId(), summary.phone()),
                                (a, b) -> a));
    }

    private Map<WorkerId, Person> inFull(Collection<WorkerId> workers) {
        return workers.isEmpty()
                ? Map.of()
                : registry.recordsInFullOf(workers).stream()
                        .collect(Collectors.toMap(
                                WorkerRecord::id,
                                record -> new Person(record.name(), record.residentId(), record.phone()),
                                (a, b) -> a));
    }

    /** A worker's name and numbers as this manifest shows them; empty rather than failing for a missing record. */
    private record Person(String name, String residentId, String phone) {

        static final Person UNKNOWN = new Person("", "", null);
    }
}
