package org.laborbridge.employers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;

/** What other modules ask a posting: may one apply today, and does an offered wage fit. */
class JobPostingViewTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void acceptsApplicationsOnlyWhenOpenValidAndWithOpeningsLeft() {
        assertThat(posting(PostingStatus.OPEN, 3).acceptsApplicationsOn(TODAY)).isTrue();
        assertThat(posting(PostingStatus.OPEN, 3).acceptsApplicationsOn(TODAY.plusDays(31)))
                .isFalse();
        assertThat(posting(PostingStatus.OPEN, 3).acceptsApplicationsOn(TODAY.minusDays(1)))
                .isFalse();
        assertThat(posting(PostingStatus.FILLED, 0).acceptsApplicationsOn(TODAY))
                .isFalse();
        assertThat(posting(PostingStatus.DRAFT, 3).acceptsApplicationsOn(TODAY)).isFalse();
    }

    @Test
    void countsThoseHiredAndJudgesWagesAgainstTheRangeBothEndsIncluded() {
        JobPostingView posting = posting(PostingStatus.OPEN, 3);

        assertThat(posting.filled()).isEqualTo(7);
        assertThat(posting.offersWage(Money.ofFen(450_000))).isTrue();
        assertThat(posting.offersWage(Money.ofFen(600_000))).isTrue();
        assertThat(posting.offersWage(Money.ofFen(600_001))).isFalse();
    }

    static JobPostingView posting(PostingStatus status, int openingsLeft) {
        return new JobPostingView(
                JobPostingId.random(),
                EmployerId.random(),
                "济南某电子有限公司",
                "电子厂普工",
                "ASSEMBLY",
                10,
                openingsLeft,
                Money.ofFen(450_000),
                Money.ofFen(600_000),
                RegionCode.of("370102"),
                "济南市历下区",
                null,
                true,
                true,
                null,
                18,
                45,
                List.of(),
                null,
                TODAY,
                TODAY.plusDays(30),
                status);
    }
}
