package org.laborbridge.workers.demo;

import javax.sql.DataSource;
import org.laborbridge.identity.DemoMode;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.imports.WorkerLoad;
import org.laborbridge.workers.search.SearchKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo's workers at the first start in demo mode, through the same COPY load as an
 * import, in one transaction: a start that is killed halfway seeds again next time. Once demo
 * workers exist nothing happens. {@code laborbridge.demo.workers=false} turns it off (the tests
 * do, to keep every test JVM's start quick).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoWorkers implements ApplicationRunner {

    static final String ACTOR = "demo";
    static final String PROPERTY = "laborbridge.demo.workers";
    private static final Logger log = LoggerFactory.getLogger(DemoWorkers.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Environment environment;

    DemoWorkers(
            DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions, Environment environment) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (DemoMode.isOn(environment) && environment.getProperty(PROPERTY, Boolean.class, true) && !seeded()) {
            seed(DemoWorkforce.article());
        }
    }

    boolean seeded() {
        return jdbc.sql("select exists (select 1 from worker where created_by = :actor)")
                .param("actor", ACTOR)
                .query(Boolean.class)
                .single();
    }

    /** Returns how many workers were added. */
    int seed(DemoWorkforce workforce) {
        return seed(workforce, new DemoPeople());
    }

    int seed(DemoWorkforce workforce, DemoPeople people) {
        long started = System.nanoTime();
        Integer added = transaction.execute(status -> {
            WorkerLoad load = WorkerLoad.begin(DataSourceUtils.getConnection(dataSource));
            int[] row = {0};
            new DemoPeople()
                    .generate(
                            workforce,
                            person -> load.add(
                                    ++row[0],
                                    WorkerId.random(),
                                    person,
                                    SearchKeys.of(
                                            person.name(),
                                            person.residentId().value(),
                                            person.phone().value())));
            return load.addToRegistry(ACTOR, null);
        });
        log.info("Demo workers generated: {} in {} ms", added, (System.nanoTime() - started) / 1_000_000);
        return added == null ? 0 : added;
    }
}
