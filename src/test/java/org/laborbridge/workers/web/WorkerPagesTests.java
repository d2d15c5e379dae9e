package org.laborbridge.workers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.laborbridge.shared.Masking;
import org.laborbridge.support.TestResidentIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The worker pages as each role gets them, rendered by the real registry on PostgreSQL. */
@SpringBootTest
@AutoConfigureMockMvc
class WorkerPagesTests {

    static final String LUXI = "433122";
    static final String DONGCHENG = "110101";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void listShowsOnlyMaskedNumbers() {
        String id = TestResidentIds.next(LUXI);
        String phone = TestResidentIds.nextPhone();
        register("列表测试", id, phone);

        assertThat(as("caseworker", mvc.get().uri("/workers").param("q", id.substring(12))))
                .hasStatusOk()
                .bodyText()
                .contains("列表测试", Masking.residentId(id), Masking.phone(phone))
                .doesNotContain(id, phone);
    }

    @Test
    void aLongListHasAPagerWhoseLinksKeepTheFilter() {
        for (int i = 0; i <= WorkerFilter.PAGE_SIZE; i++) {
            register("翻页测试" + "甲乙丙丁戊己庚辛壬癸".charAt(i % 10), TestResidentIds.next(LUXI), null);
        }

        assertThat(as("caseworker", mvc.get().uri("/workers").param("q", "翻页测试")))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"pager\"", "第 1 / 2 页", "id=\"next-page\"")
                .containsPattern("href=\"/workers\\?[^\"]*q=%E7%BF%BB[^\"]*page=1");
    }

    @Test
    void liveSearchAnswersWithTheResultsOnly() {
        String id = TestResidentIds.next(LUXI);
        register("片段测试", id, null);

        assertThat(as("caseworker", mvc.get().uri("/workers").param("q", id.substring(12)))
                        .header("HX-Request", "true"))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"worker-results\"", "片段测试")
                .doesNotContain("<html", "id=\"worker-filter\"");
    }

    @Test
    void tamperedSortAndFiltersNarrowNothingAndFailNothing() {
        assertThat(as(
                        "caseworker",
                        mvc.get()
                                .uri("/workers")
                                .param("sort", "name; drop table worker")
                                .param("situation", "' or 1=1 --")
                                .param("registeredPoor", "maybe")
                                .param("page", "-3")))
                .hasStatusOk();
    }

    @Test
    void theFormComesBackWithEachMessageNextToItsFieldInChinese() {
        String wrong = TestResidentIds.withWrongCheck(TestResidentIds.next(LUXI));

        assertThat(as("caseworker", postForm("", wrong, "12345678901")).header("Accept-Language", "zh-CN"))
                .hasStatusOk()
                .bodyText()
                .contains("身份证号校验位不正确", "请填写中国大陆手机号码", "此项必填")
                .contains("value=\"" + wrong + "\"", "value=\"12345678901\"");
    }

    @Test
    void theFormComesBackWithEachMessageNextToItsFieldInEnglish() {
        String wrong = TestResidentIds.withWrongCheck(TestResidentIds.next(LUXI));

        assertThat(as("caseworker", postForm("Li Si", wrong, "12345678901")).header("Accept-Language", "en"))
                .hasStatusOk()
                .bodyText()
                .contains("check character is wrong", "mainland China mobile number")
                .contains("value=\"Li Si\"", "value=\"" + wrong + "\"");
    }

    @Test
    void registeringRedirectsToTheDetailWithAMessage() {
        String id = TestResidentIds.next(LUXI);
        MvcTestResult result = as("caseworker", postForm("王登记", id, null)).exchange();

        assertThat(result).hasStatus(HttpStatus.FOUND);
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/workers/[0-9a-f-]{36}");
        assertThat(result).flash().containsKey("flash");

        assertThat(as("caseworker", mvc.get().uri(location)))
                .hasStatusOk()
                .bodyText()
                .contains("王登记", Masking.residentId(id), "泸溪县", "登记")
                .doesNotContain(id);
    }

    @Test
    void aSecondRegistrationOfTheSameIdLinksToTheFirst() {
        String id = TestResidentIds.next(LUXI);
        String first = register("赵重复", id, null);

        assertThat(as("caseworker", postForm("赵重复", id, null)))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"already-registered\"", "href=\"" + first + "\"");
    }

    @Test
    void markupInNamesAndNotesIsShownAsText() {
        String id = TestResidentIds.next(LUXI);
        String location = register("<script>alert(1)</script>", id, null);
        String second = TestResidentIds.next(LUXI);
        register("\"><img src=x onerror=alert(1)>", second, null);

        assertThat(as("caseworker", mvc.get().uri(location)))
                .bodyText()
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)");
        assertThat(as("caseworker", mvc.get().uri("/workers").param("q", id.substring(12))))
                .bodyText()
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)");
        assertThat(as("caseworker", mvc.get().uri("/workers").param("q", second.substring(12))))
                .bodyText()
                .contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<img src=x");
    }

    @Test
    void theExportButtonsCarryTheSameFiltersToTheExport() throws Exception {
        String id = TestResidentIds.next(LUXI);
        register("冯导出", id, null);
        String page = as(
                        "caseworker",
                        mvc.get().uri("/workers").param("q", id.substring(12)).param("registeredPoor", "false"))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher link = Pattern.compile("id=\"export-csv\"\\s+href=\"([^\"]+)\"").matcher(page);
        assertThat(link.find()).as("export link in " + page).isTrue();
        String href = link.group(1).replace("&amp;", "&");
        assertThat(href).contains("q=" + id.substring(12), "registeredPoor=false", "sort=-createdAt");

        assertThat(as("caseworker", mvc.get().uri(href)))
                .hasStatusOk()
                .bodyText()
                .contains("冯导出", Masking.residentId(id))
                .doesNotContain(id);
    }

    @Test
    void employersAreRefusedTheList() {
        assertThat(as("employer", mvc.get().uri("/workers"))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aPartnerFindsNoWorkerOfAnotherRegion() {
        String elsewhere = register("钱外地", TestResidentIds.next(DONGCHENG), null);
        String own = register("孙本地", TestResidentIds.next(LUXI), null);

        assertThat(as("xiangxi", mvc.get().uri(elsewhere))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(as("xiangxi", mvc.get().uri(own))).hasStatusOk();
        assertThat(as("caseworker", mvc.get().uri("/workers/not-a-worker"))).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theDetailIsNeverCached() {
        String location = register("周缓存", TestResidentIds.next(LUXI), null);

        assertThat(as("caseworker", mvc.get().uri(location)))
                .hasStatusOk()
                .headers()
                .hasValue("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
    }

    @Test
    void showingTheFullIdIsADeliberatePost() {
        String id = TestResidentIds.next(LUXI);
        String location = register("吴显示", id, null);

        assertThat(as("caseworker", mvc.post().uri(location + "/reveal").param("field", "residentId"))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains(id);
        assertThat(as("caseworker", mvc.get().uri(location + "/reveal").param("field", "residentId")))
                .hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
    }

    @Test
    void theLiveCheckReadsTheIdOrSaysWhatIsWrong() {
        String id = TestResidentIds.next(LUXI);

        assertThat(as("caseworker", mvc.get().uri("/workers/resident-id-check").param("residentId", id)))
                .hasStatusOk()
                .bodyText()
                .contains(id.substring(6, 10) + "-", "泸溪县", "hx-swap-oob=\"true\"", "value=\"433122\"");
        assertThat(as(
                        "caseworker",
                        mvc.get()
                                .uri("/workers/resident-id-check")
                                .param("residentId", id)
                                .param("householdRegion", "433123")))
                .bodyText()
                .doesNotContain("hx-swap-oob");
        assertThat(as(
                                "caseworker",
                                mvc.get()
                                        .uri("/workers/resident-id-check")
                                        .param("residentId", TestResidentIds.withWrongCheck(id)))
                        .header("Accept-Language", "en"))
                .bodyText()
                .contains("check character is wrong");
    }

    @Test
    void caseworkersKeepTwoRecordsWithOnePhoneApart() {
        String phone = TestResidentIds.nextPhone();
        String first = register("郑同号", TestResidentIds.next(LUXI), phone);
        String second = register("郑同号甲", TestResidentIds.next(DONGCHENG), phone);

        assertThat(as("caseworker", mvc.get().uri("/workers/duplicates")))
                .hasStatusOk()
                .bodyText()
                .contains("疑似重复记录", "手机号码相同", "郑同号甲", Masking.phone(phone))
                .doesNotContain(phone);

        MvcTestResult decided = as(
                        "caseworker",
                        mvc.post()
                                .uri("/workers/duplicates")
                                .param("first", first.substring("/workers/".length()))
                                .param("second", second.substring("/workers/".length()))
                                .param("decision", "DIFFERENT_PEOPLE")
                                .with(csrf()))
                .exchange();
        assertThat(decided).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/workers/duplicates");
        assertThat(as("caseworker", mvc.get().uri("/workers/duplicates")))
                .bodyText()
                .doesNotContain("郑同号甲");
        assertThat(as("xiangxi", mvc.get().uri("/workers/duplicates"))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aPartnerConfirmsTheirRegionsPoorHouseholdAndTheTimelineSaysWho() {
        MvcTestResult registered = as(
                        "caseworker",
                        postForm("冯贫困", TestResidentIds.next(LUXI), null)
                                .param("registeredPoor", "true")
                                .param("poorHouseholdNo", "433122-0042"))
                .exchange();
        String location = registered.getResponse().getRedirectedUrl();

        assertThat(as("caseworker", mvc.get().uri(location)))
                .bodyText()
                .contains("待核实")
                .doesNotContain("id=\"confirm-poor\"");
        assertThat(as("xiangxi", mvc.get().uri(location))).bodyText().contains("id=\"confirm-poor\"");

        assertThat(as(
                        "xiangxi",
                        mvc.post().uri(location + "/confirm-poor-status").with(csrf())))
                .hasStatus(HttpStatus.FOUND);
        assertThat(as("caseworker", mvc.get().uri(location)).header("Accept-Language", "en"))
                .bodyText()
                .contains("Confirmed by xiangxi", "Registered-poor status confirmed")
                .doesNotContain("id=\"confirm-poor\"");
    }

    private String register(String name, String residentId, String phone) {
        MvcTestResult result =
                as("caseworker", postForm(name, residentId, phone)).exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND);
        return result.getResponse().getRedirectedUrl();
    }

    private MockMvcTester.MockMvcRequestBuilder postForm(String name, String residentId, String phone) {
        MockMvcTester.MockMvcRequestBuilder request = mvc.post()
                .uri("/workers")
                .param("name", name)
                .param("residentId", residentId)
                .param("laborCapacity", "FULL")
                .param("situation", "SEEKING")
                .param("willingToMigrate", "true")
                .param("skills", "WELDER_LICENCE")
                .param("wantedJobs", "ASSEMBLY")
                .with(csrf());
        if (phone != null) {
            request.param("phone", phone);
        }
        return request;
    }

    private MockMvcTester.MockMvcRequestBuilder as(String username, MockMvcTester.MockMvcRequestBuilder request) {
        return request.with(user(users.loadUserByUsername(username)));
    }
}
