package org.laborbridge.fairs.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.PostingStatus;
import org.laborbridge.fairs.OfferTerms;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.Violation;

class OfferTermsRuleTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    static JobPostingView posting(String wageMin, String wageMax, PostingStatus status, int openingsLeft) {
        return new JobPostingView(
                JobPostingId.random(),
                EmployerId.random(),
                "济南电子厂",
                "电子厂普工",
                "ASSEMBLY",
                10,
                openingsLeft,
                Money.ofYuan(wageMin),
                Money.ofYuan(wageMax),
                RegionCode.of("370102"),
                "历下区",
                "工业园",
                true,
                true,
                "8小时",
                null,
                null,
                List.of(),
                null,
                TODAY.minusDays(10),
                TODAY.plusDays(20),
                status);
    }

    @ParameterizedTest(name = "{0}, {1} months, {2} yuan → {3}")
    @CsvSource({
        "2026-11-28, 12, 4500,    ''",
        "2026-12-31, 1,  6000,    ''",
        "2026-11-27, 12, 5000,    startDate:IN_PAST",
        "2026-12-01, 0,  5000,    contractMonths:RANGE",
        "2026-12-01, 61, 5000,    contractMonths:RANGE",
        "2026-12-01, 12, 4499.99, monthlyWage:OUTSIDE_POSTING_RANGE",
        "2026-12-01, 12, 6000.01, monthlyWage:OUTSIDE_POSTING_RANGE",
        "2026-11-01, 72, 9000,    startDate:IN_PAST contractMonths:RANGE monthlyWage:OUTSIDE_POSTING_RANGE",
    })
    void holdsTheOfferToThePostingAndTheCalendar(String start, int months, String wage, String expected) {
        List<Violation> violations = OfferTermsRule.check(
                new OfferTerms(LocalDate.parse(start), months, Money.ofYuan(wage)),
                posting("4500", "6000", PostingStatus.OPEN, 3),
                TODAY);

        assertThat(violations.stream().map(v -> v.field() + ":" + v.code()).toList())
                .containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected.split(" ")));
    }

    @ParameterizedTest
    @CsvSource({"4500, 6000", "0, 0"})
    void namesThePostingsRangeInTheRefusal(String min, String max) {
        List<Violation> violations = OfferTermsRule.check(
                new OfferTerms(TODAY, 12, Money.ofYuan("7000")), posting(min, max, PostingStatus.OPEN, 1), TODAY);

        assertThat(violations.get(0).arguments())
                .containsExactly(
                        Money.ofYuan(min).toYuanString(), Money.ofYuan(max).toYuanString());
    }
}
