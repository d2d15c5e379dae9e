package org.laborbridge.subsidies.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.laborbridge.identity.Accounts;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.DemoMode;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.subsidies.ApplicationId;
import org.laborbridge.subsidies.PaymentBatches;
import org.laborbridge.subsidies.PaymentBatches.StageRef;
import org.laborbridge.subsidies.SubsidyApplications;
import org.laborbridge.subsidies.clock.SubsidyClock;
import org.laborbridge.subsidies.clock.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The charter subsidies of the article's ten Xiangxi batches, carried from claim to payment as the
 * bureau would have in 2020: the platform claims each traveller's share at the hand-over (the
 * transport demo's events do that), a caseworker adds the carrier's account and accepts two working
 * days later, an approver approves the next working day, the notice runs its five working days,
 * and one payment batch per trip is paid the working day after. Everything goes through the
 * services with the clock pinned to those days; then {@link DemoClaimsToday} leaves claims of this
 * week at every step for the demo users to act on.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 45)
class SubsidyDemo implements ApplicationRunner {

    /** The carrier of the Xiangxi charters and its account (a demo number). */
    static final String CARRIER_BANK = "中国农业银行湘西州分行";

    static final String CARRIER_ACCOUNT = "6228480010880000528";

    /** The transport listener claims asynchronously after each hand-over; wait for it at most this long. */
    private static final Duration CLAIMS_WAIT = Duration.ofMinutes(2);

    private static final Logger log = LoggerFactory.getLogger(SubsidyDemo.class);

    private final SubsidyApplications applications;
    private final PaymentBatches payments;
    private final SubsidyClock clock;
    private final WorkingDays workingDays;
    private final Accounts accounts;
    private final DemoClaimsToday today;
    private final DemoPapers papers;
    private final JdbcClient jdbc;
    private final Environment environment;

    SubsidyDemo(
            SubsidyApplications applications,
            PaymentBatches payments,
            SubsidyClock clock,
            WorkingDays workingDays,
            Accounts accounts,
            DemoClaimsToday today,
            DemoPapers papers,
            JdbcClient jdbc,
            Environment environment) {
        this.applications = applications;
        this.payments = payments;
        this.clock = clock;
        this.workingDays = workingDays;
        this.accounts = accounts;
        this.today = today;
        this.papers = papers;
        this.jdbc = jdbc;
        this.environment = environment;
    }

    record TripClaims(UUID trip, Instant handedOver, String operator, List<ApplicationId> claims) {}

    @Override
    public void run(ApplicationArguments arguments) {
        boolean workforce = environment.getProperty("laborbridge.demo.workers", Boolean.class, true);
        if (!DemoMode.isOn(environment) || !workforce || alreadyPaid()) {
            return;
        }
        long started = System.nanoTime();
        List<TripClaims> trips = waitForCharterClaims();
        Caller caseworker = accounts.callerNamed("caseworker").orElseThrow();
        Caller approver = accounts.callerNamed("approver").orElseThrow();
        int paid = 0;
        for (TripClaims trip : trips) {
            paid += carry(trip, caseworker, approver);
        }
        int live = today.seed(accounts.callerNamed("xiangxi").orElseThrow(), caseworker, approver);
        log.info(
                "Demo subsidies: {} charter claims of {} Xiangxi trips paid, {} claims of this week in progress ({} ms)",
                paid,
                trips.size(),
                live,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    private boolean alreadyPaid() {
        return jdbc.sql("select exists (select 1 from subsidy_payment_batch)")
                .query(Boolean.class)
                .single();
    }

    /** Claimed, accepted, approved, noticed and paid, each on its own 2020 working day. */
    private int carry(TripClaims trip, Caller caseworker, Caller approver) {
        LocalDate handedOver = BureauTime.dateOf(trip.handedOver());
        LocalDate reviewed = workingDays.lastOfWorkingDaysAfter(handedOver, 2);
        LocalDate approved = workingDays.nextAfter(reviewed);
        clock.pinnedAt(
                reviewed,
                () -> Callers.runAs(caseworker, () -> {
                    for (ApplicationId claim : trip.claims()) {
                        papers.attachAll(
                                applications.changeAccount(claim, trip.operator(), CARRIER_BANK, CARRIER_ACCOUNT));
                        applications.accept(claim, "乘车名单与包车合同已核对");
                    }
                    return null;
                }));
        LocalDate noticeUntil = clock.pinnedAt(
                approved,
                () -> Callers.runAs(approver, () -> {
                    LocalDate until = null;
                    for (ApplicationId claim : trip.claims()) {
                        until = applications.approve(claim).noticeUntil();
                    }
                    return until;
                }));
        LocalDate payDay = workingDays.nextAfter(noticeUntil);
        return clock.pinnedAt(
                payDay,
                () -> Callers.runAs(approver, () -> {
                    var batch = payments.create(
                            null,
                            trip.claims().stream()
                                    .map(claim -> new StageRef(claim, 1))
                                    .toList());
                    var lines =
                            batch.lines().stream().map(line -> line.lineNo()).toList();
                    return (int) payments.markPaid(batch.id(), lines).lines().stream()
                            .filter(line -> "PAID".equals(line.status()))
                            .count();
                }));
    }

    /**
     * The claims the platform made for the ten 2020 Xiangxi batches (the only 2020 shares from Xiangxi), per trip, oldest first. They are
     * made by an asynchronous listener, so the demo waits until every traveller's share has its
     * claim (or the wait runs out, when it carries what is there and says so).
     */
    private List<TripClaims> waitForCharterClaims() {
        Instant deadline = Instant.now().plus(CLAIMS_WAIT);
        long shares = countShares();
        long claims = countClaims();
        while (claims < shares && Instant.now().isBefore(deadline)) {
            sleep();
            claims = countClaims();
        }
        if (claims < shares) {
            log.warn("Demo subsidies: only {} of {} charter shares were claimed in time", claims, shares);
        }
        return jdbc.sql("""
                        select s.trip_id, max(a.created_at) as handed_over, max(s.operator) as operator,
                               array_agg(a.id order by a.number) as claims
                          from subsidy_application a
                          join subsidy_trip_share s on s.trip_id = a.basis_id and s.worker_id = a.worker_id
                         where a.basis_kind = 'TRIP_SHARE' and a.status = 'SUBMITTED' and s.household_county like '4331%' and s.departure_day < date '2021-01-01'
                         group by s.trip_id
                         order by handed_over
                        """)
                .query((row, n) -> new TripClaims(
                        row.getObject("trip_id", UUID.class),
                        row.getTimestamp("handed_over").toInstant(),
                        row.getString("operator"),
                        List.of((UUID[]) row.getArray("claims").getArray()).stream()
                                .map(ApplicationId::new)
                                .toList()))
                .list();
    }

    private long countShares() {
        return jdbc.sql("""
                        select count(*) from subsidy_trip_share
                         where household_county like '4331%' and departure_day < date '2021-01-01'
                        """).query(Long.class).single();
    }

    private long countClaims() {
        return jdbc.sql("""
                        select count(*) from subsidy_application a
                          join subsidy_trip_share s on s.trip_id = a.basis_id and s.worker_id = a.worker_id
                         where s.household_county like '4331%' and s.departure_day < date '2021-01-01'
                        """).query(Long.class).single();
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the demo's charter claims", e);
        }
    }
}
