package org.laborbridge.placements.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.placements.LeavingReason;
import org.laborbridge.placements.NewPlacement;
import org.laborbridge.placements.PlacementAgreed;
import org.laborbridge.placements.PlacementEnded;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.placements.PlacementStarted;
import org.laborbridge.placements.PlacementStatus;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.placements.Placements;
import org.laborbridge.placements.RetentionChecked;
import org.laborbridge.placements.RetentionOutcome;
import org.laborbridge.placements.SocialInsuranceConfirmed;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.Violation;
import org.laborbridge.workers.WorkerId;

/**
 * The aggregate: one hire and its retention checks. It moves only forward, STARTING → WORKING →
 * LEFT (or straight to LEFT when someone never turns up), and only through its verbs, which refuse
 * what the rules forbid and record what happened for the service to publish once stored.
 */
final class Placement {

    static final int MAX_NOTE_LENGTH = 1000;
    private static final RetentionWindowRule WINDOW = new RetentionWindowRule();

    private final PlacementId id;
    private final Terms terms;
    private PlacementStatus status;
    private LocalDate startedOn;
    private LeavingReason leavingReason;
    private LocalDate leftOn;
    private String leavingNote;
    private LocalDate socialInsuranceSince;
    private final List<RetentionCheck> checks;
    private final List<Object> events = new ArrayList<>();

    /** What was agreed at the hire; never changes afterwards. */
    record Terms(
            WorkerId worker,
            String householdCounty,
            EmployerId employer,
            JobPostingId posting,
            UUID applicationId,
            String jobType,
            ContractPeriod period,
            int contractMonths,
            Money monthlyWage,
            RegionCode workRegion,
            String workAddress) {}

    /** How a stored placement stands now. */
    record State(
            PlacementStatus status,
            LocalDate startedOn,
            LeavingReason leavingReason,
            LocalDate leftOn,
            String leavingNote,
            LocalDate socialInsuranceSince) {}

    private Placement(PlacementId id, Terms terms, State state, List<RetentionCheck> checks) {
        this.id = id;
        this.terms = terms;
        this.status = state.status();
        this.startedOn = state.startedOn();
        this.leavingReason = state.leavingReason();
        this.leftOn = state.leftOn();
        this.leavingNote = state.leavingNote();
        this.socialInsuranceSince = state.socialInsuranceSince();
        this.checks = new ArrayList<>(checks);
    }

    static Placement restore(PlacementId id, Terms terms, State state, List<RetentionCheck> checks) {
        return new Placement(id, terms, state, checks);
    }

    /** The terms the accepting module sent, checked field by field; the overlap rule needs the database and comes later. */
    static Terms termsOf(NewPlacement hire) {
        List<Violation> violations = new ArrayList<>();
        require(hire.worker(), "worker", violations);
        require(hire.householdCounty(), "householdCounty", violations);
        require(hire.employer(), "employer", violations);
        require(hire.posting(), "posting", violations);
        require(hire.jobType(), "jobType", violations);
        require(hire.startDate(), "startDate", violations);
        require(hire.workRegion(), "workRegion", violations);
        new ContractLengthRule().check(hire.contractMonths()).ifPresent(violations::add);
        if (hire.monthlyWage() == null || hire.monthlyWage().isZero()) {
            violations.add(Refusals.violation("monthlyWage", "REQUIRED"));
        }
        if (hire.householdCounty() != null && !hire.householdCounty().matches("[0-9]{6}")) {
            violations.add(Refusals.violation("householdCounty", "FORMAT"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Terms(
                hire.worker(),
                hire.householdCounty(),
                hire.employer(),
                hire.posting(),
                hire.applicationId(),
                hire.jobType(),
                ContractPeriod.of(hire.startDate(), hire.contractMonths()),
                hire.contractMonths(),
                hire.monthlyWage(),
                hire.workRegion(),
                blankToNull(hire.workAddress()));
    }

    static Placement agree(Terms terms, Instant at) {
        List<RetentionCheck> checks = Placements.RETENTION_MONTHS.stream()
                .map(month -> RetentionCheck.due(terms.period().start(), month))
                .toList();
        Placement placement = new Placement(
                PlacementId.random(), terms, new State(PlacementStatus.STARTING, null, null, null, null, null), checks);
        placement.events.add(new PlacementAgreed(
                placement.id,
                terms.worker(),
                terms.householdCounty(),
                terms.employer(),
                terms.posting(),
                terms.applicationId(),
                terms.jobType(),
                terms.workRegion(),
                terms.period().start(),
                terms.period().end(),
                terms.monthlyWage(),
                at));
        return placement;
    }

    /** The employer (or the bureau for them) confirms the worker turned up; {@code on} defaults to today. */
    void confirmStart(LocalDate on, LocalDate today, Instant at) {
        if (status != PlacementStatus.STARTING) {
            throw refused("status", "INVALID_TRANSITION", status.name());
        }
        LocalDate day = on == null ? today : on;
        refuseOutsideContract("startedOn", day, today);
        start(day, at);
    }

    void recordRetention(int month, RetentionOutcome outcome, LeavingReason reason, String note, Recorder recorder) {
        if (status == PlacementStatus.LEFT) {
            throw refused("status", "PLACEMENT_ENDED", leftOn.toString());
        }
        RetentionCheck check = check(month).orElseThrow(() -> refused("month", "UNKNOWN", month));
        if (check.isRecorded()) {
            throw refused("month", "ALREADY_RECORDED", month);
        }
        List<Violation> violations = new ArrayList<>();
        WINDOW.check(check.dueOn(), recorder.today()).ifPresent(violations::add);
        if (outcome == null) {
            violations.add(Refusals.violation("outcome", "REQUIRED"));
        } else if (outcome == RetentionOutcome.LEFT && reason == null) {
            violations.add(Refusals.violation("reason", "REQUIRED"));
        }
        checkNote(note, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String text = blankToNull(note);
        check.record(outcome, text, recorder.by(), recorder.at());
        events.add(new RetentionChecked(
                id,
                terms.worker(),
                terms.householdCounty(),
                terms.employer(),
                month,
                outcome,
                terms.period().start(),
                terms.monthlyWage(),
                recorder.at()));
        if (outcome == RetentionOutcome.LEFT) {
            end(recorder.today(), reason, text, recorder.at());
        } else if (status == PlacementStatus.STARTING) {
            // Still at work a month in: evidently started, even if nobody confirmed it on the day.
            start(terms.period().start(), recorder.at());
        }
    }

    /** Who records a follow-up, on which bureau day, at which instant. */
    record Recorder(String by, LocalDate today, Instant at) {}

    void leave(LocalDate on, LeavingReason reason, String note, LocalDate today, Instant at) {
        if (status == PlacementStatus.LEFT) {
            throw refused("status", "INVALID_TRANSITION", status.name());
        }
        List<Violation> violations = new ArrayList<>();
        if (on == null) {
            violations.add(Refusals.violation("leftOn", "REQUIRED"));
        } else {
            outsideContract("leftOn", on, today).ifPresent(violations::add);
        }
        if (reason == null) {
            violations.add(Refusals.violation("reason", "REQUIRED"));
        }
        checkNote(note, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        end(on, reason, blankToNull(note), at);
    }

    /**
     * The employer (or the bureau) confirms it pays the person's social insurance from
     * {@code since}: a day of the contract that has come. Confirmed once; a mistaken day is the
     * bureau's to correct in the database, not a second button press.
     */
    void confirmSocialInsurance(LocalDate since, LocalDate today, Instant at) {
        if (socialInsuranceSince != null) {
            throw refused("socialInsuranceSince", "ALREADY_CONFIRMED", socialInsuranceSince.toString());
        }
        if (since == null) {
            throw refused("socialInsuranceSince", "REQUIRED");
        }
        refuseOutsideContract("socialInsuranceSince", since, today);
        socialInsuranceSince = since;
        events.add(
                new SocialInsuranceConfirmed(id, terms.worker(), terms.householdCounty(), terms.employer(), since, at));
    }

    private void start(LocalDate day, Instant at) {
        status = PlacementStatus.WORKING;
        startedOn = day;
        events.add(new PlacementStarted(
                id, terms.worker(), terms.householdCounty(), terms.employer(), day, terms.monthlyWage(), at));
    }

    private void end(LocalDate day, LeavingReason reason, String note, Instant at) {
        status = PlacementStatus.LEFT;
        leftOn = day;
        leavingReason = reason;
        leavingNote = note;
        checks.stream().filter(RetentionCheck::isOpen).forEach(RetentionCheck::close);
        events.add(new PlacementEnded(
                id,
                terms.worker(),
                terms.householdCounty(),
                terms.employer(),
                terms.period().start(),
                day,
                reason,
                terms.monthlyWage(),
                at));
    }

    /** A start or a leaving happens on a day of the contract that has already come. */
    private void refuseOutsideContract(String field, LocalDate day, LocalDate today) {
        outsideContract(field, day, today).ifPresent(violation -> {
            throw new InvalidInputException(violation);
        });
    }

    private Optional<Violation> outsideContract(String field, LocalDate day, LocalDate today) {
        if (day.isBefore(terms.period().start())) {
            return Optional.of(Refusals.violation(
                    field, "BEFORE_START", terms.period().start().toString()));
        }
        if (day.isAfter(today)) {
            return Optional.of(Refusals.violation(field, "FUTURE", today.toString()));
        }
        return Optional.empty();
    }

    private static void checkNote(String note, List<Violation> violations) {
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            violations.add(Refusals.violation("note", "LENGTH", MAX_NOTE_LENGTH));
        }
    }

    private Optional<RetentionCheck> check(int month) {
        return checks.stream().filter(check -> check.month() == month).findFirst();
    }

    private static InvalidInputException refused(String field, String code, Object... arguments) {
        return new InvalidInputException(Refusals.violation(field, code, arguments));
    }

    private static void require(Object value, String field, List<Violation> violations) {
        if (value == null || value instanceof String text && text.isBlank()) {
            violations.add(Refusals.violation(field, "REQUIRED"));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Hands the recorded events over exactly once. */
    List<Object> releaseEvents() {
        List<Object> released = List.copyOf(events);
        events.clear();
        return released;
    }

    PlacementId id() {
        return id;
    }

    Terms terms() {
        return terms;
    }

    State state() {
        return new State(status, startedOn, leavingReason, leftOn, leavingNote, socialInsuranceSince);
    }

    PlacementStatus status() {
        return status;
    }

    List<RetentionCheck> checks() {
        return List.copyOf(checks);
    }

    PlacementAccess.Reach reach() {
        return new PlacementAccess.Reach(
                terms.householdCounty(),
                terms.employer().value(),
                terms.worker().value());
    }

    /** {@code withNotes} false leaves the leaving note and the follow-up notes out (null). */
    PlacementView view(String workerName, String employerName, String workRegionName, boolean withNotes) {
        return new PlacementView(
                id,
                terms.worker(),
                workerName,
                terms.householdCounty(),
                terms.employer(),
                employerName,
                terms.posting(),
                terms.applicationId(),
                terms.jobType(),
                terms.period().start(),
                terms.contractMonths(),
                terms.period().end(),
                terms.monthlyWage(),
                terms.workRegion(),
                workRegionName,
                terms.workAddress(),
                status,
                startedOn,
                leavingReason,
                leftOn,
                withNotes ? leavingNote : null,
                socialInsuranceSince,
                checks.stream().map(check -> check.view(withNotes)).toList());
    }
}
