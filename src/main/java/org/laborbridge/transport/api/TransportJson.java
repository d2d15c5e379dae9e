package org.laborbridge.transport.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.transport.CheckResult;
import org.laborbridge.transport.DemandView;
import org.laborbridge.transport.Manifest;
import org.laborbridge.transport.ManifestLine;
import org.laborbridge.transport.TravellerShare;
import org.laborbridge.transport.TripStep;
import org.laborbridge.transport.TripView;

/**
 * What the transport API answers: plain records built from the service's views, never the
 * aggregates. Amounts are yuan with two decimals, times ISO instants, regions code and name.
 */
final class TransportJson {

    private static final RegionDirectory REGIONS = RegionDirectory.standard();

    private TransportJson() {}

    record Party(UUID id, String name) {}

    record Region(String code, String name) {

        static Region of(RegionCode code, String name) {
            return code == null ? null : new Region(code.value(), name);
        }

        static Region of(String code, String name) {
            return code == null ? null : new Region(code, name);
        }

        /** For codes the view does not name, e.g. a planner's route. */
        static Region named(RegionCode code) {
            return new Region(
                    code.value(),
                    REGIONS.find(code).map(region -> region.name()).orElse(code.value()));
        }
    }

    record Batch(Region region, int year, int no) {}

    record Step(String status, String by, Instant at, String reason) {

        static Step of(TripStep step) {
            return new Step(step.status().name(), step.by(), step.at(), step.reason());
        }
    }

    record Trip(
            UUID id,
            Batch batch,
            String mode,
            String operator,
            String vehicleNo,
            Region origin,
            String gatheringPoint,
            List<Region> destinations,
            Instant plannedDeparture,
            Instant plannedArrival,
            Instant departedAt,
            Instant arrivedAt,
            int seats,
            int travellers,
            int freeSeats,
            BigDecimal totalCost,
            String status,
            String cancelReason,
            List<Step> steps) {

        static Trip of(TripView trip) {
            List<Region> destinations = new ArrayList<>();
            for (int i = 0; i < trip.destinations().size(); i++) {
                destinations.add(Region.of(
                        trip.destinations().get(i),
                        i < trip.destinationNames().size()
                                ? trip.destinationNames().get(i)
                                : null));
            }
            return new Trip(
                    trip.id().value(),
                    new Batch(Region.of(trip.batchRegion(), trip.batchRegionName()), trip.batchYear(), trip.batchNo()),
                    trip.mode().name(),
                    trip.operator(),
                    trip.vehicleNo(),
                    Region.of(trip.origin(), trip.originName()),
                    trip.gatheringPoint(),
                    destinations,
                    trip.plannedDeparture(),
                    trip.plannedArrival(),
                    trip.departedAt(),
                    trip.arrivedAt(),
                    trip.seats(),
                    trip.travellers(),
                    trip.freeSeats(),
                    yuan(trip.totalCost()),
                    trip.status().name(),
                    trip.cancelReason(),
                    trip.steps().stream().map(Step::of).toList());
        }
    }

    record Check(String check, boolean passed, String note, String by, Instant at) {

        static Check of(CheckResult check) {
            return new Check(check.check(), check.passed(), check.note(), check.by(), check.at());
        }
    }

    record Line(
            Party worker,
            String residentId,
            String phone,
            Region householdCounty,
            UUID placement,
            Party employer,
            String workAddress,
            String status,
            List<Check> checks,
            String boardedBy,
            Instant boardedAt,
            String receivedBy,
            String handedOverBy,
            Instant handedOverAt,
            BigDecimal share,
            boolean charterFullySubsidised) {

        static Line of(ManifestLine line) {
            return new Line(
                    new Party(line.worker().value(), line.name()),
                    line.residentId(),
                    line.phone(),
                    Region.of(line.householdCounty(), line.householdCountyName()),
                    line.placement() == null ? null : line.placement().value(),
                    line.employer() == null ? null : new Party(line.employer().value(), line.employerName()),
                    line.workAddress(),
                    line.status().name(),
                    line.checks().stream().map(Check::of).toList(),
                    line.boardedBy(),
                    line.boardedAt(),
                    line.receivedBy(),
                    line.handedOverBy(),
                    line.handedOverAt(),
                    yuan(line.share()),
                    line.charterFullySubsidised());
        }
    }

    record ManifestJson(Trip trip, List<Line> lines, List<String> requiredChecks, boolean full) {

        static ManifestJson of(Manifest manifest) {
            return new ManifestJson(
                    Trip.of(manifest.trip()),
                    manifest.lines().stream().map(Line::of).toList(),
                    manifest.requiredChecks(),
                    manifest.full());
        }
    }

    record Share(
            UUID worker,
            String householdCounty,
            UUID placement,
            UUID employer,
            BigDecimal share,
            boolean charterFullySubsidised) {

        static Share of(TravellerShare share) {
            return new Share(
                    share.worker().value(),
                    share.householdCounty(),
                    share.placement() == null ? null : share.placement().value(),
                    share.employer() == null ? null : share.employer().value(),
                    yuan(share.share()),
                    share.charterFullySubsidised());
        }
    }

    record Demand(
            UUID id,
            Party worker,
            Region householdCounty,
            UUID placement,
            Party employer,
            Region workRegion,
            LocalDate startDate,
            LocalDate earliest,
            LocalDate latest,
            String gatheringPoint,
            String note,
            String status,
            UUID trip,
            String createdBy,
            Instant createdAt) {

        static Demand of(DemandView demand) {
            return new Demand(
                    demand.id().value(),
                    new Party(demand.worker().value(), demand.workerName()),
                    Region.of(demand.householdCounty(), demand.householdCountyName()),
                    demand.placement().value(),
                    new Party(demand.employer().value(), demand.employerName()),
                    Region.of(demand.workRegion(), demand.workRegionName()),
                    demand.startDate(),
                    demand.earliest(),
                    demand.latest(),
                    demand.gatheringPoint(),
                    demand.note(),
                    demand.status().name(),
                    demand.trip() == null ? null : demand.trip().value(),
                    demand.createdBy(),
                    demand.createdAt());
        }
    }

    record Page<T>(List<T> items, long total, int page, int size) {}

    static BigDecimal yuan(Money money) {
        return money == null ? null : BigDecimal.valueOf(money.fen(), 2);
    }
}
