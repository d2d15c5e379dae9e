package org.laborbridge.fairs.core;

import org.laborbridge.workers.WorkerChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Partners see a fair's sign-ups by the household county copied onto them, so a corrected county
 * must reach the copies in the same transaction as the correction.
 */
@Component
class SignUpHouseholdMoves {

    private final SignUpRows signUps;

    SignUpHouseholdMoves(SignUpRows signUps) {
        this.signUps = signUps;
    }

    @EventListener
    void on(WorkerChanged changed) {
        if (changed.householdMoved()) {
            signUps.moveHousehold(changed.worker(), changed.householdCounty());
        }
    }
}
