package org.laborbridge.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.workers.WorkerBodies.json;
import static org.laborbridge.workers.WorkerBodies.register;
import static org.laborbridge.workers.WorkerBodies.worker;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.laborbridge.support.TestResidentIds;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may do what with which worker, over real HTTP. "xiangxi" is a partner for 433100, so its
 * worker is in scope for xiangxi and out of scope (404, as if missing) for linyi.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkerAccessMatrixTests {

    @LocalServerPort
    int port;

    String xiangxiWorker;
    String xiangxiResidentId;
    String linyiWorker;

    @BeforeAll
    void registerWorkers() {
        xiangxiResidentId = TestResidentIds.next("433122", true);
        xiangxiWorker = register(
                ApiClient.as(port, "caseworker"),
                WorkerBodies.with(worker("矩阵甲", xiangxiResidentId), "registeredPoor", true));
        linyiWorker = register(ApiClient.as(port, "caseworker"), worker("矩阵乙", TestResidentIds.next("371323")));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "admin,      search,       200",
        "caseworker, search,       200",
        "approver,   search,       200",
        "xiangxi,    search,       200",
        "linyi,      search,       200",
        "employer,   search,       403",
        "worker,     search,       200",
        "admin,      view,         200",
        "caseworker, view,         200",
        "approver,   view,         200",
        "xiangxi,    view,         200",
        "linyi,      view,         404",
        "employer,   view,         404",
        "worker,     view,         404",
        "admin,      register,     201",
        "caseworker, register,     201",
        "approver,   register,     403",
        "xiangxi,    register,     201",
        "linyi,      register,     422",
        "employer,   register,     403",
        "worker,     register,     403",
        "admin,      change,       200",
        "caseworker, change,       200",
        "approver,   change,       403",
        "xiangxi,    change,       200",
        "linyi,      change,       404",
        "employer,   change,       404",
        "worker,     change,       404",
        "admin,      reveal,       200",
        "caseworker, reveal,       200",
        "approver,   reveal,       403",
        "xiangxi,    reveal,       200",
        "linyi,      reveal,       404",
        "employer,   reveal,       404",
        "worker,     reveal,       404",
        "admin,      export,       200",
        "caseworker, export,       200",
        "approver,   export,       200",
        "xiangxi,    export,       200",
        "linyi,      export,       200",
        "employer,   export,       403",
        "worker,     export,       403",
        "admin,      confirmPoor,  403",
        "caseworker, confirmPoor,  403",
        "approver,   confirmPoor,  403",
        "linyi,      confirmPoor,  404",
        "employer,   confirmPoor,  404",
        "worker,     confirmPoor,  404",
        "xiangxi,    confirmPoor,  200",
        "admin,      duplicates,   200",
        "caseworker, duplicates,   200",
        "approver,   duplicates,   403",
        "xiangxi,    duplicates,   403",
        "linyi,      duplicates,   403",
        "employer,   duplicates,   403",
        "worker,     duplicates,   403",
        "anonymous,  search,       401",
        "anonymous,  view,         401",
    })
    void decidesByRoleAndScope(String who, String action, int expected) {
        ApiClient client = "anonymous".equals(who) ? ApiClient.anonymous(port) : ApiClient.as(port, who);

        Reply reply = perform(client, action);

        assertThat(reply.status()).as(reply.body()).isEqualTo(expected);
    }

    private Reply perform(ApiClient client, String action) {
        String record = "/api/v1/workers/" + xiangxiWorker;
        return switch (action) {
            case "search" -> client.get("/api/v1/workers");
            case "view" -> client.get(record);
            case "register" -> client.post("/api/v1/workers", json(worker("矩阵丙", TestResidentIds.next("433124"))));
            case "change" ->
                client.put(record, json(WorkerBodies.with(worker("矩阵甲", xiangxiResidentId), "registeredPoor", true)));
            case "reveal" -> client.post(record + "/reveal?field=residentId", "");
            case "export" -> client.get("/api/v1/workers/export?format=csv&q=" + xiangxiResidentId.substring(10));
            case "confirmPoor" -> client.post(record + "/poor-status-confirmation", "");
            case "duplicates" -> client.get("/api/v1/workers/duplicates");
            default -> throw new IllegalArgumentException(action);
        };
    }

    @ParameterizedTest
    @CsvSource({"xiangxi, true", "linyi, false", "caseworker, true", "approver, true"})
    void searchShowsOnlyWorkersInScope(String who, boolean seesXiangxiWorker) {
        Reply reply = ApiClient.as(port, who).get("/api/v1/workers?size=100&q=%E7%9F%A9%E9%98%B5");

        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) reply.json("items[*].id");
        if (seesXiangxiWorker) {
            assertThat(ids).contains(xiangxiWorker);
        } else {
            assertThat(ids).doesNotContain(xiangxiWorker).contains(linyiWorker);
        }
        if ("xiangxi".equals(who)) {
            assertThat(ids).doesNotContain(linyiWorker);
        }
    }

    @org.junit.jupiter.api.Test
    void aWorkerSeesOnlyTheirOwnRecord() {
        ApiClient worker = ApiClient.as(port, "worker");

        Reply list = worker.get("/api/v1/workers");

        assertThat(list.json("total")).isEqualTo(1);
        String own = (String) list.json("items[0].id");
        assertThat(worker.get("/api/v1/workers/" + own).status()).isEqualTo(200);
        assertThat(worker.get("/api/v1/workers/" + own).json("residentId").toString())
                .contains("****");
        assertThat(worker.post("/api/v1/workers/" + own + "/reveal?field=residentId", "")
                        .json("value"))
                .isEqualTo("433122199503170026");
        assertThat(worker.get("/api/v1/workers/" + linyiWorker).status()).isEqualTo(404);
    }
}
