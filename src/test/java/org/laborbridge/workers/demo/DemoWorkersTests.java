package org.laborbridge.workers.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** Seeding loads through the import's COPY path, with a timeline entry each, and happens once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoWorkersTests {

    @Autowired
    DemoWorkers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkerRegistry registry;

    @Test
    @WithMockUser(roles = "CASEWORKER")
    void seedsAScaledDownDemoOnceWithATimelineEntryEach() {
        assertThat(demo.seeded()).isFalse();

        int added = demo.seed(DemoWorkforce.article().scaled(DemoPeopleTests.THOUSAND));

        assertThat(added).isBetween(995, 1_005);
        assertThat(demo.seeded()).isTrue();
        WorkerId someone = new WorkerId(jdbc.sql("select id from worker where created_by = 'demo' limit 1")
                .query(java.util.UUID.class)
                .single());
        assertThat(registry.timeline(someone))
                .first()
                .satisfies(entry -> assertThat(entry.kind()).isEqualTo("IMPORTED"))
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo("demo"));
        assertThat(jdbc.sql("select count(*) from worker where created_by = 'demo' and situation = 'EMPLOYED_LOCALLY'"
                                + " and household_county like '4331%' and registered_poor")
                        .query(Integer.class)
                        .single())
                .isEqualTo(19);
    }
}
