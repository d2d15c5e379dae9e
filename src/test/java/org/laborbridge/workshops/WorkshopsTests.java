package org.laborbridge.workshops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@RecordApplicationEvents
class WorkshopsTests {

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
    void joiningMakesTheWorkerEmployedLocallyWithAStepOnTheirTimeline() {
        WorkshopView workshop = fixtures.workshop();
        WorkerRecord worker = fixtures.worker(WorkshopFixtures.BAOJING, true);

        fixtures.employ(workshop, worker, true);

        WorkerRecord after = Callers.runAs(WorkshopFixtures.ADMIN, () -> registry.find(worker.id()));
        assertThat(after.situation()).isEqualTo(Situation.EMPLOYED_LOCALLY);
        assertThat(Callers.runAs(WorkshopFixtures.ADMIN, () -> registry.timeline(worker.id())))
                .anySatisfy(step -> assertThat(step.toString()).contains(Workshops.JOINED));
        assertThat(events.stream(WorkshopEmployeeJoined.class))
                .anySatisfy(joined -> assertThat(joined.worker()).isEqualTo(worker.id()));
        WorkshopView seen = Callers.runAs(WorkshopFixtures.ADMIN, () -> workshops.get(workshop.id()));
        assertThat(seen.headcount()).isEqualTo(1);
        assertThat(seen.poorHeadcount()).isEqualTo(1);
    }

    @Test
    void isFlaggedBelowTheCriteriaAndRestoredWhenItRecovers() {
        WorkshopView workshop = fixtures.workshop();
        fixtures.employ(workshop, fixtures.worker(WorkshopFixtures.BAOJING, true), true);
        EmployeeView uninsured = fixtures.employ(workshop, fixtures.worker(WorkshopFixtures.BAOJING, false), false);

        WorkshopView flagged = Callers.runAs(WorkshopFixtures.ADMIN, () -> workshops.get(workshop.id()));
        assertThat(flagged.status()).isEqualTo(WorkshopStatus.FLAGGED_FOR_WITHDRAWAL);
        assertThat(flagged.flagReasons()).containsExactly(CriterionCheck.ACCIDENT_INSURANCE);
        assertThat(events.stream(WorkshopFlagged.class))
                .anySatisfy(f -> assertThat(f.workshop()).isEqualTo(workshop.id()));

        Callers.runAs(WorkshopFixtures.ADMIN, () -> {
            workshops.leave(workshop.id(), uninsured.id(), BureauTime.today());
            return null;
        });

        WorkshopView restored = Callers.runAs(WorkshopFixtures.ADMIN, () -> workshops.get(workshop.id()));
        assertThat(restored.status()).isEqualTo(WorkshopStatus.RECOGNISED);
        assertThat(restored.flagReasons()).isEmpty();
        assertThat(restored.checks()).allMatch(CriterionCheck::met);
        assertThat(events.stream(WorkshopEmployeeLeft.class)).hasSize(1);
        assertThat(events.stream(WorkshopRecognised.class))
                .anySatisfy(r -> assertThat(r.workshop()).isEqualTo(workshop.id()));
    }

    @Test
    void aWorkerHoldsOneOpenEmploymentAcrossWorkshops() {
        WorkerRecord worker = fixtures.worker(WorkshopFixtures.BAOJING, true);
        fixtures.employ(fixtures.workshop(), worker, true);
        WorkshopView other = fixtures.workshop();

        assertThatThrownBy(() -> fixtures.employ(other, worker, true))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.violations())
                                .extracting(v -> v.field() + ":" + v.code())
                                .containsExactly("worker:ALREADY_EMPLOYED"));
        assertThat(Callers.runAs(WorkshopFixtures.ADMIN, () -> workshops.employees(other.id())))
                .isEmpty();
    }

    @Test
    void figuresCountRecognisedWorkshopsAndTheirEmployeesAtTheEndOfEachMonth() {
        WorkshopView workshop = Callers.runAs(
                WorkshopFixtures.ADMIN, () -> workshops.register(WorkshopFixtures.form("古丈毛尖扶贫车间", "433126")));
        List<WorkshopFigure> before = workshops.figures();
        fixtures.employ(workshop, fixtures.worker("433126", true), true);
        fixtures.employ(workshop, fixtures.worker("433126", false), true);

        YearMonth thisMonth = YearMonth.from(BureauTime.today());
        WorkshopFigure now = figure(workshops.figures(), "433126", thisMonth);
        WorkshopFigure then = figure(before, "433126", thisMonth);
        assertThat(now.workshops()).isEqualTo(then.workshops());
        assertThat(now.employees()).isEqualTo(then.employees() + 2);
        assertThat(now.poorEmployees()).isEqualTo(then.poorEmployees() + 1);
        assertThat(figure(workshops.figures(), "433126", YearMonth.of(2018, 6)).workshops())
                .isGreaterThanOrEqualTo(1);
    }

    private static WorkshopFigure figure(List<WorkshopFigure> figures, String county, YearMonth month) {
        return figures.stream()
                .filter(f -> f.county().equals(county) && f.month().equals(month))
                .findFirst()
                .orElseThrow();
    }
}
