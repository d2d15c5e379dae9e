package org.laborbridge.fairs.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.fairs.ApplicationChannel;
import org.laborbridge.fairs.ApplicationId;
import org.laborbridge.fairs.ApplicationStatus;
import org.laborbridge.fairs.ApplicationStep;
import org.laborbridge.fairs.OfferTerms;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Money;
import org.laborbridge.workers.WorkerId;

/** The application's steps and their order, without Spring or a database. */
class ApplicationStateTests {

    static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");
    static final OfferTerms TERMS = new OfferTerms(LocalDate.of(2026, 12, 7), 12, Money.ofYuan("5200"));

    static Application applied() {
        return Application.submit(
                new Particulars(
                        ApplicationId.random(),
                        WorkerId.random(),
                        "433122",
                        JobPostingId.random(),
                        EmployerId.random(),
                        "济南电子厂",
                        "电子厂普工",
                        "ASSEMBLY",
                        null,
                        ApplicationChannel.SELF),
                "worker",
                NOW);
    }

    static Application offered() {
        Application application = applied();
        application.offer(TERMS, "hr", NOW.plusSeconds(60));
        return application;
    }

    @Test
    void runsFromApplicationThroughInterviewAndOfferToAcceptance() {
        Application application = applied();
        Instant interview = NOW.plusSeconds(86_400);

        application.inviteToInterview(interview, "请带身份证", "hr", NOW.plusSeconds(10));
        application.offer(TERMS, "hr", NOW.plusSeconds(20));
        application.accept("worker", NOW.plusSeconds(30));

        assertThat(application.status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(application.interviewAt()).isEqualTo(interview);
        assertThat(application.offer()).isEqualTo(TERMS);
        assertThat(application.steps())
                .extracting(ApplicationStep::status, ApplicationStep::by)
                .containsExactly(
                        tuple(ApplicationStatus.APPLIED, "worker"),
                        tuple(ApplicationStatus.INTERVIEW, "hr"),
                        tuple(ApplicationStatus.OFFERED, "hr"),
                        tuple(ApplicationStatus.ACCEPTED, "worker"));
        assertThat(application.steps().get(1).note()).isEqualTo("请带身份证");
    }

    @Test
    void mayOfferWithoutAnInterview() {
        assertThat(offered().status()).isEqualTo(ApplicationStatus.OFFERED);
    }

    @Test
    void refusesAcceptingAnOfferTwice() {
        Application application = offered();
        application.accept("worker", NOW.plusSeconds(120));

        assertThatThrownBy(() -> application.accept("worker", NOW.plusSeconds(180)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused ->
                                assertThat(refused.violations().get(0).code()).isEqualTo("INVALID_TRANSITION"));
        assertThat(application.steps()).hasSize(3);
    }

    @Test
    void refusesAcceptingWhatWasNeverOffered() {
        Application application = applied();

        assertThatThrownBy(() -> application.accept("worker", NOW))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("INVALID_TRANSITION");
        assertThat(application.status()).isEqualTo(ApplicationStatus.APPLIED);
    }

    @ParameterizedTest
    @EnumSource(
            value = ApplicationStatus.class,
            names = {"APPLIED", "INTERVIEW", "OFFERED"})
    void mayBeWithdrawnOrRejectedUntilAccepted(ApplicationStatus from) {
        assertThat(Application.allows(from, ApplicationStatus.WITHDRAWN)).isTrue();
        assertThat(Application.allows(from, ApplicationStatus.REJECTED)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(
            value = ApplicationStatus.class,
            names = {"ACCEPTED", "DECLINED", "WITHDRAWN", "REJECTED"})
    void aSettledApplicationTakesNoFurtherStep(ApplicationStatus settled) {
        for (ApplicationStatus next : ApplicationStatus.values()) {
            assertThat(Application.allows(settled, next))
                    .as("%s → %s", settled, next)
                    .isFalse();
        }
    }

    @Test
    void refusesWithdrawingAnAcceptedOffer() {
        Application application = offered();
        application.accept("worker", NOW.plusSeconds(120));

        assertThatThrownBy(() -> application.withdraw("caseworker", NOW.plusSeconds(180)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> application.reject("不合适", "hr", NOW.plusSeconds(180)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void declinesOnlyAnOffer() {
        Application application = applied();
        application.inviteToInterview(null, null, "hr", NOW);

        assertThatThrownBy(() -> application.decline("worker", NOW)).isInstanceOf(InvalidInputException.class);
        application.offer(TERMS, "hr", NOW);
        application.decline("worker", NOW);
        assertThat(application.status()).isEqualTo(ApplicationStatus.DECLINED);
    }

    @Test
    void keepsTheRejectionReasonAsTheStepNote() {
        Application application = applied();

        application.reject("  岗位要求有电工证  ", "hr", NOW);

        assertThat(application.lastStep().note()).isEqualTo("岗位要求有电工证");
    }

    @Test
    void onlyNewStepsAreWrittenAgain() {
        Application loaded = Application.restore(
                applied().particulars(),
                ApplicationStatus.APPLIED,
                null,
                null,
                List.of(new ApplicationStep(ApplicationStatus.APPLIED, "worker", NOW, null)));

        loaded.offer(TERMS, "hr", NOW.plusSeconds(5));

        assertThat(loaded.newSteps()).extracting(ApplicationStep::status).containsExactly(ApplicationStatus.OFFERED);
    }
}
