package org.laborbridge.fairs.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.laborbridge.fairs.FairCancelled;
import org.laborbridge.fairs.FairId;
import org.laborbridge.fairs.FairScheduled;
import org.laborbridge.fairs.FairStatus;
import org.laborbridge.fairs.FairView;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.shared.Violation;

/**
 * A recruitment fair. Its status is not stored but read from its dates, except that a cancelled
 * fair stays cancelled; a cancelled fair cannot be changed any more.
 */
final class Fair {

    private final FairId id;
    private FairDetails details;
    private final String createdBy;
    private final Instant createdAt;
    private String cancelledBy;
    private Instant cancelledAt;
    private final int version;
    private final List<Object> events = new ArrayList<>();

    Fair(
            FairId id,
            FairDetails details,
            String createdBy,
            Instant createdAt,
            String cancelledBy,
            Instant cancelledAt,
            int version) {
        this.id = id;
        this.details = details;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.cancelledBy = cancelledBy;
        this.cancelledAt = cancelledAt;
        this.version = version;
    }

    static Fair schedule(FairDetails details, String by, Instant at) {
        Fair fair = new Fair(FairId.random(), details, by, at, null, null, 0);
        fair.events.add(new FairScheduled(
                fair.id,
                details.name(),
                details.kind(),
                details.campaign(),
                details.hostRegion(),
                details.dates().startsOn(),
                details.dates().endsOn(),
                at));
        return fair;
    }

    void revise(FairDetails revised) {
        refuseIfCancelled();
        details = revised;
    }

    void cancel(String by, Instant at) {
        refuseIfCancelled();
        cancelledBy = by;
        cancelledAt = at;
        events.add(new FairCancelled(id, by, at));
    }

    FairStatus statusOn(LocalDate day) {
        return details.dates().statusOn(day, cancelledAt != null);
    }

    FairView view(RegionDirectory directory, LocalDate today) {
        return new FairView(
                id,
                details.name(),
                details.kind(),
                details.campaign(),
                details.theme(),
                details.hostRegion(),
                directory
                        .find(details.hostRegion())
                        .map(r -> r.name())
                        .orElse(details.hostRegion().value()),
                details.venue(),
                details.dates().startsOn(),
                details.dates().endsOn(),
                details.target(),
                statusOn(today));
    }

    List<Object> releaseEvents() {
        List<Object> released = List.copyOf(events);
        events.clear();
        return released;
    }

    private void refuseIfCancelled() {
        if (cancelledAt != null) {
            throw new InvalidInputException(Violation.of("fair", "CANCELLED", "invalid.fair.CANCELLED"));
        }
    }

    FairId id() {
        return id;
    }

    FairDetails details() {
        return details;
    }

    String createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    String cancelledBy() {
        return cancelledBy;
    }

    Instant cancelledAt() {
        return cancelledAt;
    }

    int version() {
        return version;
    }
}
