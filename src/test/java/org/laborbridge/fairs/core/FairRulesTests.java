package org.laborbridge.fairs.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.fairs.Campaign;
import org.laborbridge.fairs.FairId;
import org.laborbridge.fairs.FairKind;
import org.laborbridge.fairs.FairStatus;
import org.laborbridge.fairs.FairView;
import org.laborbridge.fairs.TargetGroup;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.Violation;
import org.laborbridge.workers.WorkerQuery;

/** The fair's own rules, without Spring or a database. */
class FairRulesTests {

    static final LocalDate START = LocalDate.of(2020, 8, 20);
    static final LocalDate END = LocalDate.of(2020, 8, 21);
    static final FairDates DATES = new FairDates(START, END);

    @Test
    void statusFollowsTheDatesBothIncluded() {
        assertThat(DATES.statusOn(START.minusDays(1), false)).isEqualTo(FairStatus.PLANNED);
        assertThat(DATES.statusOn(START, false)).isEqualTo(FairStatus.OPEN);
        assertThat(DATES.statusOn(END, false)).isEqualTo(FairStatus.OPEN);
        assertThat(DATES.statusOn(END.plusDays(1), false)).isEqualTo(FairStatus.FINISHED);
    }

    @Test
    void aCancelledFairStaysCancelledWhateverTheDate() {
        for (LocalDate day : List.of(START.minusDays(1), START, END.plusDays(1))) {
            assertThat(DATES.statusOn(day, true)).isEqualTo(FairStatus.CANCELLED);
        }
    }

    @Test
    void checkInOnlyAtAnOnSiteFairOnItsDates() {
        assertThat(CheckInWindow.refusal(view(FairKind.ON_SITE, FairStatus.OPEN)))
                .isEmpty();
        assertThat(code(CheckInWindow.refusal(view(FairKind.ON_SITE, FairStatus.PLANNED))
                        .orElseThrow()))
                .isEqualTo("NOT_STARTED");
        assertThat(code(CheckInWindow.refusal(view(FairKind.ON_SITE, FairStatus.FINISHED))
                        .orElseThrow()))
                .isEqualTo("FINISHED");
        assertThat(code(CheckInWindow.refusal(view(FairKind.ON_SITE, FairStatus.CANCELLED))
                        .orElseThrow()))
                .isEqualTo("CANCELLED");
        assertThat(code(CheckInWindow.refusal(view(FairKind.ONLINE, FairStatus.OPEN))
                        .orElseThrow()))
                .isEqualTo("NOT_ON_SITE");
    }

    @Test
    void aFinishedFairTakesSignUpsOnlyFromCaseworkersEnteringPaperSheets() {
        FairView finished = view(FairKind.ON_SITE, FairStatus.FINISHED);
        assertThat(SignUpWindow.refusal(finished, caller(Role.CASEWORKER))).isEmpty();
        assertThat(code(SignUpWindow.refusal(finished, caller(Role.WORKER)).orElseThrow()))
                .isEqualTo("FINISHED");
        assertThat(code(SignUpWindow.refusal(finished, caller(Role.PARTNER)).orElseThrow()))
                .isEqualTo("FINISHED");
        assertThat(code(SignUpWindow.refusal(view(FairKind.ON_SITE, FairStatus.CANCELLED), caller(Role.ADMIN))
                        .orElseThrow()))
                .isEqualTo("CANCELLED");
    }

    @Test
    void aBoothNumberBelongsToOneEmployerPerFair() {
        EmployerId holder = new EmployerId(UUID.randomUUID());
        EmployerId other = new EmployerId(UUID.randomUUID());
        Map<String, EmployerId> taken = Map.of("A01", holder);
        assertThat(code(BoothRule.refusal(FairKind.ON_SITE, "A01", other, taken).orElseThrow()))
                .isEqualTo("TAKEN");
        assertThat(BoothRule.refusal(FairKind.ON_SITE, "A01", holder, taken)).isEmpty();
        assertThat(BoothRule.refusal(FairKind.ON_SITE, "A02", other, taken)).isEmpty();
        assertThat(code(BoothRule.refusal(FairKind.ON_SITE, null, other, taken).orElseThrow()))
                .isEqualTo("REQUIRED");
        assertThat(BoothRule.refusal(FairKind.ONLINE, null, other, taken)).isEmpty();
    }

    @Test
    void boothNumbersAreComparedWithoutSpacesCaseOrFullWidth() {
        assertThat(BoothRule.normalise(" ａ０１ ")).isEqualTo("A01");
        assertThat(BoothRule.normalise("   ")).isNull();
    }

    @Test
    void pastedLinesKeepTheNumbersThePersonSees() {
        assertThat(PastedLines.of("a\r\n\n  b  \n"))
                .containsExactly(new PastedLines.Line(1, "a"), new PastedLines.Line(3, "b"));
        assertThat(PastedLines.of(null)).isEmpty();
    }

    @Test
    void qrTokensAreRandomAndNeverLookLikeAnIdNumber() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = QrTokens.next();
            assertThat(QrTokens.looksLikeToken(token)).isTrue();
            tokens.add(token);
        }
        assertThat(tokens).hasSize(1000);
        assertThat(QrTokens.looksLikeToken("43312219900101123X")).isFalse();
        assertThat(QrTokens.looksLikeToken("433122900101123")).isFalse();
    }

    @Test
    void theTargetGroupNarrowsTheFilterOfABulkSignUp() {
        TargetGroup target = new TargetGroup(true, true, true, List.of("433100"));
        WorkerQuery narrowed = TargetFilter.narrow(WorkerQuery.all(0, 20), target);
        assertThat(narrowed.registeredPoor()).isTrue();
        assertThat(narrowed.willingToMigrate()).isTrue();
        assertThat(narrowed.regions()).containsExactly("433100");

        WorkerQuery inside = new WorkerQuery(null, List.of("433122", "371323"), null, null, null, null, false, 0, 20);
        assertThat(TargetFilter.narrow(inside, target).regions()).containsExactly("433122");
        WorkerQuery outside = new WorkerQuery(null, List.of("371323"), null, null, null, null, false, 0, 20);
        assertThat(TargetFilter.narrow(outside, target)).isNull();
        WorkerQuery notPoor = new WorkerQuery(null, List.of(), false, null, null, null, false, 0, 20);
        assertThat(TargetFilter.narrow(notPoor, target)).isNull();
    }

    private static FairView view(FairKind kind, FairStatus status) {
        return new FairView(
                FairId.random(),
                "测试",
                kind,
                Campaign.EAST_WEST,
                null,
                RegionCode.of("433101"),
                "吉首市",
                "吉首",
                START,
                END,
                TargetGroup.everyone(),
                status);
    }

    private static Caller caller(Role role) {
        return new Caller("someone", null, role, List.of("433100"), null, null);
    }

    private static String code(Violation violation) {
        return violation.code();
    }
}
