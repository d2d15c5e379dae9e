package org.laborbridge.transport.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.identity.Accounts;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.identity.TestUsers;
import org.laborbridge.identity.account.UserAccounts;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.transport.TransportMode;
import org.laborbridge.transport.TripForm;
import org.laborbridge.transport.TripView;
import org.laborbridge.transport.Trips;
import org.laborbridge.transport.demand.DemandFixtures;
import org.laborbridge.workers.WorkerId;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Trips for the page, API and phone tests, planned through the public {@link Trips} as a
 * caseworker, with hires from {@link DemandFixtures} (a hire from Xiangxi to Jinan opens its
 * transport demand by itself). Every trip leaves on its own day, far enough apart that no test's
 * travellers ever overlap another's.
 */
public final class TripFixtures {

    /** 泸溪县, a Xiangxi county covered by the demo partner user {@code xiangxi}. */
    public static final String LUXI = "433122";
    /** 历下区, where the test enterprises' postings are. */
    public static final String LIXIA = "370102";

    private static final AtomicInteger DAYS_AHEAD = new AtomicInteger(20);

    private final DemandFixtures demands;
    private final Trips trips;
    private final Accounts accounts;
    private final TestUsers users;

    public TripFixtures(ApplicationContext context) {
        this.demands = new DemandFixtures(context);
        this.trips = context.getBean(Trips.class);
        this.accounts = context.getBean(Accounts.class);
        this.users = new TestUsers(context.getBean(UserAccounts.class), context.getBean(PasswordEncoder.class));
    }

    public DemandFixtures demands() {
        return demands;
    }

    /** A chartered bus from 泸溪 to 历下 leaving at 08:00 on a day of its own, ¥9,000. */
    public TripView bus(int seats) {
        LocalDate day = BureauTime.today().plusDays(DAYS_AHEAD.getAndIncrement());
        return Callers.runAs(DemandFixtures.CASEWORKER, () -> trips.plan(form(day, seats)));
    }

    public static TripForm form(LocalDate day, int seats) {
        LocalDateTime departure = day.atTime(LocalTime.of(8, 0));
        return new TripForm(
                TransportMode.BUS,
                "湘西州公路运输公司",
                "湘U" + (10000 + day.getDayOfYear()),
                RegionCode.of(LUXI),
                "泸溪县人社局广场",
                List.of(RegionCode.of(LIXIA)),
                departure,
                departure.plusHours(20),
                seats,
                Money.ofYuan("9000"),
                null);
    }

    /** A worker from 泸溪 hired by the posting's enterprise, starting after the trip arrives. */
    public PlacementView hire(String name, JobPostingView posting, TripView trip) {
        LocalDate start = BureauTime.dateOf(trip.plannedArrival()).plusDays(2);
        return demands.hire(name, LUXI, posting, start);
    }

    public JobPostingView posting(String enterpriseName) {
        return demands.posting(enterpriseName, 100);
    }

    /** A new WORKER user tied to the worker's record; password {@link TestUsers#PASSWORD}. */
    public String workerUser(WorkerId worker) {
        String username = users.create(Role.WORKER);
        accounts.linkWorker(username, worker.value());
        return username;
    }

    /** A new EMPLOYER user acting for the posting's enterprise. */
    public String employerUser(JobPostingView posting) {
        String username = users.create(Role.EMPLOYER);
        accounts.linkEmployer(username, posting.employerId().value());
        return username;
    }

    public <T> T asCaseworker(Supplier<T> work) {
        return Callers.runAs(DemandFixtures.CASEWORKER, work);
    }
}
