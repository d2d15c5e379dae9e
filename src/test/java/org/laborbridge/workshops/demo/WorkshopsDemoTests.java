package org.laborbridge.workshops.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.laborbridge.identity.Callers;
import org.laborbridge.support.TestResidentIds;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerForm;
import org.laborbridge.workers.WorkerRegistry;
import org.laborbridge.workshops.WorkshopFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo on the real database among other tests' rows: the workforce is off in tests, so this
 * test registers Xiangxi people employed locally itself and looks only at the demo's rows and
 * at those people.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class WorkshopsDemoTests {

    private static final List<String> XIANGXI =
            List.of("433122", "433123", "433124", "433125", "433126", "433127", "433130");

    @Autowired
    WorkshopsDemo demo;

    @Autowired
    WorkerRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Test
    void seeds217RecognisedWorkshopsEmployingEachLocalWorkerOnceOnlyOnce() {
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < 7 * 40; i++) {
            String county = XIANGXI.get(i % XIANGXI.size());
            int n = i;
            people.add(Callers.runAs(
                            WorkshopFixtures.ADMIN,
                            () -> registry.register(new WorkerForm(
                                    "本地" + (char) ('甲' + n % 10) + "工" + n,
                                    TestResidentIds.next(county),
                                    null,
                                    null,
                                    true,
                                    null,
                                    null,
                                    false,
                                    null,
                                    null,
                                    null,
                                    Situation.EMPLOYED_LOCALLY,
                                    null)))
                    .id()
                    .value());
        }

        assertThat(demo.seed()).isEqualTo(217);
        assertThat(demo.seed()).isZero();

        Map<String, Object> seeded = jdbc.sql("""
                        select count(*) as workshops,
                               count(*) filter (where status = 'RECOGNISED') as recognised,
                               count(*) filter (where county not in ('433122', '433123', '433124', '433125', '433126',
                                                                     '433127', '433130')) as elsewhere
                          from workshop where created_by = 'workshops-demo'
                        """).query().singleRow();
        assertThat(seeded)
                .containsEntry("workshops", 217L)
                .containsEntry("recognised", 217L)
                .containsEntry("elsewhere", 0L);
        List<Map<String, Object>> employed = jdbc.sql("""
                        select e.worker_id, e.household_county, w.county
                          from workshop_employee e join workshop w on w.id = e.workshop_id
                         where e.worker_id = any (:people)
                        """)
                .param("people", people.toArray(UUID[]::new))
                .query()
                .listOfRows();
        assertThat(employed).hasSize(people.size());
        assertThat(employed)
                .allSatisfy(row -> assertThat(row.get("household_county")).isEqualTo(row.get("county")));
    }
}
