package org.laborbridge.fairs.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.fairs.ApplicationView;
import org.laborbridge.fairs.Applications;
import org.laborbridge.fairs.Campaign;
import org.laborbridge.fairs.FairKind;
import org.laborbridge.fairs.FairQuery;
import org.laborbridge.fairs.FairStatus;
import org.laborbridge.fairs.FairView;
import org.laborbridge.fairs.Fairs;
import org.laborbridge.fairs.OfferTerms;
import org.laborbridge.fairs.SignUpView;
import org.laborbridge.identity.Accounts;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.DemoMode;
import org.laborbridge.placements.LeavingReason;
import org.laborbridge.placements.OutsidePlacement;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.placements.Placements;
import org.laborbridge.placements.RetentionCheckView;
import org.laborbridge.placements.RetentionOutcome;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.Money;
import org.laborbridge.workers.WorkerId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo something in motion after the fairs: the demo worker signed up for the coming
 * fair with an offer waiting for her answer, and, with the demo workforce, people from the
 * east-west fair in work for the last months, most of their retention checks done and a few due
 * now, so that the caseworker's due list reads like a working week. Through the real services,
 * once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class DemoHires implements ApplicationRunner {

    static final int RECENT_HIRES = 60;
    /** Every ninth follow-up finds the person gone home, as real follow-ups do. */
    static final int LEAVERS_EVERY = 9;

    private static final Logger log = LoggerFactory.getLogger(DemoHires.class);

    private final Fairs fairs;
    private final JobPostings postings;
    private final Applications applications;
    private final Placements placements;
    private final Accounts accounts;
    private final TransactionTemplate transaction;
    private final Environment environment;

    DemoHires(
            Fairs fairs,
            JobPostings postings,
            Applications applications,
            Placements placements,
            Accounts accounts,
            PlatformTransactionManager transactions,
            Environment environment) {
        this.fairs = fairs;
        this.postings = postings;
        this.applications = applications;
        this.placements = placements;
        this.accounts = accounts;
        this.transaction = new TransactionTemplate(transactions);
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        Optional<WorkerId> demoWorker = accounts.linkedWorker("worker").map(WorkerId::new);
        if (!DemoMode.isOn(environment) || demoWorker.isEmpty()) {
            return;
        }
        Callers.runAs(
                FairsDemo.SEEDER,
                () -> transaction.execute(status -> {
                    if (applications.ofWorker(demoWorker.get()).isEmpty()) {
                        seed(demoWorker.get(), BureauTime.today());
                    }
                    return null;
                }));
    }

    private void seed(WorkerId demoWorker, LocalDate today) {
        boolean offered = offerAtTheComingFair(demoWorker, today);
        int hired = environment.getProperty("laborbridge.demo.workers", Boolean.class, true)
                ? hireFromTheEastWestFair(demoWorker, today)
                : 0;
        log.info("Demo hires: offer to the demo worker {}, {} recent placements", offered ? "made" : "skipped", hired);
    }

    private boolean offerAtTheComingFair(WorkerId worker, LocalDate today) {
        Optional<FairView> coming = fairs.openOrComing(today, 10).stream()
                .filter(FairView::onSite)
                .filter(fair -> !fairs.postingsAt(fair.id()).isEmpty())
                .findFirst();
        if (coming.isEmpty()) {
            return false;
        }
        FairView fair = coming.get();
        JobPostingView job = postings.findAll(fairs.postingsAt(fair.id())).get(0);
        fairs.signUp(fair.id(), worker);
        ApplicationView application = applications.apply(worker, job.id(), fair.id());
        applications.inviteToInterview(
                application.id(),
                fair.startsOn().atTime(9, 30).atZone(BureauTime.ZONE).toInstant(),
                "招聘会现场面试");
        applications.offer(
                application.id(),
                new OfferTerms(fair.endsOn().plusDays(10), 12, job.wageMin().add(Money.ofYuan("500"))));
        return true;
    }

    /** The demo worker is left out: she is still deciding on her offer. */
    private int hireFromTheEastWestFair(WorkerId demoWorker, LocalDate today) {
        Optional<FairView> eastWest = fairs
                .search(new FairQuery(
                        Campaign.EAST_WEST, FairKind.ON_SITE, FairStatus.FINISHED, null, 0, FairQuery.MAX_SIZE))
                .items()
                .stream()
                .findFirst();
        if (eastWest.isEmpty()) {
            return 0;
        }
        List<JobPostingId> offered = fairs.postingsAt(eastWest.get().id());
        List<SignUpView> people = fairs.signUps(eastWest.get().id(), 0, RECENT_HIRES + 1).items().stream()
                .filter(signUp -> !signUp.worker().equals(demoWorker))
                .limit(RECENT_HIRES)
                .toList();
        for (int i = 0; i < people.size(); i++) {
            JobPostingView job = postings.find(offered.get(i % offered.size()));
            LocalDate start = today.minusDays(20 + 3L * i);
            PlacementView placement = placements.recordOutside(
                    new OutsidePlacement(people.get(i).worker(), job.id(), start, 12, job.wageMin()));
            placements.confirmStart(placement.id(), start);
            followUp(placement, i, today);
        }
        return people.size();
    }

    /** Checks due more than three days ago are done; the rest stay on the due list. */
    private void followUp(PlacementView placement, int index, LocalDate today) {
        for (RetentionCheckView check : placement.checks()) {
            if (!check.dueOn().isBefore(today.minusDays(3))) {
                return;
            }
            if ((index + check.month()) % LEAVERS_EVERY == 0) {
                placements.recordRetention(
                        placement.id(), check.month(), RetentionOutcome.LEFT, LeavingReason.FAMILY, "回乡照顾家人");
                return;
            }
            placements.recordRetention(placement.id(), check.month(), RetentionOutcome.STILL_WORKING, null, "电话回访");
        }
    }
}
