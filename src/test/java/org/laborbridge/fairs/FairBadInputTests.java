package org.laborbridge.fairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.fairs.FairFixtures.json;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.identity.Callers;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.laborbridge.support.TestResidentIds;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the fair API refuses, over real HTTP, and that a refusal changes nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FairBadInputTests {

    static final String LENGTH_MESSAGE =
            "An ID number has 18 characters (or 15 digits for an old one); check how many you entered.";
    static final String CHECKSUM_MESSAGE = "The ID number's check character is wrong; check the last character.";

    @LocalServerPort
    int port;

    @Autowired
    Fairs fairs;

    @Autowired
    Employers employers;

    @Autowired
    JobPostings postings;

    @Autowired
    WorkerRegistry registry;

    @Autowired
    JdbcClient jdbc;

    FairFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new FairFixtures(fairs, employers, postings, registry);
    }

    private ApiClient caseworker() {
        return ApiClient.as(port, "caseworker").language("en");
    }

    @Test
    void joiningWithAnotherEmployersPostingIsRefusedAndNothingChanges() {
        FairView fair = fixtures.openToday("他人岗位测试会");
        FairFixtures.Enterprise mine = fixtures.enterpriseWithOpenPosting("济南甲测试有限公司");
        FairFixtures.Enterprise theirs = fixtures.enterpriseWithOpenPosting("济南乙测试有限公司");

        Reply reply = caseworker()
                .post(
                        "/api/v1/fairs/" + fair.id() + "/participants",
                        json(Map.of(
                                "employerId", mine.id().toString(),
                                "booth", "B01",
                                "postings",
                                        List.of(
                                                mine.posting().toString(),
                                                theirs.posting().toString()))));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json("errors[0].field")).isEqualTo("postings");
        assertThat(reply.json("errors[0].code")).isEqualTo("NOT_OWN_POSTING");
        assertThat(caseworker()
                        .get("/api/v1/fairs/" + fair.id() + "/participants")
                        .body())
                .isEqualTo("[]");
    }

    @Test
    void aDraftPostingCannotBeTakenToAFair() {
        FairView fair = fixtures.openToday("草稿岗位测试会");
        FairFixtures.Enterprise mine = fixtures.enterpriseWithOpenPosting("济南丙测试有限公司");
        String draft = fixtures.draftPosting(mine.id()).toString();

        Reply reply = caseworker()
                .post(
                        "/api/v1/fairs/" + fair.id() + "/participants",
                        json(Map.of("employerId", mine.id().toString(), "booth", "C01", "postings", List.of(draft))));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json("errors[0].code")).isEqualTo("NOT_OPEN");
    }

    @Test
    void aBoothNumberTakenByAnotherEmployerIsRefused() {
        FairView fair = fixtures.openToday("展位测试会");
        FairFixtures.Enterprise first = fixtures.enterpriseWithOpenPosting("济南丁测试有限公司");
        FairFixtures.Enterprise second = fixtures.enterpriseWithOpenPosting("济南戊测试有限公司");
        assertThat(join(fair, first, "A01").status()).isEqualTo(201);

        Reply taken = join(fair, second, " ａ01 ");

        assertThat(taken.status()).isEqualTo(422);
        assertThat(taken.json("errors[0].field")).isEqualTo("booth");
        assertThat(taken.json("errors[0].code")).isEqualTo("TAKEN");
        assertThat(taken.json("errors[0].message")).isEqualTo("Booth A01 is taken by another enterprise.");
        assertThat(join(fair, second, "A02").status()).isEqualTo(201);
        assertThat(list(caseworker()
                        .get("/api/v1/fairs/" + fair.id() + "/participants")
                        .json("[*].booth")))
                .containsExactly("A01", "A02");
    }

    @Test
    void checkInAtAFinishedFairIsRefusedWithAClearMessage() {
        LocalDate today = BureauTime.today();
        FairView finished = fixtures.onSiteFair("已结束测试会", today.minusDays(10), today.minusDays(9));
        String residentId = TestResidentIds.next("433122");
        fixtures.worker("迟到者", residentId);

        Reply reply = caseworker()
                .post("/api/v1/fairs/" + finished.id() + "/check-ins", json(Map.of("residentIdOrToken", residentId)));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json("errors[0].code")).isEqualTo("FINISHED");
        assertThat(reply.json("errors[0].message"))
                .isEqualTo("This fair is over: no more sign-ups, employers or check-ins.");
        assertThat(signUpsAt(finished)).isZero();
    }

    @Test
    void thePastedListIsReportedLineByLineAndOnlyValidNumbersAreSaved() {
        FairView fair = fixtures.openToday("批量报名测试会");
        String signedUpBefore = TestResidentIds.next("433122");
        String fresh = TestResidentIds.next("433123");
        String freshLegacy = TestResidentIds.next("433124");
        fixtures.worker("早报名", signedUpBefore);
        fixtures.worker("新报名", fresh);
        fixtures.worker("旧号码", freshLegacy);
        String unregistered = TestResidentIds.next("433125");
        caseworker().post("/api/v1/fairs/" + fair.id() + "/sign-ups", json(Map.of("residentId", signedUpBefore)));
        String fullWidth = toFullWidth(fresh);

        Reply reply = caseworker()
                .post(
                        "/api/v1/fairs/" + fair.id() + "/sign-ups",
                        json(Map.of(
                                "residentIds",
                                List.of(
                                        fullWidth,
                                        signedUpBefore,
                                        "hello",
                                        TestResidentIds.withWrongCheck(unregistered),
                                        unregistered,
                                        TestResidentIds.legacy(freshLegacy),
                                        fresh))));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json("signedUp")).isEqualTo(2);
        assertThat(reply.json("alreadySignedUp")).isEqualTo(2);
        assertThat(reply.json("refused")).isEqualTo(3);
        assertThat(list(reply.json("lines[*].outcome")))
                .containsExactly(
                        "SIGNED_UP",
                        "ALREADY_SIGNED_UP",
                        "INVALID_NUMBER",
                        "INVALID_NUMBER",
                        "NOT_FOUND",
                        "SIGNED_UP",
                        "ALREADY_SIGNED_UP");
        assertThat(list(reply.json("lines[*].code")))
                .containsExactly(
                        null, "ALREADY_SIGNED_UP", "LENGTH", "CHECKSUM", "NOT_FOUND", null, "ALREADY_SIGNED_UP");
        assertThat(list(reply.json("lines[*].message")))
                .containsExactly(
                        null,
                        "Already signed up",
                        LENGTH_MESSAGE,
                        CHECKSUM_MESSAGE,
                        "Not registered or outside your regions",
                        null,
                        "Already signed up");
        assertThat((String) reply.json("lines[0].input")).doesNotContain(fresh.substring(6, 14));
        assertThat(signUpsAt(fair)).isEqualTo(3);
    }

    @Test
    void aWalkInIsSignedUpAndCheckedInAndTheQrTokenChecksInToo() {
        FairView fair = fixtures.openToday("签到测试会");
        String walkIn = TestResidentIds.next("433126");
        fixtures.worker("现场来", walkIn);

        Reply first = caseworker()
                .post("/api/v1/fairs/" + fair.id() + "/check-ins", json(Map.of("residentIdOrToken", walkIn)));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json("walkIn")).isEqualTo(true);
        assertThat(first.json("again")).isEqualTo(false);

        String token = jdbc.sql("select qr_token from fair_sign_up where fair_id = :fair")
                .param("fair", fair.id().value())
                .query(String.class)
                .single();
        Reply again = caseworker()
                .post("/api/v1/fairs/" + fair.id() + "/check-ins", json(Map.of("residentIdOrToken", token)));
        assertThat(again.json("again")).isEqualTo(true);
        assertThat(again.json("signUp.checkedInAt")).isEqualTo(first.json("signUp.checkedInAt"));
    }

    @Test
    void aCodeFromAnotherFairOrAnUnregisteredNumberIsNotCheckedIn() {
        FairView fair = fixtures.openToday("错误二维码测试会");
        Reply unknown = caseworker()
                .post(
                        "/api/v1/fairs/" + fair.id() + "/check-ins",
                        json(Map.of("residentIdOrToken", "AAAAAAAAAAAAAAAAAAAAAAAA")));
        assertThat(unknown.json("errors[0].code")).isEqualTo("UNKNOWN_CODE");
        Reply unregistered = caseworker()
                .post(
                        "/api/v1/fairs/" + fair.id() + "/check-ins",
                        json(Map.of("residentIdOrToken", TestResidentIds.next("433127"))));
        assertThat(unregistered.json("errors[0].code")).isEqualTo("NOT_REGISTERED");
        assertThat(signUpsAt(fair)).isZero();
    }

    @Test
    void aFairThatEndsBeforeItStartsIsRefusedWithEveryProblem() {
        Reply reply = caseworker()
                .post(
                        "/api/v1/fairs",
                        json(Map.of(
                                "kind", "ON_SITE",
                                "campaign", "LOCAL",
                                "hostRegion", "999999",
                                "startsOn", "2026-05-02",
                                "endsOn", "2026-05-01")));
        assertThat(reply.status()).isEqualTo(422);
        assertThat(list(reply.json("errors[*].field")))
                .containsExactlyInAnyOrder("name", "venue", "hostRegionCode", "endsOn");
    }

    private Reply join(FairView fair, FairFixtures.Enterprise enterprise, String booth) {
        return caseworker()
                .post(
                        "/api/v1/fairs/" + fair.id() + "/participants",
                        json(Map.of(
                                "employerId",
                                enterprise.id().toString(),
                                "booth",
                                booth,
                                "postings",
                                List.of(enterprise.posting().toString()))));
    }

    private long signUpsAt(FairView fair) {
        return Callers.runAs(FairFixtures.ADMIN, () -> fairs.counts(fair.id()).signedUp());
    }

    private static String toFullWidth(String number) {
        StringBuilder wide = new StringBuilder();
        number.chars().forEach(c -> wide.append(Character.isDigit(c) ? (char) (c - '0' + '０') : (char) c));
        return wide.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object json) {
        return (List<Object>) json;
    }
}
