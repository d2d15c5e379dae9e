package org.laborbridge.fairs.core;

import java.time.Instant;
import java.util.Map;
import org.laborbridge.fairs.FairView;
import org.laborbridge.fairs.WorkerCheckedIn;
import org.laborbridge.fairs.WorkerSignedUp;
import org.laborbridge.workers.WorkerHistory;
import org.laborbridge.workers.WorkerId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Puts a worker on a fair's list and at the desk, each exactly once, with the step on the worker's
 * timeline and an event: the one place every way of signing up and checking in goes through.
 * Callers have checked who may act on the worker and the fair.
 */
@Component
class Enrolment {

    static final String SIGNED_UP = "SIGNED_UP";
    static final String CHECKED_IN = "CHECKED_IN";

    private final SignUpRows signUps;
    private final WorkerHistory history;
    private final ApplicationEventPublisher events;

    Enrolment(SignUpRows signUps, WorkerHistory history, ApplicationEventPublisher events) {
        this.signUps = signUps;
        this.history = history;
        this.events = events;
    }

    /** False when the worker was on the list already. */
    boolean signUp(FairView fair, WorkerId worker, String householdCounty, String by) {
        Instant at = Instant.now();
        if (!signUps.insert(fair.id(), worker, householdCounty, QrTokens.next(), by, at)) {
            return false;
        }
        history.record(worker, SIGNED_UP, Map.of("fair", fair.name()));
        events.publishEvent(new WorkerSignedUp(fair.id(), worker, householdCounty, at));
        return true;
    }

    /** False when the worker had checked in already. */
    boolean checkIn(FairView fair, WorkerId worker, String householdCounty, boolean walkIn, String by) {
        Instant at = Instant.now();
        if (!signUps.checkIn(fair.id(), worker, by, at)) {
            return false;
        }
        history.record(worker, CHECKED_IN, Map.of("fair", fair.name()));
        events.publishEvent(new WorkerCheckedIn(fair.id(), worker, householdCounty, walkIn, at));
        return true;
    }
}
