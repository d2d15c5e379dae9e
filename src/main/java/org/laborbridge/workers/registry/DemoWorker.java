package org.laborbridge.workers.registry;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.laborbridge.identity.Accounts;
import org.laborbridge.identity.AuditLog;
import org.laborbridge.identity.DemoMode;
import org.laborbridge.workers.Education;
import org.laborbridge.workers.LaborCapacity;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.TimelineEntry;
import org.laborbridge.workers.WorkerForm;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerProfile;
import org.laborbridge.workers.WorkerRegistered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the demo {@code worker} user a record of her own: a registered-poor woman from 泸溪县
 * in Xiangxi, the article's first partner region, looking for the assembly and domestic care
 * jobs the east-west fair offers. Runs after the demo users exist and before the demo fairs and
 * hires that involve her, and only while that user is linked to nobody, so it can run at every
 * start.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 15)
class DemoWorker implements ApplicationRunner {

    static final String USERNAME = "worker";
    static final WorkerForm FORM = new WorkerForm(
            "向春梅",
            "433122199503170026",
            "433122",
            "13907431234",
            true,
            "4331220123",
            LaborCapacity.FULL,
            true,
            Education.JUNIOR_SECONDARY,
            List.of(),
            List.of("ASSEMBLY", "DOMESTIC_CARE"),
            Situation.SEEKING,
            null);

    private static final Logger log = LoggerFactory.getLogger(DemoWorker.class);

    private final Accounts accounts;
    private final WorkerRows rows;
    private final WorkerTimeline timelines;
    private final ApplicationEventPublisher events;
    private final Environment environment;

    DemoWorker(
            Accounts accounts,
            WorkerRows rows,
            WorkerTimeline timelines,
            ApplicationEventPublisher events,
            Environment environment) {
        this.accounts = accounts;
        this.rows = rows;
        this.timelines = timelines;
        this.events = events;
        this.environment = environment;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        if (!DemoMode.isOn(environment) || accounts.linkedWorker(USERNAME).isPresent()) {
            return;
        }
        WorkerProfile profile = WorkerProfile.of(FORM);
        WorkerId id = rows.findByResidentId(profile.residentId()).orElseGet(() -> register(profile));
        if (accounts.linkWorker(USERNAME, id.value())) {
            log.info("Demo user '{}' linked to demo worker {}", USERNAME, id);
        }
    }

    private WorkerId register(WorkerProfile profile) {
        WorkerId id = WorkerId.random();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        rows.insertIfAbsent(id, profile, AuditLog.SYSTEM, now);
        String county = profile.householdCounty().value();
        timelines.append(
                id, county, AuditLog.SYSTEM, TimelineEntry.REGISTERED, ProfileChanges.registered(profile), now);
        events.publishEvent(new WorkerRegistered(id, county, profile.registeredPoor(), now));
        return id;
    }
}
