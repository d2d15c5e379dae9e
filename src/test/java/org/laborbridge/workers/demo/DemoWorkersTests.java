package org.laborbridge.workers.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Seeding loads through the import's COPY path, with a timeline entry each, and happens once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoWorkersTests {

    @Autowired
    DemoWorkers demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void seedsAScaledDownDemoOnceWithATimelineEntryEach() {
        assertThat(demo.seeded()).isFalse();

        int added = demo.seed(DemoWorkforce.article().scaled(DemoPeopleTests.THOUSAND));

        assertThat(added).isBetween(995, 1_005);
        assertThat(demo.seeded()).isTrue();
        assertThat(jdbc.sql("select count(*) from worker_event e join worker w on w.id = e.worker_id"
                                + " where w.created_by = 'demo'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(added);
        assertThat(jdbc.sql("select count(*) from worker where created_by = 'demo' and situation = 'EMPLOYED_LOCALLY'"
                                + " and household_county like '4331%' and registered_poor")
                        .query(Integer.class)
                        .single())
                .isEqualTo(19);
    }
}
