package org.laborbridge.fairs.core;

import java.util.Optional;
import org.laborbridge.fairs.CheckInResult;
import org.laborbridge.fairs.FairId;
import org.laborbridge.fairs.FairView;
import org.laborbridge.fairs.SignUpView;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.InvalidValueException;
import org.laborbridge.shared.ResidentId;
import org.laborbridge.shared.Violation;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.laborbridge.workers.WorkerSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The desk at the entrance of an on-site fair. It takes what a person types or a scanner sends:
 * an ID number, or the token in a sign-up's QR code. Someone who did not sign up is signed up
 * on the spot (walk-ins are normal at these fairs) and checked in.
 */
@Component
class CheckInDesk {

    static final String INPUT = "input";

    private final FairViews fairs;
    private final Enrolment enrolment;
    private final SignUpRows signUps;
    private final WorkerRegistry registry;
    private final SignUpLists lists;

    CheckInDesk(FairViews fairs, Enrolment enrolment, SignUpRows signUps, WorkerRegistry registry, SignUpLists lists) {
        this.fairs = fairs;
        this.enrolment = enrolment;
        this.signUps = signUps;
        this.registry = registry;
        this.lists = lists;
    }

    CheckInResult checkIn(FairId id, String typed) {
        Caller caller = Callers.current();
        FairView fair = fairs.lock(id);
        FairAccess.checkDesk(caller, fair.hostRegion());
        CheckInWindow.refusal(fair).ifPresent(refusal -> {
            throw new InvalidInputException(refusal);
        });
        Arrival arrival = identify(fair, typed, caller);
        boolean walkIn = enrolment.signUp(fair, arrival.worker(), arrival.householdCounty(), caller.username());
        boolean first = enrolment.checkIn(fair, arrival.worker(), arrival.householdCounty(), walkIn, caller.username());
        SignUpView view = lists.view(signUps.find(fair.id(), arrival.worker()).orElseThrow());
        return new CheckInResult(view, walkIn, !first);
    }

    /**
     * The signed-up worker whom a QR token, or for staff an ID number, names: how an employer at
     * its booth tells the applications part of this module who intends to take a job. The
     * employer must take part in the fair; a worker presenting their code is consenting to be
     * known to that employer.
     */
    WorkerId signedUpWorker(FairId id, String typed, boolean takesPart) {
        Caller caller = Callers.current();
        if (!takesPart && !FairAccess.mayRunDesk(caller)) {
            throw new AccessDeniedException("Only employers at the fair and staff record intentions");
        }
        FairView fair = fairs.require(id);
        Arrival arrival = identify(fair, typed, caller.is(Role.EMPLOYER) ? null : caller);
        return signUps.find(id, arrival.worker())
                .map(SignUpRows.Row::worker)
                .orElseThrow(() -> refused("NOT_SIGNED_UP", "invalid.fair.checkIn.NOT_SIGNED_UP"));
    }

    private record Arrival(WorkerId worker, String householdCounty) {}

    /** {@code scope} null: any signed-up worker's token counts, and no ID number is looked up. */
    private Arrival identify(FairView fair, String typed, Caller scope) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw refused("REQUIRED", "invalid.field.REQUIRED");
        }
        if (QrTokens.looksLikeToken(text)) {
            return byToken(fair, text, scope);
        }
        if (scope == null) {
            throw refused("UNKNOWN_CODE", "invalid.fair.checkIn.UNKNOWN_CODE");
        }
        return byResidentId(text);
    }

    /** A code from another fair, or of a worker outside the caller's scope, is as good as unknown. */
    private Arrival byToken(FairView fair, String token, Caller scope) {
        return signUps.findByToken(fair.id(), token)
                .filter(row -> scope == null || scope.coversRegion(row.householdCounty()))
                .map(row -> new Arrival(row.worker(), row.householdCounty()))
                .orElseThrow(() -> refused("UNKNOWN_CODE", "invalid.fair.checkIn.UNKNOWN_CODE"));
    }

    private Arrival byResidentId(String text) {
        ResidentId number;
        try {
            number = ResidentId.parse(text);
        } catch (InvalidValueException invalid) {
            throw new InvalidInputException(Violation.of(INPUT, invalid));
        }
        Optional<WorkerSummary> worker = registry.findByResidentId(number);
        return worker.map(
                        found -> new Arrival(found.id(), found.householdRegion().code()))
                .orElseThrow(() -> refused("NOT_REGISTERED", "invalid.fair.checkIn.NOT_REGISTERED"));
    }

    private static InvalidInputException refused(String code, String messageKey) {
        return new InvalidInputException(Violation.of(INPUT, code, messageKey));
    }
}
