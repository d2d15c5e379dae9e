package org.laborbridge.placements.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.placements.LeavingReason;
import org.laborbridge.placements.NewPlacement;
import org.laborbridge.placements.PlacementAgreed;
import org.laborbridge.placements.PlacementEnded;
import org.laborbridge.placements.PlacementStarted;
import org.laborbridge.placements.PlacementStatus;
import org.laborbridge.placements.RetentionCheckView;
import org.laborbridge.placements.RetentionChecked;
import org.laborbridge.placements.RetentionOutcome;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.Violation;
import org.laborbridge.workers.WorkerId;

class PlacementTests {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);
    private static final Instant AT = Instant.parse("2026-03-01T01:00:00Z");

    private static NewPlacement hire(int months) {
        return new NewPlacement(
                WorkerId.random(),
                "433122",
                EmployerId.random(),
                JobPostingId.random(),
                null,
                START,
                months,
                Money.ofYuan("4500"),
                RegionCode.of("370112"),
                "工业北路 1 号",
                "ASSEMBLY");
    }

    private static Placement agreed() {
        Placement placement = Placement.agree(Placement.termsOf(hire(12)), AT);
        placement.releaseEvents();
        return placement;
    }

    private static Placement.Recorder on(LocalDate today) {
        return new Placement.Recorder("caseworker", today, AT);
    }

    @Test
    void agreesWithThreeChecksDueAtOneThreeAndSixMonths() {
        Placement placement = Placement.agree(Placement.termsOf(hire(12)), AT);

        assertThat(placement.status()).isEqualTo(PlacementStatus.STARTING);
        assertThat(placement.terms().period().end()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(placement.checks())
                .extracting(RetentionCheck::month, RetentionCheck::dueOn)
                .containsExactly(
                        tuple(1, LocalDate.of(2026, 4, 1)),
                        tuple(3, LocalDate.of(2026, 6, 1)),
                        tuple(6, LocalDate.of(2026, 9, 1)));
        assertThat(placement.releaseEvents()).singleElement().isInstanceOf(PlacementAgreed.class);
        assertThat(placement.releaseEvents()).isEmpty();
    }

    @Test
    void refusesTermsFieldByField() {
        NewPlacement nothing = new NewPlacement(null, null, null, null, null, null, 0, null, null, null, null);

        assertThatThrownBy(() -> Placement.termsOf(nothing))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.violations())
                                .extracting(Violation::field)
                                .contains("worker", "householdCounty", "employer", "posting", "jobType", "startDate")
                                .contains("workRegion", "contractMonths", "monthlyWage"));
        assertThatThrownBy(() -> Placement.termsOf(hire(61))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void confirmingTheStartMakesItWorking() {
        Placement placement = agreed();

        placement.confirmStart(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5), AT);

        assertThat(placement.status()).isEqualTo(PlacementStatus.WORKING);
        assertThat(placement.state().startedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(placement.releaseEvents()).singleElement().isInstanceOf(PlacementStarted.class);
        assertThatThrownBy(() -> placement.confirmStart(null, LocalDate.of(2026, 3, 5), AT))
                .satisfies(refused -> assertThat(codes(refused)).containsExactly("INVALID_TRANSITION"));
    }

    @Test
    void refusesAStartBeforeTheContractOrInTheFuture() {
        Placement placement = agreed();

        assertThatThrownBy(() -> placement.confirmStart(START.minusDays(1), START, AT))
                .satisfies(refused -> assertThat(codes(refused)).containsExactly("BEFORE_START"));
        assertThatThrownBy(() -> placement.confirmStart(START.plusDays(3), START, AT))
                .satisfies(refused -> assertThat(codes(refused)).containsExactly("FUTURE"));
    }

    @Test
    void aCheckFoundLeftEndsThePlacementAndClosesTheOtherChecks() {
        Placement placement = agreed();
        LocalDate today = LocalDate.of(2026, 4, 3);

        placement.recordRetention(1, RetentionOutcome.LEFT, LeavingReason.WAGES, " wages late ", on(today));

        assertThat(placement.status()).isEqualTo(PlacementStatus.LEFT);
        assertThat(placement.state().leftOn()).isEqualTo(today);
        assertThat(placement.state().leavingReason()).isEqualTo(LeavingReason.WAGES);
        assertThat(placement.checks()).noneMatch(RetentionCheck::isOpen);
        assertThat(placement.checks().get(0).view(true))
                .extracting(RetentionCheckView::outcome, RetentionCheckView::note, RetentionCheckView::recordedBy)
                .containsExactly(RetentionOutcome.LEFT, "wages late", "caseworker");
        assertThat(placement.releaseEvents()).hasExactlyElementsOfTypes(RetentionChecked.class, PlacementEnded.class);
        assertThatThrownBy(() -> placement.recordRetention(3, RetentionOutcome.STILL_WORKING, null, null, on(today)))
                .satisfies(refused -> assertThat(codes(refused)).containsExactly("PLACEMENT_ENDED"));
    }

    @Test
    void stillWorkingAMonthInMeansTheWorkerStarted() {
        Placement placement = agreed();

        placement.recordRetention(1, RetentionOutcome.STILL_WORKING, null, null, on(LocalDate.of(2026, 4, 1)));

        assertThat(placement.status()).isEqualTo(PlacementStatus.WORKING);
        assertThat(placement.state().startedOn()).isEqualTo(START);
        assertThat(placement.releaseEvents()).hasExactlyElementsOfTypes(RetentionChecked.class, PlacementStarted.class);
    }

    @Test
    void refusesACheckTooEarlyTwiceOrForAnotherMonth() {
        Placement placement = agreed();

        assertThatThrownBy(() -> placement.recordRetention(
                        3, RetentionOutcome.STILL_WORKING, null, null, on(LocalDate.of(2026, 5, 24))))
                .satisfies(refused -> assertThat(codes(refused)).containsExactly("NOT_DUE_YET"));
        placement.recordRetention(3, RetentionOutcome.STILL_WORKING, null, null, on(LocalDate.of(2026, 5, 25)));
        assertThatThrownBy(() -> placement.recordRetention(
                        3, RetentionOutcome.STILL_WORKING, null, null, on(LocalDate.of(2026, 6, 2))))
                .satisfies(refused -> assertThat(codes(refused)).containsExactly("ALREADY_RECORDED"));
        assertThatThrownBy(() -> placement.recordRetention(
                        2, RetentionOutcome.STILL_WORKING, null, null, on(LocalDate.of(2026, 6, 2))))
                .satisfies(refused -> assertThat(codes(refused)).containsExactly("UNKNOWN"));
    }

    @Test
    void leavingNeedsAReasonAndADayWithinTheContractSoFar() {
        Placement placement = agreed();
        LocalDate today = LocalDate.of(2026, 5, 1);

        assertThatThrownBy(() -> placement.leave(START.minusDays(1), null, null, today, AT))
                .satisfies(refused -> assertThat(codes(refused)).containsExactly("BEFORE_START", "REQUIRED"));
        placement.leave(LocalDate.of(2026, 4, 20), LeavingReason.FAMILY, "", today, AT);

        assertThat(placement.state().leftOn()).isEqualTo(LocalDate.of(2026, 4, 20));
        assertThat(placement.state().leavingNote()).isNull();
        assertThat(placement.releaseEvents()).singleElement().isInstanceOf(PlacementEnded.class);
        assertThatThrownBy(() -> placement.leave(today, LeavingReason.OTHER, null, today, AT))
                .satisfies(refused -> assertThat(codes(refused)).containsExactly("INVALID_TRANSITION"));
    }

    private static List<String> codes(Throwable refused) {
        return ((InvalidInputException) refused)
                .violations().stream().map(Violation::code).toList();
    }
}
