package org.laborbridge.fairs.applications;

import static org.laborbridge.fairs.ApplicationStatus.ACCEPTED;
import static org.laborbridge.fairs.ApplicationStatus.APPLIED;
import static org.laborbridge.fairs.ApplicationStatus.DECLINED;
import static org.laborbridge.fairs.ApplicationStatus.INTERVIEW;
import static org.laborbridge.fairs.ApplicationStatus.OFFERED;
import static org.laborbridge.fairs.ApplicationStatus.REJECTED;
import static org.laborbridge.fairs.ApplicationStatus.WITHDRAWN;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.laborbridge.fairs.ApplicationStatus;
import org.laborbridge.fairs.ApplicationStep;
import org.laborbridge.fairs.OfferTerms;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;

/**
 * One worker's application to one job posting, moving through its steps. The verbs guard the
 * order of steps (an offer is accepted once, never after it was withdrawn); who may take a step
 * is the service's question, not the aggregate's. Every step is kept with who and when.
 */
final class Application {

    /**
     * Which step may follow which. An employer may offer straight away, without an interview:
     * at an on-site fair the interview happened at the booth.
     */
    private static final Map<ApplicationStatus, Set<ApplicationStatus>> NEXT = Map.of(
            APPLIED, EnumSet.of(INTERVIEW, OFFERED, WITHDRAWN, REJECTED),
            INTERVIEW, EnumSet.of(OFFERED, WITHDRAWN, REJECTED),
            OFFERED, EnumSet.of(ACCEPTED, DECLINED, WITHDRAWN, REJECTED),
            ACCEPTED, EnumSet.noneOf(ApplicationStatus.class),
            DECLINED, EnumSet.noneOf(ApplicationStatus.class),
            WITHDRAWN, EnumSet.noneOf(ApplicationStatus.class),
            REJECTED, EnumSet.noneOf(ApplicationStatus.class));

    private final Particulars particulars;
    private final List<ApplicationStep> steps;
    private final int stored;
    private ApplicationStatus status;
    private OfferTerms offer;
    private Instant interviewAt;

    private Application(
            Particulars particulars,
            ApplicationStatus status,
            OfferTerms offer,
            Instant interviewAt,
            List<ApplicationStep> steps) {
        this.particulars = Objects.requireNonNull(particulars, "particulars");
        this.status = Objects.requireNonNull(status, "status");
        this.offer = offer;
        this.interviewAt = interviewAt;
        this.steps = new ArrayList<>(steps);
        this.stored = steps.size();
    }

    static Application submit(Particulars particulars, String by, Instant at) {
        Application application = new Application(particulars, APPLIED, null, null, List.of());
        application.steps.add(new ApplicationStep(APPLIED, by, at, null));
        return application;
    }

    /** An application as it was stored, steps oldest first. */
    static Application restore(
            Particulars particulars,
            ApplicationStatus status,
            OfferTerms offer,
            Instant interviewAt,
            List<ApplicationStep> steps) {
        return new Application(particulars, status, offer, interviewAt, steps);
    }

    static boolean allows(ApplicationStatus from, ApplicationStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** {@code when} and {@code note} may be null: a time is often agreed later by phone. */
    void inviteToInterview(Instant when, String note, String by, Instant at) {
        move(INTERVIEW, by, at, note);
        interviewAt = when;
    }

    /** Whether the terms suit the posting is {@link OfferTermsRule}'s to say, before this. */
    void offer(OfferTerms terms, String by, Instant at) {
        move(OFFERED, by, at, null);
        offer = Objects.requireNonNull(terms, "terms");
    }

    void accept(String by, Instant at) {
        move(ACCEPTED, by, at, null);
    }

    void decline(String by, Instant at) {
        move(DECLINED, by, at, null);
    }

    void withdraw(String by, Instant at) {
        move(WITHDRAWN, by, at, null);
    }

    void reject(String reason, String by, Instant at) {
        move(REJECTED, by, at, reason);
    }

    /** Refuses a step that may not follow the current one, before anything else is checked. */
    void checkCanMoveTo(ApplicationStatus to) {
        if (!allows(status, to)) {
            throw new InvalidInputException(Violation.of(
                    "status",
                    "INVALID_TRANSITION",
                    "invalid.application.status.INVALID_TRANSITION",
                    StatusWording.of(status),
                    StatusWording.of(to)));
        }
    }

    private void move(ApplicationStatus to, String by, Instant at, String note) {
        checkCanMoveTo(to);
        status = to;
        steps.add(new ApplicationStep(to, by, at, note == null || note.isBlank() ? null : note.strip()));
    }

    Particulars particulars() {
        return particulars;
    }

    ApplicationStatus status() {
        return status;
    }

    OfferTerms offer() {
        return offer;
    }

    Instant interviewAt() {
        return interviewAt;
    }

    List<ApplicationStep> steps() {
        return List.copyOf(steps);
    }

    /** Steps taken since the application was loaded, which the store still has to write. */
    List<ApplicationStep> newSteps() {
        return List.copyOf(steps.subList(stored, steps.size()));
    }

    ApplicationStep lastStep() {
        return steps.get(steps.size() - 1);
    }
}
