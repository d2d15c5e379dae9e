package org.laborbridge.fairs.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.laborbridge.fairs.FairId;
import org.laborbridge.fairs.FairView;
import org.laborbridge.fairs.SignUpLine;
import org.laborbridge.fairs.SignUpOutcome;
import org.laborbridge.fairs.SignUpReport;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.InvalidValueException;
import org.laborbridge.shared.ResidentId;
import org.laborbridge.shared.Violation;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRecord;
import org.laborbridge.workers.WorkerRegistry;
import org.laborbridge.workers.WorkerSummary;
import org.springframework.stereotype.Component;

/**
 * Signs workers up: one at a time (a worker themselves, or staff for a worker they may see), or a
 * pasted list of ID numbers, each line reported. Whom staff may see is the registry's scope, so a
 * number outside it reads exactly like one never registered.
 */
@Component
class SignUpDesk {

    private final FairViews fairs;
    private final Enrolment enrolment;
    private final WorkerRegistry registry;

    SignUpDesk(FairViews fairs, Enrolment enrolment, WorkerRegistry registry) {
        this.fairs = fairs;
        this.enrolment = enrolment;
        this.registry = registry;
    }

    /** The target group is advisory here: staff may sign up anyone they judge fit. */
    SignUpLine signUp(FairId id, WorkerId worker) {
        Caller caller = Callers.current();
        FairAccess.checkSignUp(caller);
        FairView fair = open(id, caller);
        WorkerRecord record = registry.find(worker);
        boolean added = enrolment.signUp(fair, worker, record.householdRegion().code(), caller.username());
        return new SignUpLine(
                1,
                record.residentId(),
                added ? SignUpOutcome.SIGNED_UP : SignUpOutcome.ALREADY_SIGNED_UP,
                null,
                null,
                record.name());
    }

    SignUpReport signUpAll(FairId id, String pasted) {
        Caller caller = Callers.current();
        FairAccess.checkDesk(caller, fairs.require(id).hostRegion());
        FairView fair = open(id, caller);
        List<PastedLines.Line> lines = PastedLines.of(pasted);
        if (lines.isEmpty() || lines.size() > PastedLines.MAX_LINES) {
            throw new InvalidInputException(
                    Violation.of("residentIds", "LINES", "invalid.fair.residentIds.LINES", PastedLines.MAX_LINES));
        }
        List<SignUpLine> report = new ArrayList<>(lines.size());
        for (PastedLines.Line line : lines) {
            report.add(signUpLine(fair, line, caller));
        }
        return new SignUpReport(report);
    }

    private SignUpLine signUpLine(FairView fair, PastedLines.Line line, Caller caller) {
        ResidentId number;
        try {
            number = ResidentId.parse(line.text());
        } catch (InvalidValueException invalid) {
            return new SignUpLine(
                    line.number(),
                    maskTyped(line.text()),
                    SignUpOutcome.INVALID_NUMBER,
                    invalid.code(),
                    invalid.messageKey(),
                    null);
        }
        Optional<WorkerSummary> worker = registry.findByResidentId(number);
        if (worker.isEmpty()) {
            return new SignUpLine(
                    line.number(),
                    number.masked(),
                    SignUpOutcome.NOT_FOUND,
                    "NOT_FOUND",
                    "fairs.signUp.NOT_FOUND",
                    null);
        }
        WorkerSummary found = worker.get();
        boolean added =
                enrolment.signUp(fair, found.id(), found.householdRegion().code(), caller.username());
        return new SignUpLine(
                line.number(),
                number.masked(),
                added ? SignUpOutcome.SIGNED_UP : SignUpOutcome.ALREADY_SIGNED_UP,
                added ? null : "ALREADY_SIGNED_UP",
                added ? null : "fairs.signUp.ALREADY_SIGNED_UP",
                found.name());
    }

    private FairView open(FairId id, Caller caller) {
        FairView fair = fairs.lock(id);
        SignUpWindow.refusal(fair, caller).ifPresent(refusal -> {
            throw new InvalidInputException(refusal);
        });
        return fair;
    }

    /**
     * A refused line is echoed so the person can find it, but never in full: what looks like an
     * ID number with one wrong digit is still almost someone's ID number.
     */
    static String maskTyped(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        if (shown.length() < 10) {
            return shown;
        }
        return shown.substring(0, 6) + "*".repeat(shown.length() - 10) + shown.substring(shown.length() - 4);
    }
}
