package org.laborbridge.fairs.applications;

import org.laborbridge.workers.WorkerChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Partners see applications by the household county copied onto them, so a corrected county must
 * reach the copies in the same transaction as the correction.
 */
@Component
class ApplicationHouseholdMoves {

    private final ApplicationRows applications;

    ApplicationHouseholdMoves(ApplicationRows applications) {
        this.applications = applications;
    }

    @EventListener
    void on(WorkerChanged changed) {
        if (changed.householdMoved()) {
            applications.moveHousehold(changed.worker(), changed.householdCounty());
        }
    }
}
