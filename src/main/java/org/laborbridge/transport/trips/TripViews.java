package org.laborbridge.transport.trips;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.Employers;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.transport.ManifestLine;
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
                trip.seatsTaken(),
                details.totalCost(),
                state.status(),
                state.cancelReason(),
                trip.steps());
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
        return lines.stream()
                .map(line -> manifestLine(
                        line,
                        people.getOrDefault(line.worker(), Person.UNKNOWN),
                        employerNames.get(line.traveller().employer())))
                .toList();
    }

    String regionName(RegionCode code) {
        return directory.find(code).map(region -> region.name()).orElse(code.value());
    }

    String employerName(EmployerId employer) {
        return employers.nameOf(employer);
    }

    private ManifestLine manifestLine(Line line, Person person, String employerName) {
        Line.Traveller traveller = line.traveller();
        Line.State state = line.state();
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
                line.checks(),
                state.boarded() == null ? null : state.boarded().by(),
                state.boarded() == null ? null : state.boarded().at(),
                state.receivedBy(),
                state.handedOver() == null ? null : state.handedOver().by(),
                state.handedOver() == null ? null : state.handedOver().at(),
                state.share(),
                state.charterFullySubsidised());
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
