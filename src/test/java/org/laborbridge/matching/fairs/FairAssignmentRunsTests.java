package org.laborbridge.matching.fairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.fairs.ApplicationId;
import org.laborbridge.fairs.ApplicationQuery;
import org.laborbridge.fairs.ApplicationStatus;
import org.laborbridge.fairs.ApplicationView;
import org.laborbridge.fairs.Applications;
import org.laborbridge.fairs.FairView;
import org.laborbridge.fairs.Fairs;
import org.laborbridge.fairs.SignedUp;
import org.laborbridge.identity.Callers;
import org.laborbridge.matching.weights.CurrentScorer;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fair assignment runs through the service, on the real database shared with the demo data: each
 * test makes its own fair, enterprise, postings and workers.
 */
@SpringBootTest
class FairAssignmentRunsTests {

    @Autowired
    FairAssignmentRuns runs;

    @Autowired
    Fairs fairs;

    @Autowired
    Employers employers;

    @Autowired
    JobPostings postings;

    @Autowired
    WorkerRegistry registry;

    @Autowired
    Applications applications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CurrentScorer scorers;

    @Autowired
    RunRows rows;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MessageSource messages;

    AssignmentFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new AssignmentFixtures(fairs, employers, postings, registry);
    }

    @Test
    void neverExceedsOpeningsAndGivesEachWorkerAtMostOnePosting() {
        FairView fair = fixtures.fair("容量测试会");
        List<JobPostingId> offered = fixtures.postingsAt(fair, 2, 1);
        List<WorkerId> workers = List.of(
                fixtures.seeker("容量甲", false),
                fixtures.seeker("容量乙", false),
                fixtures.seeker("容量丙", false),
                fixtures.seeker("容量丁", false),
                fixtures.seeker("容量戊", false));
        fixtures.signUp(fair, workers.toArray(WorkerId[]::new));

        RunViews.Run run = admin(() -> runs.find(fair.id(), runs.compute(fair.id()), 0, 0));

        assertThat(run.summary().signUps()).isEqualTo(5);
        assertThat(run.summary().openings()).isEqualTo(3);
        assertThat(run.summary().assigned()).isEqualTo(3);
        assertThat(run.summary().unassignedByReason()).containsEntry(UnassignedReason.OUTRANKED, 2);
        Map<JobPostingId, Integer> perPosting = run.postings().items().stream()
                .collect(Collectors.toMap(RunViews.PostingResult::posting, RunViews.PostingResult::assigned));
        assertThat(perPosting).containsEntry(offered.get(0), 2).containsEntry(offered.get(1), 1);
        Set<WorkerId> assigned = new HashSet<>();
        run.postings()
                .items()
                .forEach(p -> p.pairs()
                        .forEach(pair -> assertThat(assigned.add(pair.person().worker()))
                                .as("one posting per worker")
                                .isTrue()));
        assertThat(run.summary().totalPoints())
                .isEqualTo(run.postings().items().stream()
                        .flatMap(p -> p.pairs().stream())
                        .mapToLong(RunViews.Pair::points)
                        .sum());
    }

    @Test
    void aRegisteredPoorWorkerGetsTheLastOpeningOverAnEarlierSignUp() {
        FairView fair = fixtures.fair("优先测试会");
        fixtures.postingsAt(fair, 1);
        WorkerId earlier = fixtures.seeker("先报名者", false);
        WorkerId poor = fixtures.seeker("建档立卡者", true);
        fixtures.signUp(fair, earlier, poor);

        RunViews.Run run = admin(() -> runs.find(fair.id(), runs.compute(fair.id()), 0, 0));

        assertThat(run.postings().items().get(0).pairs())
                .extracting(pair -> pair.person().worker())
                .containsExactly(poor);
        assertThat(run.unassigned().items())
                .extracting(u -> u.person().worker(), RunViews.Unassigned::why)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(earlier, UnassignedReason.OUTRANKED));
    }

    @Test
    void saysWhyEachWorkerStayedUnassigned() {
        FairView fair = fixtures.fair("原因测试会");
        fixtures.postingsAt(fair, 1);
        WorkerId best = fixtures.seeker("得岗者", false);
        WorkerId outranked = fixtures.worker("被排后者", false, List.of(), true, Situation.SEEKING);
        WorkerId stayingHome = fixtures.worker("不愿外出者", false, List.of("ASSEMBLY"), false, Situation.SEEKING);
        WorkerId employed = fixtures.worker("已就业者", false, List.of("ASSEMBLY"), true, Situation.EMPLOYED_LOCALLY);
        WorkerId seamstress = fixtures.worker("想做缝纫者", false, List.of("SEWING"), true, Situation.SEEKING);
        fixtures.signUp(fair, best, outranked, stayingHome, employed, seamstress);

        RunViews.Run run = admin(() -> runs.find(fair.id(), runs.compute(fair.id()), 0, 0));

        assertThat(run.postings().items().get(0).pairs())
                .extracting(pair -> pair.person().worker())
                .containsExactly(best);
        assertThat(run.unassigned().items().stream()
                        .collect(Collectors.toMap(u -> u.person().worker(), RunViews.Unassigned::why)))
                .containsEntry(outranked, UnassignedReason.OUTRANKED)
                .containsEntry(stayingHome, UnassignedReason.NO_ELIGIBLE_POSTING)
                .containsEntry(employed, UnassignedReason.NOT_SEEKING)
                .containsEntry(seamstress, UnassignedReason.NO_WANTED_JOB_TYPE)
                .hasSize(4);
        assertThat(run.summary().unassignedByReason())
                .containsEntry(UnassignedReason.NO_WANTED_JOB_TYPE, 1)
                .containsEntry(UnassignedReason.OUTRANKED, 1)
                .containsEntry(UnassignedReason.NO_ELIGIBLE_POSTING, 1)
                .containsEntry(UnassignedReason.NOT_SEEKING, 1);
    }

    @Test
    void theFairsModuleGivesTheWholeSignUpListInSignUpOrderWithoutACaller() {
        FairView fair = fixtures.fair("报名顺序测试会");
        WorkerId first = fixtures.seeker("顺序甲", false);
        WorkerId second = fixtures.workerFrom("371323", "顺序乙");
        WorkerId third = fixtures.seeker("顺序丙", true);
        fixtures.signUp(fair, first);
        fixtures.signUp(fair, second);
        fixtures.signUp(fair, third);

        List<SignedUp> list = fairs.signedUpWorkers(fair.id());

        assertThat(list).extracting(SignedUp::worker).containsExactly(first, second, third);
        assertThat(list).extracting(SignedUp::householdCounty).containsExactly("433122", "371323", "433122");
        assertThat(list).isSortedAccordingTo(java.util.Comparator.comparing(SignedUp::signedUpAt));
        assertThat(fairs.signedUpWorkers(new org.laborbridge.fairs.FairId(UUID.randomUUID())))
                .isEmpty();
    }

    @Test
    void refusesAFairWithoutSignUpsAndStoresNothing() {
        FairView fair = fixtures.fair("无人报名测试会");
        fixtures.postingsAt(fair, 3);

        assertRefused(fair, "NO_SIGN_UPS");
    }

    @Test
    void refusesAFairWhosePostingsAllLackOpeningsAndStoresNothing() {
        FairView fair = fixtures.fair("无空缺测试会");
        List<JobPostingId> offered = fixtures.postingsAt(fair, 2, 2);
        fixtures.signUp(fair, fixtures.seeker("无空缺报名者", false));
        offered.forEach(fixtures::close);

        assertRefused(fair, "NO_OPENINGS");
    }

    @Test
    void listsThePostingsWithoutOpeningsWithTheCallersListSeparator() {
        FairView fair = fixtures.fair("无空缺分隔符测试会");
        List<JobPostingId> offered = fixtures.postingsAt(fair, 1, 1);
        fixtures.signUp(fair, fixtures.seeker("分隔符报名者", false));
        offered.forEach(fixtures::close);

        assertThat(postingsWithoutOpenings(fair, java.util.Locale.ENGLISH))
                .contains(" · 装配工1; ")
                .doesNotContain("、");
        assertThat(postingsWithoutOpenings(fair, java.util.Locale.SIMPLIFIED_CHINESE))
                .contains(" · 装配工1、")
                .doesNotContain("; ");
    }

    private String postingsWithoutOpenings(FairView fair, java.util.Locale locale) {
        org.springframework.context.i18n.LocaleContextHolder.setLocale(locale);
        try {
            admin(() -> runs.compute(fair.id()));
            throw new AssertionError("refused expected");
        } catch (InvalidInputException refused) {
            return refused.violations().stream()
                    .filter(v -> v.code().equals("NO_OPENINGS"))
                    .findFirst()
                    .orElseThrow()
                    .arguments()
                    .get(0)
                    .toString();
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void leavesOutAPostingWithoutOpeningsWhenOthersHaveSome() {
        FairView fair = fixtures.fair("部分空缺测试会");
        List<JobPostingId> offered = fixtures.postingsAt(fair, 2, 2);
        fixtures.signUp(fair, fixtures.seeker("部分空缺报名者", false));
        fixtures.close(offered.get(0));

        RunViews.Run run = admin(() -> runs.find(fair.id(), runs.compute(fair.id()), 0, 0));

        assertThat(run.summary().postings()).isEqualTo(1);
        assertThat(run.postings().items())
                .extracting(RunViews.PostingResult::posting)
                .containsExactly(offered.get(1));
    }

    @Test
    void refusesACancelledFairAndStoresNothing() {
        FairView fair = fixtures.fair("取消分配测试会");
        fixtures.postingsAt(fair, 1);
        fixtures.signUp(fair, fixtures.seeker("取消会报名者", false));
        fixtures.cancel(fair);

        assertRefused(fair, "CANCELLED");
    }

    @Test
    void confirmsIntoInterviewInvitationsExactlyOnceSkippingExistingApplications() {
        FairView fair = fixtures.fair("确认测试会");
        List<JobPostingId> offered = fixtures.postingsAt(fair, 3);
        WorkerId first = fixtures.seeker("确认甲", false);
        WorkerId second = fixtures.seeker("确认乙", false);
        WorkerId applied = fixtures.seeker("已申请者", false);
        fixtures.signUp(fair, first, second, applied);
        admin(() -> applications.apply(applied, offered.get(0), fair.id()));
        UUID run = admin(() -> runs.compute(fair.id()));

        RunViews.Confirmation done = admin(() -> runs.confirm(fair.id(), run, null));

        assertThat(done.invitations()).isEqualTo(2);
        assertThat(done.skipped()).containsExactly(Map.entry("ALREADY_APPLIED", 1));
        List<ApplicationView> made = admin(() -> applications
                .search(new ApplicationQuery(null, null, offered.get(0), fair.id(), null, 0, 10))
                .items());
        assertThat(made).hasSize(3);
        assertThat(made.stream().filter(a -> a.status() == ApplicationStatus.INTERVIEW))
                .extracting(ApplicationView::worker)
                .containsExactlyInAnyOrder(first, second);
        assertThat(made.stream().filter(a -> a.status() == ApplicationStatus.INTERVIEW))
                .allSatisfy(a -> assertThat(a.interviewAt()).isEqualTo(FairAssignmentRuns.defaultInterviewAt(fair)));
        RunViews.Summary after = admin(() -> runs.find(fair.id(), run, 0, 0).summary());
        assertThat(after.confirmed()).isTrue();
        assertThat(after.invitations()).isEqualTo(2);
        assertThat(after.skipped()).isEqualTo(1);

        assertThatThrownBy(() -> admin(() -> runs.confirm(fair.id(), run, null)))
                .isInstanceOf(RunConflictException.class)
                .extracting(e -> ((RunConflictException) e).code())
                .isEqualTo("ALREADY_CONFIRMED");
        assertThat(admin(() -> applications
                        .search(new ApplicationQuery(null, null, offered.get(0), fair.id(), null, 0, 10))
                        .total()))
                .isEqualTo(3);
    }

    @Test
    void twoConfirmationsAtOnceMakeOneSetOfInvitations() throws Exception {
        FairView fair = fixtures.fair("并发确认测试会");
        fixtures.postingsAt(fair, 2);
        fixtures.signUp(fair, fixtures.seeker("并发甲", false), fixtures.seeker("并发乙", false));
        UUID run = admin(() -> runs.compute(fair.id()));
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.Callable<Object> confirm = () -> {
            start.await();
            try {
                return admin(() -> runs.confirm(fair.id(), run, null));
            } catch (RunConflictException conflict) {
                return conflict.code();
            }
        };
        try {
            var first = pool.submit(confirm);
            var second = pool.submit(confirm);
            start.countDown();
            List<Object> outcomes = List.of(first.get(), second.get());

            assertThat(outcomes)
                    .filteredOn(o -> o instanceof RunViews.Confirmation)
                    .hasSize(1);
            assertThat(outcomes)
                    .filteredOn(o -> !(o instanceof RunViews.Confirmation))
                    .singleElement()
                    .isIn("ALREADY_CONFIRMED", "CONFIRMING");
        } finally {
            pool.shutdown();
        }
        assertThat(admin(() -> applications.ofFair(fair.id()))).hasSize(2);
    }

    @Test
    void confirmsOnlyTheLatestRunOfAFair() {
        FairView fair = fixtures.fair("最新方案测试会");
        fixtures.postingsAt(fair, 1);
        fixtures.signUp(fair, fixtures.seeker("最新方案报名者", false));
        UUID older = admin(() -> runs.compute(fair.id()));
        admin(() -> runs.compute(fair.id()));

        assertThatThrownBy(() -> admin(() -> runs.confirm(fair.id(), older, null)))
                .isInstanceOf(RunConflictException.class)
                .extracting(e -> ((RunConflictException) e).code())
                .isEqualTo("NOT_LATEST");
        assertThat(admin(() -> applications.ofFair(fair.id()))).isEmpty();
    }

    @Test
    void aConfirmationAnErrorStoppedHalfwayIsFinishedByConfirmingAgain() {
        FairView fair = fixtures.fair("修复确认测试会");
        fixtures.postingsAt(fair, 3);
        WorkerId fine = fixtures.seeker("修复甲", false);
        WorkerId unlucky = fixtures.seeker("修复乙", false);
        WorkerId alsoFine = fixtures.seeker("修复丙", false);
        fixtures.signUp(fair, fine, unlucky, alsoFine);
        UUID run = admin(() -> runs.compute(fair.id()));
        AtomicInteger failures = new AtomicInteger(1);
        FairAssignmentRuns failingOnce = new FairAssignmentRuns(
                fairs,
                invitationsFailingFor(unlucky, failures),
                postings,
                registry,
                scorers,
                rows,
                transactions,
                messages);

        RunViews.Confirmation broken = admin(() -> failingOnce.confirm(fair.id(), run, null));

        assertThat(broken.invitations()).isEqualTo(2);
        assertThat(broken.failed()).isEqualTo(1);
        assertThat(broken.skipped()).isEmpty();
        RunViews.Summary half = admin(() -> runs.find(fair.id(), run, 0, 0).summary());
        assertThat(half.confirmed()).isTrue();
        assertThat(half.invitations()).isEqualTo(2);
        assertThat(half.skipped()).isZero();
        assertThat(half.unfinished()).isEqualTo(1);
        assertThat(half.confirmable()).isTrue();
        assertThat(admin(() -> applications.ofFair(fair.id())))
                .as("the failed pair's application was rolled back with it")
                .extracting(ApplicationView::worker)
                .containsExactlyInAnyOrder(fine, alsoFine);

        RunViews.Confirmation repaired = admin(() -> failingOnce.confirm(fair.id(), run, null));

        assertThat(repaired.invitations()).isEqualTo(3);
        assertThat(repaired.failed()).isZero();
        assertThat(repaired.skipped())
                .as("pairs invited before are not tried again")
                .isEmpty();
        assertThat(admin(() -> applications.ofFair(fair.id())))
                .extracting(ApplicationView::worker)
                .containsExactlyInAnyOrder(fine, unlucky, alsoFine);
        RunViews.Summary whole = admin(() -> runs.find(fair.id(), run, 0, 0).summary());
        assertThat(whole.invitations()).isEqualTo(3);
        assertThat(whole.unfinished()).isZero();
        assertThat(whole.confirmable()).isFalse();
        assertThat(whole.postings()).isEqualTo(1);
        assertThat(admin(() -> runs.find(fair.id(), run, 0, 0))
                        .postings()
                        .items()
                        .get(0)
                        .pairs())
                .extracting(RunViews.Pair::outcome)
                .containsOnly(FairAssignmentRuns.INVITED);
        assertThatThrownBy(() -> admin(() -> runs.confirm(fair.id(), run, null)))
                .isInstanceOf(RunConflictException.class)
                .extracting(e -> ((RunConflictException) e).code())
                .isEqualTo("ALREADY_CONFIRMED");
    }

    /** The real applications, except that inviting {@code worker} fails unexpectedly while {@code failures} lasts. */
    private Applications invitationsFailingFor(WorkerId worker, AtomicInteger failures) {
        return (Applications) Proxy.newProxyInstance(
                Applications.class.getClassLoader(), new Class<?>[] {Applications.class}, (proxy, method, args) -> {
                    if (method.getName().equals("inviteToInterview")) {
                        ApplicationView application = applications.find((ApplicationId) args[0]);
                        if (application.worker().equals(worker) && failures.getAndDecrement() > 0) {
                            throw new IllegalStateException("connection reset");
                        }
                    }
                    try {
                        return method.invoke(applications, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void assertRefused(FairView fair, String code) {
        assertThatThrownBy(() -> admin(() -> runs.compute(fair.id())))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(v -> v.code())
                        .contains(code));
        assertThat(jdbc.sql("select count(*) from fair_assignment_run where fair_id = :fair")
                        .param("fair", fair.id().value())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static <T> T admin(java.util.function.Supplier<T> work) {
        return Callers.runAs(AssignmentFixtures.ADMIN, work);
    }
}
