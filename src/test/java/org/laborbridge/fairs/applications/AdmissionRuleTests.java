package org.laborbridge.fairs.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.fairs.applications.OfferTermsRuleTests.TODAY;
import static org.laborbridge.fairs.applications.OfferTermsRuleTests.posting;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.PostingStatus;
import org.laborbridge.fairs.Campaign;
import org.laborbridge.fairs.FairId;
import org.laborbridge.fairs.FairKind;
import org.laborbridge.fairs.FairStatus;
import org.laborbridge.fairs.FairView;
import org.laborbridge.fairs.TargetGroup;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.Violation;

class AdmissionRuleTests {

    static FairView fair(FairStatus status, int endsInDays) {
        return new FairView(
                FairId.random(),
                "泸溪专场",
                FairKind.ON_SITE,
                Campaign.LOCAL,
                null,
                RegionCode.of("433122"),
                "泸溪县",
                "人力资源市场",
                TODAY.minusDays(1),
                TODAY.plusDays(endsInDays),
                new TargetGroup(false, false, false, List.of()),
                status);
    }

    static List<String> codes(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + ":" + v.code()).toList();
    }

    @ParameterizedTest(name = "{0} with {1} openings left → {2}")
    @CsvSource({
        "OPEN,   3, ''",
        "DRAFT,  3, posting:NOT_OPEN",
        "CLOSED, 3, posting:NOT_OPEN",
        "FILLED, 0, posting:NO_OPENINGS_LEFT",
        "OPEN,   0, posting:NO_OPENINGS_LEFT",
    })
    void takesApplicationsOnlyForAnOpenPostingWithOpeningsLeft(PostingStatus status, int left, String expected) {
        List<Violation> violations = AdmissionRule.check(posting("4500", "6000", status, left), null, null, TODAY);

        assertThat(codes(violations)).containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected));
    }

    @Test
    void refusesAPostingPastItsValidity() {
        JobPostingView posting = posting("4500", "6000", PostingStatus.OPEN, 3);

        assertThat(codes(AdmissionRule.check(
                        posting, null, null, posting.validUntil().plusDays(1))))
                .containsExactly("posting:EXPIRED");
    }

    @Test
    void refusesAFinishedOrCancelledFair() {
        JobPostingView posting = posting("4500", "6000", PostingStatus.OPEN, 3);
        assertThat(codes(AdmissionRule.check(posting, fair(FairStatus.FINISHED, -1), List.of(posting.id()), TODAY)))
                .containsExactly("fair:FINISHED");
        assertThat(codes(AdmissionRule.check(posting, fair(FairStatus.CANCELLED, 3), List.of(posting.id()), TODAY)))
                .containsExactly("fair:CANCELLED");
    }

    @Test
    void refusesAPostingNotOfferedAtTheFair() {
        JobPostingView posting = posting("4500", "6000", PostingStatus.OPEN, 3);

        assertThat(codes(AdmissionRule.check(posting, fair(FairStatus.OPEN, 2), List.of(), TODAY)))
                .containsExactly("posting:NOT_AT_FAIR");
    }
}
