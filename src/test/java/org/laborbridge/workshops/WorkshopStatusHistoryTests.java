package org.laborbridge.workshops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.identity.Callers;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerRecord;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Recognition over time: the history of changes, the figures read from it, and the bureau's decisions. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@RecordApplicationEvents
class WorkshopStatusHistoryTests {

    private static final String YONGSHUN = "433127";

    @Autowired
    Workshops workshops;

    @Autowired
    WorkerRegistry registry;

    @Autowired
    ApplicationEvents events;

    WorkshopFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new WorkshopFixtures(workshops, registry);
    }

    @Test
    void figuresCountAWorkshopOnlyInTheMonthsItWasRecognisedAtTheirEnd() {
        List<WorkshopFigure> before = workshops.figures();
        WorkshopView workshop = as(() -> workshops.register(WorkshopFixtures.form("永顺猕猴桃历史车间", YONGSHUN)));
        WorkerRecord worker = fixtures.worker(YONGSHUN, true);
        EmployeeView employed = as(() -> workshops.employ(workshop.id(), startingOn(worker, LocalDate.of(2019, 1, 7))));
        as(() -> {
            workshops.leave(workshop.id(), employed.id(), LocalDate.of(2020, 3, 15));
            return null;
        });
        as(() -> workshops.withdraw(workshop.id(), "连续两个月无贫困劳动力在岗", LocalDate.of(2020, 5, 10)));
        List<WorkshopFigure> after = workshops.figures();

        assertThat(change(before, after, YearMonth.of(2018, 5))).containsExactly(0L, 0L);
        assertThat(change(before, after, YearMonth.of(2018, 6))).containsExactly(1L, 0L);
        assertThat(change(before, after, YearMonth.of(2019, 1))).containsExactly(1L, 1L);
        assertThat(change(before, after, YearMonth.of(2020, 2))).containsExactly(1L, 1L);
        assertThat(change(before, after, YearMonth.of(2020, 3))).containsExactly(0L, 0L);
        assertThat(change(before, after, YearMonth.of(2020, 6))).containsExactly(0L, 0L);
        assertThat(change(before, after, YearMonth.from(BureauTime.today()))).containsExactly(0L, 0L);

        assertThat(as(() -> workshops.statusHistory(workshop.id())))
                .extracting(c -> c.status() + "/" + c.cause() + "/" + c.effectiveOn())
                .containsExactly(
                        "RECOGNISED/REGISTERED/2018-06-01",
                        "FLAGGED_FOR_WITHDRAWAL/CRITERIA/2020-03-15",
                        "WITHDRAWN/DECISION/2020-05-10");
    }

    @Test
    void onlyAFlaggedWorkshopIsWithdrawnAndOnlyAWithdrawnOneThatMeetsTheCriteriaIsRecognisedAgain() {
        WorkshopView workshop = fixtures.workshop();
        fixtures.employ(workshop, fixtures.worker(WorkshopFixtures.BAOJING, true), true);

        assertThatThrownBy(() -> as(() -> workshops.withdraw(workshop.id(), "不符合", null)))
                .isInstanceOfSatisfying(
                        RecognitionRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(RecognitionRefusedException.NOT_FLAGGED));
        assertThatThrownBy(() -> as(() -> workshops.recogniseAgain(workshop.id(), "达标", null)))
                .isInstanceOfSatisfying(
                        RecognitionRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(RecognitionRefusedException.NOT_WITHDRAWN));

        EmployeeView uninsured = fixtures.employ(workshop, fixtures.worker(WorkshopFixtures.BAOJING, false), false);
        WorkshopView withdrawn = as(() -> workshops.withdraw(workshop.id(), "未给全部员工投保意外险", null));
        assertThat(withdrawn.status()).isEqualTo(WorkshopStatus.WITHDRAWN);
        assertThat(events.stream(WorkshopWithdrawn.class))
                .anySatisfy(w -> assertThat(w.workshop()).isEqualTo(workshop.id()));
        assertThat(as(() -> workshops.publicView(workshop.id()))).isEmpty();

        assertThatThrownBy(() -> as(() -> workshops.recogniseAgain(workshop.id(), "已整改", null)))
                .isInstanceOfSatisfying(
                        RecognitionRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(RecognitionRefusedException.CRITERIA_UNMET));

        as(() -> {
            workshops.leave(workshop.id(), uninsured.id(), BureauTime.today());
            return null;
        });
        assertThat(as(() -> workshops.get(workshop.id())).status())
                .as("an employee change does not undo a withdrawal")
                .isEqualTo(WorkshopStatus.WITHDRAWN);
        WorkshopView again = as(() -> workshops.recogniseAgain(workshop.id(), "已整改，全员投保", null));
        assertThat(again.status()).isEqualTo(WorkshopStatus.RECOGNISED);
        assertThat(again.recognisedOn()).isEqualTo(BureauTime.today());
        assertThat(as(() -> workshops.statusHistory(workshop.id())))
                .extracting(c -> c.status() + "/" + c.cause() + "/" + c.reason() + "/" + c.changedBy())
                .containsExactly(
                        "RECOGNISED/REGISTERED//workshop-tests",
                        "FLAGGED_FOR_WITHDRAWAL/CRITERIA/ACCIDENT_INSURANCE/workshop-tests",
                        "WITHDRAWN/DECISION/未给全部员工投保意外险/workshop-tests",
                        "RECOGNISED/DECISION/已整改，全员投保/workshop-tests");
    }

    @Test
    void aDecisionNeedsAReasonAndADayNeitherAheadNorBeforeTheLastChange() {
        WorkshopView workshop = fixtures.workshop();
        fixtures.employ(workshop, fixtures.worker(WorkshopFixtures.BAOJING, false), false);

        assertThat(refusal(() -> workshops.withdraw(workshop.id(), "  ", null))).containsExactly("reason:REQUIRED");
        assertThat(refusal(() -> workshops.withdraw(workshop.id(), "长".repeat(501), null)))
                .containsExactly("reason:TOO_LONG");
        assertThat(refusal(() -> workshops.withdraw(
                        workshop.id(), "理由", BureauTime.today().plusDays(1))))
                .containsExactly("effectiveOn:IN_FUTURE");
        assertThat(refusal(() -> workshops.withdraw(
                        workshop.id(), "理由", BureauTime.today().minusMonths(3))))
                .as("flagged when the uninsured employee started, two months ago")
                .containsExactly("effectiveOn:BEFORE_LAST_CHANGE");
        assertThat(as(() -> workshops.get(workshop.id())).status()).isEqualTo(WorkshopStatus.FLAGGED_FOR_WITHDRAWAL);
    }

    @Test
    void leavingTheLastEmploymentGivesTheWorkerBackTheirSituationBefore() {
        WorkshopView workshop = fixtures.workshop();
        WorkerRecord seeking = fixtures.worker(WorkshopFixtures.BAOJING, true);
        WorkerRecord notSeeking = fixtures.worker(WorkshopFixtures.BAOJING, true);
        as(() -> {
            registry.recordSituation(notSeeking.id(), Situation.NOT_SEEKING);
            return null;
        });
        EmployeeView first = fixtures.employ(workshop, seeking, true);
        EmployeeView second = fixtures.employ(workshop, notSeeking, true);
        assertThat(situation(seeking)).isEqualTo(Situation.EMPLOYED_LOCALLY);

        as(() -> {
            workshops.leave(workshop.id(), first.id(), BureauTime.today());
            workshops.leave(workshop.id(), second.id(), BureauTime.today());
            return null;
        });

        assertThat(situation(seeking)).isEqualTo(Situation.SEEKING);
        assertThat(situation(notSeeking)).isEqualTo(Situation.NOT_SEEKING);
        assertThat(as(() -> registry.timeline(seeking.id())))
                .anySatisfy(step -> assertThat(step.toString()).contains(Workshops.LEFT))
                .anySatisfy(step -> assertThat(step.toString()).contains("SEEKING"));
    }

    @Test
    void aSituationAnotherModuleChangedMeanwhileIsLeftAlone() {
        WorkshopView workshop = fixtures.workshop();
        WorkerRecord worker = fixtures.worker(WorkshopFixtures.BAOJING, true);
        EmployeeView employed = fixtures.employ(workshop, worker, true);
        as(() -> {
            registry.recordSituation(worker.id(), Situation.EMPLOYED_AWAY);
            workshops.leave(workshop.id(), employed.id(), BureauTime.today());
            return null;
        });

        assertThat(situation(worker)).isEqualTo(Situation.EMPLOYED_AWAY);
    }

    private Situation situation(WorkerRecord worker) {
        return as(() -> registry.find(worker.id())).situation();
    }

    private static EmployeeForm startingOn(WorkerRecord worker, LocalDate start) {
        return new EmployeeForm(worker.id().toString(), start, new BigDecimal("2300"), 24, true);
    }

    private static List<Long> change(List<WorkshopFigure> before, List<WorkshopFigure> after, YearMonth month) {
        WorkshopFigure then = figure(before, month);
        WorkshopFigure now = figure(after, month);
        return List.of(now.workshops() - then.workshops(), now.employees() - then.employees());
    }

    private static WorkshopFigure figure(List<WorkshopFigure> figures, YearMonth month) {
        return figures.stream()
                .filter(f -> f.county().equals(YONGSHUN) && f.month().equals(month))
                .findFirst()
                .orElse(new WorkshopFigure(YONGSHUN, month, 0, 0, 0));
    }

    private static List<String> refusal(java.util.function.Supplier<?> action) {
        try {
            as(action::get);
        } catch (InvalidInputException invalid) {
            return invalid.violations().stream()
                    .map(v -> v.field() + ":" + v.code())
                    .toList();
        }
        throw new AssertionError("not refused");
    }

    private static <T> T as(java.util.function.Supplier<T> action) {
        return Callers.runAs(WorkshopFixtures.ADMIN, action);
    }
}
