package org.laborbridge.employers.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.JobPostingForm;
import org.laborbridge.employers.PostingStatus;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.Violation;

/** The named rules of a job posting, without Spring or a database. */
class PostingRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void wagesAreTypedInYuanAndKeptInFen() {
        WageRange range = WageRange.ofYuan(new BigDecimal("4500"), new BigDecimal("6000.50"));

        assertThat(range.min()).isEqualTo(Money.ofFen(450_000));
        assertThat(range.max()).isEqualTo(Money.ofFen(600_050));
    }

    @Test
    void refusesAWageMinimumAboveTheMaximum() {
        assertThat(violations(() -> WageRange.ofYuan(new BigDecimal("6000"), new BigDecimal("4500"))))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("wageMin", "MIN_ABOVE_MAX"));
    }

    @Test
    void refusesNegativeAndOverPreciseWagesEachUnderItsField() {
        assertThat(violations(() -> WageRange.ofYuan(new BigDecimal("-1"), new BigDecimal("4500.123"))))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("wageMin", "NEGATIVE"), tuple("wageMax", "PRECISION"));
    }

    @Test
    void ageRangeStaysWithinWorkingAgeAndInOrder() {
        assertThat(codes(() -> new AgeRange(15, 45))).containsExactly("minAge:RANGE");
        assertThat(codes(() -> new AgeRange(18, 66))).containsExactly("maxAge:RANGE");
        assertThat(codes(() -> new AgeRange(50, 30))).containsExactly("minAge:MIN_ABOVE_MAX");
        assertThatCode(() -> new AgeRange(16, 65)).doesNotThrowAnyException();
    }

    @Test
    void eitherEndOfTheAgeRangeMayBeOpen() {
        assertThatCode(() -> new AgeRange(18, null)).doesNotThrowAnyException();
        assertThatCode(() -> new AgeRange(null, null)).doesNotThrowAnyException();
    }

    @Test
    void headcountIsAtLeastOne() {
        assertThat(codes(() -> HeadcountRule.check(0))).containsExactly("headcount:TOO_SMALL");
        assertThat(codes(() -> HeadcountRule.check(null))).containsExactly("headcount:REQUIRED");
        assertThat(HeadcountRule.check(1)).isEqualTo(1);
    }

    @Test
    void changingTheHeadcountMovesTheOpeningsByAsMuch() {
        // 10 sought, 4 hired, 6 open.
        assertThat(HeadcountRule.openingsLeftAfter(10, 6, 7)).isEqualTo(3);
        assertThat(HeadcountRule.openingsLeftAfter(10, 6, 4)).isZero();
        assertThat(HeadcountRule.openingsLeftAfter(10, 6, 12)).isEqualTo(8);
    }

    @Test
    void neverTakesTheHeadcountBelowThoseAlreadyHired() {
        assertThatThrownBy(() -> HeadcountRule.openingsLeftAfter(10, 6, 3))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.violations().get(0))
                                .extracting(Violation::field, Violation::code, Violation::arguments)
                                .containsExactly("headcount", "BELOW_FILLED", List.of(4)));
    }

    @Test
    void validityEndsNoEarlierThanItStarts() {
        assertThat(codes(() -> ValidityPeriod.of(TODAY, TODAY.minusDays(1), TODAY)))
                .containsExactly("validUntil:BEFORE_VALID_FROM");
        assertThat(ValidityPeriod.of(null, TODAY.plusDays(3), TODAY).from()).isEqualTo(TODAY);
        assertThat(new ValidityPeriod(TODAY, TODAY).isOverOn(TODAY)).isFalse();
        assertThat(new ValidityPeriod(TODAY, TODAY).isOverOn(TODAY.plusDays(1))).isTrue();
    }

    @Test
    void aDraftIsPublishedOnceAndNotWhenExpired() {
        ValidityPeriod current = new ValidityPeriod(TODAY, TODAY.plusDays(30));
        assertThatCode(() -> PostingTransitions.checkPublish(PostingStatus.DRAFT, current, TODAY))
                .doesNotThrowAnyException();
        assertThat(codes(() -> PostingTransitions.checkPublish(PostingStatus.OPEN, current, TODAY)))
                .containsExactly("status:INVALID_TRANSITION");
        assertThat(codes(() -> PostingTransitions.checkPublish(
                        PostingStatus.DRAFT, new ValidityPeriod(TODAY.minusDays(9), TODAY.minusDays(1)), TODAY)))
                .containsExactly("validUntil:EXPIRED");
    }

    @Test
    void aClosedPostingStaysClosed() {
        assertThat(codes(() -> PostingTransitions.checkClose(PostingStatus.CLOSED)))
                .containsExactly("status:INVALID_TRANSITION");
        assertThat(codes(() -> PostingTransitions.checkChange(PostingStatus.CLOSED)))
                .containsExactly("status:NOT_CHANGEABLE");
    }

    @Test
    void anOpenPostingIsFilledExactlyWhenNoOpeningsAreLeft() {
        assertThat(PostingTransitions.afterHeadcountChange(PostingStatus.OPEN, 0))
                .isEqualTo(PostingStatus.FILLED);
        assertThat(PostingTransitions.afterHeadcountChange(PostingStatus.FILLED, 2))
                .isEqualTo(PostingStatus.OPEN);
        assertThat(PostingTransitions.afterHeadcountChange(PostingStatus.DRAFT, 0))
                .isEqualTo(PostingStatus.DRAFT);
    }

    @Test
    void termsReportEveryProblemAtOnce() {
        JobPostingForm form = new JobPostingForm(
                " ",
                "ASTRONAUT",
                0,
                new BigDecimal("5000"),
                new BigDecimal("4000"),
                "370100",
                null,
                false,
                false,
                null,
                70,
                null,
                List.of("JUGGLING"),
                "DOCTORATE",
                TODAY,
                TODAY.minusDays(1));

        assertThat(codes(() -> PostingTerms.of(form, TODAY)))
                .containsExactlyInAnyOrder(
                        "title:REQUIRED",
                        "jobType:UNKNOWN",
                        "headcount:TOO_SMALL",
                        "wageMin:MIN_ABOVE_MAX",
                        "workRegionCode:NOT_COUNTY",
                        "minAge:RANGE",
                        "requiredSkills:UNKNOWN",
                        "minEducation:UNKNOWN",
                        "validUntil:BEFORE_VALID_FROM");
    }

    static List<Violation> violations(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException refused) {
            return refused.violations();
        }
        throw new AssertionError("Expected a refusal");
    }

    static List<String> codes(Runnable action) {
        return violations(action).stream().map(v -> v.field() + ":" + v.code()).toList();
    }
}
