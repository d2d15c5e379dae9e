package org.laborbridge.fairs.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.fairs.applications.ApplicationRequests.expect;
import static org.laborbridge.fairs.applications.ApplicationRequests.fairOffer;
import static org.laborbridge.fairs.applications.ApplicationRequests.offered;
import static org.laborbridge.fairs.applications.ApplicationRequests.path;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.Postings;
import org.laborbridge.fairs.FairId;
import org.laborbridge.identity.Callers;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.placements.Placements;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.laborbridge.support.TestResidentIds;
import org.laborbridge.workers.WorkerId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A worker's household county corrected in the registry takes their sign-ups, applications and
 * placements from the old region's partner to the new one's, over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HouseholdMoveTests {

    private static final String LUXI = "433122";
    private static final String YISHUI = "371323";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationFixtures fixtures;

    @Autowired
    Placements placements;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCorrectedHouseholdCountyTakesTheWorkersRecordsToTheNewRegionsPartner() {
        EmployerId employer = fixtures.enterprise("迁户测试服装厂");
        JobPostingView posting = fixtures.openPosting(employer, 3);
        FairId fair = fixtures.runningFair(employer, posting.id());
        String residentId = TestResidentIds.next(LUXI);
        WorkerId worker = register("迁户甲", residentId);
        fixtures.signUp(fair, worker);
        String application = offered(port, worker, posting.id(), fairOffer());
        expect(caseworker().post(path(application) + "/accept", ""), 200);
        PlacementId placement = Callers.runAs(Postings.CASEWORKER, () -> placements.ofWorker(worker))
                .get(0)
                .id();
        String placementPath = "/api/v1/placements/" + placement;
        String signUpsPath = "/api/v1/fairs/" + fair + "/sign-ups?size=500";
        ApiClient xiangxi = ApiClient.as(port, "xiangxi");
        ApiClient linyi = ApiClient.as(port, "linyi");
        assertThat(xiangxi.get(path(application)).status()).isEqualTo(200);
        assertThat(xiangxi.get(placementPath).status()).isEqualTo(200);
        assertThat(linyi.get(path(application)).status()).isEqualTo(404);
        assertThat(linyi.get(placementPath).status()).isEqualTo(404);

        Reply moved = caseworker()
                .put(
                        "/api/v1/workers/" + worker,
                        "{\"name\":\"迁户甲\",\"residentId\":\"" + residentId + "\",\"householdRegion\":{\"code\":\""
                                + YISHUI + "\"}}");

        assertThat(expect(moved, 200).json("householdRegion.code")).isEqualTo(YISHUI);
        assertThat(xiangxi.get(path(application)).status()).isEqualTo(404);
        assertThat(xiangxi.get(placementPath).status()).isEqualTo(404);
        assertThat(workersOnList(xiangxi, signUpsPath)).doesNotContain(worker.toString());
        assertThat(linyi.get(path(application)).status()).isEqualTo(200);
        assertThat(linyi.get(placementPath).status()).isEqualTo(200);
        assertThat(workersOnList(linyi, signUpsPath)).contains(worker.toString());
        assertThat(countiesOf(worker)).containsOnly(YISHUI);
    }

    private ApiClient caseworker() {
        return ApiClient.as(port, "caseworker");
    }

    private WorkerId register(String name, String residentId) {
        Reply reply = expect(
                caseworker()
                        .post("/api/v1/workers", "{\"name\":\"" + name + "\",\"residentId\":\"" + residentId + "\"}"),
                201);
        return WorkerId.parse((String) reply.json("id")).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<String> workersOnList(ApiClient partner, String signUpsPath) {
        return (List<String>) expect(partner.get(signUpsPath), 200).json("items[*].workerId");
    }

    /** Every copy of the county: none may be left behind, not even those no page reads yet. */
    private List<String> countiesOf(WorkerId worker) {
        return jdbc.sql("""
                        select household_county from fair_sign_up where worker_id = :worker
                        union all select household_county from application where worker_id = :worker
                        union all select s.household_county from application_step s
                            join application a on a.id = s.application_id where a.worker_id = :worker
                        union all select household_county from placement where worker_id = :worker
                        union all select c.household_county from retention_check c
                            join placement p on p.id = c.placement_id where p.worker_id = :worker
                        """).param("worker", worker.value()).query(String.class).list();
    }
}
