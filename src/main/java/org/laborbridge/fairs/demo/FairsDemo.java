package org.laborbridge.fairs.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.fairs.FairForm;
import org.laborbridge.fairs.FairView;
import org.laborbridge.fairs.Fairs;
import org.laborbridge.fairs.FilterSignUpResult;
import org.laborbridge.fairs.Participation;
import org.laborbridge.identity.Accounts;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.DemoMode;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the article's fairs at the first start in demo mode, through the real services as a
 * demo administrator, in one transaction: the enterprises and their postings, the fairs, who
 * took part with which booth, and, when there are demo workers, the registered-poor Xiangxi
 * people willing to work away signed up for the east-west fair through the bulk "from a filter"
 * path. Runs after the demo workers; seeds nothing once any demo fair exists.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class FairsDemo implements ApplicationRunner {

    static final Caller SEEDER = new Caller("demo", null, Role.ADMIN, List.of(), null, null);
    /** Enterprises numbered from here in their credit codes, clear of anything tests register. */
    static final int FIRST_NUMBER = 101;
    /** Two of the seven Xiangxi counties came to the east-west fair's venue in Jishou. */
    static final List<String> EAST_WEST_SIGN_UP_COUNTIES = List.of("433122", "433124");

    private static final Logger log = LoggerFactory.getLogger(FairsDemo.class);

    private final Fairs fairs;
    private final Employers employers;
    private final JobPostings postings;
    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Environment environment;

    FairsDemo(
            Fairs fairs,
            Employers employers,
            JobPostings postings,
            Accounts accounts,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            Environment environment) {
        this.fairs = fairs;
        this.employers = employers;
        this.postings = postings;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (DemoMode.isOn(environment) && !seeded()) {
            Callers.runAs(SEEDER, () -> transaction.execute(status -> seed(BureauTime.today())));
        }
    }

    boolean seeded() {
        return jdbc.sql("select exists (select 1 from fair where created_by = :actor)")
                .param("actor", SEEDER.username())
                .query(Boolean.class)
                .single();
    }

    private Void seed(LocalDate today) {
        DemoEmployers register = new DemoEmployers(employers, postings, today, FIRST_NUMBER);
        List<DemoEmployers.Registered> eastWest = register.register(ArticleEnterprises.EAST_WEST);
        List<DemoEmployers.Registered> linyi = register.register(ArticleEnterprises.LINYI);
        accounts.linkEmployer("employer", eastWest.get(0).id().value());

        List<FairView> seeded = new ArrayList<>();
        seeded.add(hold(ArticleFairs.springBreeze(), pick(eastWest, 0, 6), pick(linyi, 0, 6)));
        seeded.add(hold(ArticleFairs.huanggang(), pick(eastWest, 1, 4), pick(linyi, 2, 2)));
        FairView eastWestFair = hold(ArticleFairs.eastWest(), eastWest, List.of());
        seeded.add(eastWestFair);
        List<FairForm> linyiFairs = ArticleFairs.linyi();
        for (int i = 0; i < linyiFairs.size(); i++) {
            seeded.add(hold(linyiFairs.get(i), pick(linyi, i * 7, 7), List.of()));
        }
        seeded.add(hold(ArticleFairs.povertyAlleviationDay(), pick(eastWest, 0, 5), pick(linyi, 10, 5)));
        FairView upcoming = hold(ArticleFairs.upcoming(today), pick(eastWest, 0, 5), List.of());
        seeded.add(upcoming);

        long signedUp = signUpXiangxiWorkers(eastWestFair);
        // The coming fair has its sign-ups too, so that its assignment can be run and confirmed.
        long signedUpComing = signUpXiangxiWorkers(upcoming);
        log.info(
                "Demo fairs: {} fairs, {} enterprises ({} at the east-west fair offering {} positions), {} sign-ups,"
                        + " {} for the coming fair",
                seeded.size(),
                eastWest.size() + linyi.size(),
                eastWest.size(),
                eastWest.stream().mapToInt(DemoEmployers.Registered::positions).sum(),
                signedUp,
                signedUpComing);
        return null;
    }

    private FairView hold(FairForm form, List<DemoEmployers.Registered> first, List<DemoEmployers.Registered> more) {
        FairView fair = fairs.create(form);
        List<DemoEmployers.Registered> taking = new ArrayList<>(first);
        taking.addAll(more);
        for (int i = 0; i < taking.size(); i++) {
            DemoEmployers.Registered employer = taking.get(i);
            String booth = fair.onSite() ? String.format("A%02d", i + 1) : null;
            fairs.join(fair.id(), new Participation(employer.id(), booth, employer.postings()));
        }
        return fair;
    }

    /** Only with the demo workforce: the tests run without it and keep their own workers out of this. */
    private long signUpXiangxiWorkers(FairView fair) {
        if (!environment.getProperty("laborbridge.demo.workers", Boolean.class, true)) {
            return 0;
        }
        FilterSignUpResult result = fairs.signUpMatching(
                fair.id(),
                new WorkerQuery(
                        null,
                        EAST_WEST_SIGN_UP_COUNTIES,
                        true,
                        Situation.SEEKING,
                        true,
                        "createdAt",
                        false,
                        0,
                        WorkerQuery.MAX_SIZE));
        return result.signedUp();
    }

    private static List<DemoEmployers.Registered> pick(List<DemoEmployers.Registered> from, int start, int count) {
        return from.subList(start, Math.min(start + count, from.size()));
    }
}
