package org.laborbridge.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.employers.Postings;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.workers.TimelineEntry;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** The employer's social insurance for a placed person: who confirms it, what is refused, what it leaves behind. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SocialInsuranceTests {

    private static final String YISHUI = "371323";

    @Autowired
    Employers employers;

    @Autowired
    JobPostings postings;

    @Autowired
    WorkerRegistry registry;

    @Autowired
    Placements placements;

    @Autowired
    TransactionTemplate transactions;

    PlacementFixtures fixtures;
    JobPostingView posting;
    JobPostingView elsewhere;

    @BeforeAll
    void setUp() {
        fixtures = new PlacementFixtures(employers, postings, registry, placements, transactions);
        posting = fixtures.posting("社保确认机械厂", 200);
        elsewhere = fixtures.posting("社保确认另一厂", 5);
    }

    @Test
    void theEmployerConfirmsOnceAndTheTimelineShowsIt() {
        PlacementView placement = placedMonthsAgo(2);
        LocalDate since = placement.startDate().plusDays(3);

        PlacementView confirmed = Callers.runAs(
                Postings.employerOf(posting.employerId()),
                () -> placements.confirmSocialInsurance(placement.id(), since));

        assertThat(confirmed.socialInsuranceSince()).isEqualTo(since);
        assertThat(Callers.runAs(PlacementFixtures.CASEWORKER, () -> placements.find(placement.id()))
                        .socialInsuranceSince())
                .isEqualTo(since);
        List<TimelineEntry> timeline =
                Callers.runAs(PlacementFixtures.CASEWORKER, () -> registry.timeline(placement.worker()));
        assertThat(timeline).extracting(TimelineEntry::kind).contains("SOCIAL_INSURANCE_CONFIRMED");
    }

    @Test
    void aNewPlacementHasNoSocialInsuranceYet() {
        assertThat(placedMonthsAgo(1).socialInsuranceSince()).isNull();
    }

    @Test
    void badDaysAreRefusedAndNothingChanges() {
        PlacementView placement = placedMonthsAgo(1);
        LocalDate today = BureauTime.today();

        assertThat(refusal(placement, null)).containsExactly(tuple("socialInsuranceSince", "REQUIRED"));
        assertThat(refusal(placement, placement.startDate().minusDays(1)))
                .containsExactly(tuple("socialInsuranceSince", "BEFORE_START"));
        assertThat(refusal(placement, today.plusDays(1))).containsExactly(tuple("socialInsuranceSince", "FUTURE"));
        assertThat(find(placement).socialInsuranceSince()).isNull();

        Callers.runAs(PlacementFixtures.CASEWORKER, () -> placements.confirmSocialInsurance(placement.id(), today));
        assertThat(refusal(placement, placement.startDate()))
                .containsExactly(tuple("socialInsuranceSince", "ALREADY_CONFIRMED"));
        assertThat(find(placement).socialInsuranceSince()).isEqualTo(today);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "ADMIN,          confirmed",
        "CASEWORKER,     confirmed",
        "APPROVER,       403",
        "PARTNER_IN,     403",
        "PARTNER_OUT,    404",
        "OWN_EMPLOYER,   confirmed",
        "OTHER_EMPLOYER, 404",
        "OWN_WORKER,     403",
        "OTHER_WORKER,   404"
    })
    void whoMayConfirm(String who, String expected) {
        PlacementView placement = placedMonthsAgo(1);
        Caller caller = caller(who, placement.worker());
        Runnable confirm = () ->
                Callers.runAs(caller, () -> placements.confirmSocialInsurance(placement.id(), placement.startDate()));
        switch (expected) {
            case "confirmed" -> {
                confirm.run();
                assertThat(find(placement).socialInsuranceSince()).isEqualTo(placement.startDate());
            }
            case "403" -> assertThatThrownBy(confirm::run).isInstanceOf(AccessDeniedException.class);
            default -> assertThatThrownBy(confirm::run).isInstanceOf(RecordNotFoundException.class);
        }
        if (!expected.equals("confirmed")) {
            assertThat(find(placement).socialInsuranceSince()).isNull();
        }
        assertThat(Callers.runAs(caller, () -> mayConfirm(placement))).isEqualTo(expected.equals("confirmed"));
    }

    private boolean mayConfirm(PlacementView placement) {
        return placements.mayConfirmSocialInsurance(placement);
    }

    private Caller caller(String who, WorkerId worker) {
        return switch (who) {
            case "ADMIN" -> new Caller("admin", null, Role.ADMIN, List.of(), null, null);
            case "CASEWORKER" -> PlacementFixtures.CASEWORKER;
            case "APPROVER" -> new Caller("approver", null, Role.APPROVER, List.of(), null, null);
            case "PARTNER_IN" -> PlacementFixtures.partnerFor("371300");
            case "PARTNER_OUT" -> PlacementFixtures.partnerFor("433100");
            case "OWN_EMPLOYER" -> Postings.employerOf(posting.employerId());
            case "OTHER_EMPLOYER" -> Postings.employerOf(elsewhere.employerId());
            case "OWN_WORKER" -> new Caller("own-worker", null, Role.WORKER, List.of(), null, worker.value());
            default -> new Caller("other-worker", null, Role.WORKER, List.of(), null, UUID.randomUUID());
        };
    }

    private PlacementView placedMonthsAgo(int months) {
        WorkerId worker = fixtures.worker("社保" + UUID.randomUUID().toString().substring(0, 4), YISHUI);
        return fixtures.place(worker, YISHUI, posting, BureauTime.today().minusMonths(months), 12);
    }

    private PlacementView find(PlacementView placement) {
        return Callers.runAs(PlacementFixtures.CASEWORKER, () -> placements.find(placement.id()));
    }

    private List<org.assertj.core.groups.Tuple> refusal(PlacementView placement, LocalDate since) {
        InvalidInputException refused = catchThrowableOfType(
                InvalidInputException.class,
                () -> Callers.runAs(
                        PlacementFixtures.CASEWORKER, () -> placements.confirmSocialInsurance(placement.id(), since)));
        assertThat(refused).isNotNull();
        return refused.violations().stream()
                .map(v -> tuple(v.field(), v.code()))
                .toList();
    }
}
