package org.laborbridge.fairs.core;

import org.laborbridge.fairs.FairId;
import org.laborbridge.fairs.FairView;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.springframework.stereotype.Component;

/** Fairs as of today on the bureau's calendar, for the desks that act on them. */
@Component
class FairViews {

    private final FairRows fairs;
    private final RegionDirectory directory = RegionDirectory.standard();

    FairViews(FairRows fairs) {
        this.fairs = fairs;
    }

    FairView require(FairId id) {
        return fairs.find(id).map(this::view).orElseThrow(() -> notFound(id));
    }

    /** Holds the fair's row to the end of the transaction, so a cancellation cannot slip in between. */
    FairView lock(FairId id) {
        return fairs.lock(id).map(this::view).orElseThrow(() -> notFound(id));
    }

    FairView view(Fair fair) {
        return fair.view(directory, BureauTime.today());
    }

    String regionName(String code) {
        try {
            return directory
                    .find(RegionCode.of(code))
                    .map(region -> region.name())
                    .orElse(code);
        } catch (IllegalArgumentException malformed) {
            return code;
        }
    }

    static RecordNotFoundException notFound(FairId id) {
        return new RecordNotFoundException("fair", id);
    }
}
