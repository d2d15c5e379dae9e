package org.laborbridge.subsidies.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.cooperation.PartnerFlag;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.SubsidyPolicies;
import org.laborbridge.subsidies.policy.AmountRule;
import org.laborbridge.subsidies.policy.Condition;
import org.laborbridge.subsidies.policy.OncePerPerson;
import org.laborbridge.subsidies.policy.Payee;
import org.laborbridge.subsidies.policy.PaymentStages;
import org.laborbridge.subsidies.policy.PaymentStages.Stage;
import org.laborbridge.subsidies.policy.PolicyKind;
import org.laborbridge.subsidies.policy.PolicyTerms;
import org.laborbridge.subsidies.policy.ValidityPeriod;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The policy pages as each demo user gets them, in the three languages: what they show, accept and refuse. */
@SpringBootTest
@AutoConfigureMockMvc
class PolicyPagesTests {

    private static final Caller ADMIN = new Caller("admin", null, Role.ADMIN, List.of(), null, null);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    SubsidyPolicies policies;

    @Test
    void theListSaysEveryPolicyInWordsInTheReadersLanguage() {
        String code = registered(charter());

        assertThat(page("/subsidies/policies?lang=zh-CN", "caseworker"))
                .contains("id=\"policy-" + code + "\"", "包车测试政策")
                .contains("费用的 100%，最多 1,500 元", "3 个月后 50%，6 个月后 50%", "2026-01-01 至 2026-12-31")
                .contains("3,000,000 元", "每人每年限领一次", "服务机构", "JN-CHARTER-PARTIAL");
        assertThat(page("/subsidies/policies?lang=zh-TW", "approver"))
                .contains("補貼政策", "費用的 100%，最多 1,500 元", "3 個月後 50%，6 個月後 50%", "每人每年限領一次");
        assertThat(page("/subsidies/policies?lang=en", "xiangxi"))
                .contains(
                        "Subsidy policies",
                        "100% of the cost, at most CNY 1,500",
                        "50% after 3 months, 50% after 6 months")
                .contains("CNY 3,000,000", "Once per person a year");
    }

    @Test
    void aPolicyPageSaysEachConditionAsASentenceWithRegionNames() {
        String code = registered(charter());
        String path = "/subsidies/policies/" + code;

        assertThat(page(path + "?lang=zh-CN", "xiangxi"))
                .contains("户籍在 433100（湘西土家族苗族自治州）、500156（武隆区）")
                .contains("户籍在协作地区，且协议含“点对点包车全额补贴”", "劳动合同至少 6 个月", "建档立卡贫困户")
                .contains("上岗或出发当日年龄在 16 至 60 岁之间", "乘车名单", "包车合同")
                .contains("href=\"" + path + "/versions/1\"", "admin 于 ")
                .doesNotContain("id=\"revise-policy\"");
        assertThat(page(path + "?lang=zh-TW", "caseworker")).contains("勞動合同至少 6 個月", "戶籍在協作地區，且協議含「點對點包車全額補貼」", "版本記錄");
        assertThat(page(path + "?lang=en", "admin"))
                .contains("Labor contract of at least 6 months", "Aged 16 to 60", "Charter fully subsidised")
                .contains("id=\"revise-policy\"");
    }

    @Test
    void theAdministratorRegistersAndRevisesThroughTheForm() {
        String code = "PAGE-FORM-" + unique();
        assertThat(page("/subsidies/policies/new?lang=en", "admin"))
                .contains("id=\"policy-form\"", "Tiered by distance");

        MvcTestResult registered = post("/subsidies/policies?lang=zh-CN", "admin", form(code, Map.of()));

        assertThat(registered).hasStatus(302).hasRedirectedUrl("/subsidies/policies/" + code);
        assertThat(registered).flash().containsEntry("flash", "政策 " + code + " 已登记为第 1 版。");
        PolicyView first = asAdmin(() -> policies.find(code));
        assertThat(first.name()).isEqualTo("表单测试政策");
        assertThat(first.terms().amount())
                .isEqualTo(new AmountRule.TieredByDistance(List.of(
                        new AmountRule.Tier(500, Money.ofYuan("200")),
                        new AmountRule.Tier(1500, Money.ofYuan("400.50")))));
        assertThat(first.terms().conditions())
                .containsExactly(
                        new Condition.HouseholdInRegions(List.of(RegionCode.of("433100"))),
                        new Condition.ContractAtLeast(6));
        assertThat(first.terms().budget()).isEqualTo(Money.ofYuan("50000.50"));

        assertThat(page("/subsidies/policies/" + code + "/revise?lang=zh-CN", "admin"))
                .contains("以下内容取自第 1 版；保存后成为第 2 版", "500: 200.00", "value=\"433100\"", "value=\"50000.50\"");
        MvcTestResult revised = post(
                "/subsidies/policies/" + code + "/revise?lang=en",
                "admin",
                form(null, Map.of("contractMonths", "12", "amountType", "FIXED_PER_PERSON", "fixedAmount", "800")));

        assertThat(revised).hasStatus(302).hasRedirectedUrl("/subsidies/policies/" + code);
        assertThat(revised).flash().containsEntry("flash", "Version 2 stored.");
        List<PolicyView> history = asAdmin(() -> policies.history(code));
        assertThat(history).hasSize(2);
        assertThat(history.get(0).terms()).isEqualTo(first.terms());
        assertThat(history.get(1).terms().amount()).isEqualTo(new AmountRule.FixedPerPerson(Money.ofYuan("800")));
        assertThat(page("/subsidies/policies/" + code + "/versions/1?lang=zh-CN", "caseworker"))
                .contains("这是第 1 版，现行为第 2 版。", "劳动合同至少 6 个月");
    }

    @Test
    void aContradictoryFormIsRefusedFieldByFieldAndNothingIsStored() {
        String code = "PAGE-BAD-" + unique();
        Map<String, String> contradictory = Map.of(
                "stages", "3 50\n6 40",
                "age", "on",
                "ageMin", "60",
                "ageMax", "18",
                "validTo", "2025-01-01",
                "budget", "100.005",
                "tiers", "500: 200\n300: 100");

        assertThat(post("/subsidies/policies?lang=zh-CN", "admin", form(code, contradictory)))
                .hasStatus(422)
                .bodyText()
                .contains("id=\"form-refused\"", "id=\"stages-errors\"", "各拨付阶段比例合计为 90%，必须正好是 100%。")
                .contains("id=\"conditions-ageBetween-errors\"", "最小年龄 60 大于最大年龄 18。")
                .contains("id=\"validity-errors\"", "失效日期 2025-01-01 早于生效日期 2026-01-01。")
                .contains("id=\"budget-errors\"", "金额最多保留两位小数（精确到分）")
                .contains("id=\"amount-tiers-errors\"", "各档上限必须大于零并逐档递增。")
                .contains("value=\"" + code + "\"", "value=\"100.005\"")
                .doesNotContain("??");
        assertThat(post("/subsidies/policies?lang=en", "admin", form(code, contradictory)))
                .hasStatus(422)
                .bodyText()
                .contains("id=\"stages-errors\"", "The policy was not stored")
                .doesNotContain("??");
        assertThat(post("/subsidies/policies?lang=zh-TW", "admin", form(code, contradictory)))
                .hasStatus(422)
                .bodyText()
                .contains("id=\"stages-errors\"", "政策未儲存")
                .doesNotContain("??");
        assertThat(asAdmin(() -> policies.all()).stream().map(PolicyView::code)).doesNotContain(code);
    }

    @Test
    void aTakenCodeIsRefusedTogetherWithTheTermsAndARefusedRevisionStoresNothing() {
        String code = registered(charter());

        assertThat(post(
                        "/subsidies/policies?lang=zh-CN",
                        "admin",
                        form(code, Map.of("fixedAmount", "-5", "amountType", "FIXED_PER_PERSON"))))
                .hasStatus(422)
                .bodyText()
                .contains("id=\"code-errors\"", "政策编号 " + code + " 已被使用。")
                .contains("id=\"amount-errors\"", "金额不能为负数");
        assertThat(post(
                        "/subsidies/policies/" + code + "/revise?lang=zh-CN",
                        "admin",
                        form(null, Map.of("contractMonths", "0", "stages", "0 100\n0 100"))))
                .hasStatus(422)
                .bodyText()
                .contains("id=\"conditions-contractAtLeast-errors\"", "合同期限要求必须在 1 至 60 个月之间。")
                .contains("拨付阶段的月数必须逐个递增");
        assertThat(asAdmin(() -> policies.history(code))).hasSize(1);
    }

    @ParameterizedTest(name = "{0}: read {1}, change {2}")
    @CsvSource({
        "admin,      200, 200",
        "caseworker, 200, 403",
        "approver,   200, 403",
        "xiangxi,    200, 403",
        "employer,   403, 403",
        "worker,     403, 403",
    })
    void onlyTheAdministratorChangesAndOnlyBureauAndPartnerStaffRead(String who, int read, int change) {
        String code = registered(charter());
        String path = "/subsidies/policies/" + code;

        assertThat(get("/subsidies/policies", who)).hasStatus(read);
        assertThat(get(path, who)).hasStatus(read);
        assertThat(get(path + "/versions/1", who)).hasStatus(read);
        assertThat(get("/subsidies/policies/new", who)).hasStatus(change);
        assertThat(get(path + "/revise", who)).hasStatus(change);
        if (change == 403) {
            assertThat(post(path + "/revise", who, form(null, Map.of()))).hasStatus(403);
            String other = "PAGE-ROLE-" + unique();
            assertThat(post("/subsidies/policies", who, form(other, Map.of()))).hasStatus(403);
            assertThat(asAdmin(() -> policies.history(code))).hasSize(1);
            assertThat(asAdmin(() -> policies.all()).stream().map(PolicyView::code))
                    .doesNotContain(other);
        }
        if (read == 200) {
            assertThat(page("/subsidies/policies", who))
                    .satisfies(body ->
                            assertThat(body.contains("id=\"new-policy\"")).isEqualTo(change == 200));
        }
    }

    @Test
    void anUnknownPolicyOrVersionIsNotFound() {
        String code = registered(charter());

        assertThat(get("/subsidies/policies/NO-SUCH-POLICY-" + unique(), "caseworker"))
                .hasStatus(404);
        assertThat(get("/subsidies/policies/" + code + "/versions/7", "caseworker"))
                .hasStatus(404);
        assertThat(get("/subsidies/policies/" + code + "/revise", "admin")).hasStatus(200);
    }

    @Test
    void noPageLeavesAKeyUnworded() {
        String code = registered(charter());
        for (String lang : List.of("zh-CN", "zh-TW", "en")) {
            for (String path : List.of(
                    "/subsidies/policies",
                    "/subsidies/policies/" + code,
                    "/subsidies/policies/" + code + "/versions/1",
                    "/subsidies/policies/new",
                    "/subsidies/policies/" + code + "/revise")) {
                assertThat(page(path + "?lang=" + lang, "admin"))
                        .as(path + " " + lang)
                        .doesNotContain("??");
            }
        }
    }

    /** A valid form, changed by {@code changes}; code null for a revision. */
    private static Map<String, String> form(String code, Map<String, String> changes) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        if (code != null) {
            fields.put("code", code);
            fields.put("name", "表单测试政策");
        }
        fields.put("kind", "TRANSPORT");
        fields.put("payee", "SERVICE_PROVIDER");
        fields.put("amountType", "TIERED_BY_DISTANCE");
        fields.put("tiers", "500: 200\n1500：400.50");
        fields.put("stages", "0 100");
        fields.put("inRegions", "on");
        fields.put("regions", "433100");
        fields.put("contract", "on");
        fields.put("contractMonths", "6");
        fields.put("partnerFlag", "");
        fields.put("documents", "乘车名单\n\n包车合同");
        fields.put("validFrom", "2026-01-01");
        fields.put("budget", "50000.50");
        fields.put("oncePerPerson", "PER_YEAR");
        fields.putAll(changes);
        return fields;
    }

    private static PolicyTerms charter() {
        return new PolicyTerms(
                PolicyKind.TRANSPORT,
                Payee.SERVICE_PROVIDER,
                new AmountRule.ShareOfCost(100, Money.ofYuan("1500")),
                new PaymentStages(List.of(new Stage(3, 50), new Stage(6, 50))),
                List.of(
                        new Condition.RegisteredPoor(),
                        new Condition.HouseholdInRegions(List.of(RegionCode.of("433100"), RegionCode.of("500156"))),
                        new Condition.HouseholdInPartnerRegionWithFlag(PartnerFlag.CHARTER_FULLY_SUBSIDISED),
                        new Condition.ContractAtLeast(6),
                        new Condition.AgeBetween(16, 60)),
                List.of("乘车名单", "包车合同"),
                new ValidityPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                Money.ofYuan("3000000"),
                OncePerPerson.PER_YEAR,
                List.of("JN-CHARTER-PARTIAL"));
    }

    private String registered(PolicyTerms terms) {
        String code = "PAGE-" + unique();
        asAdmin(() -> policies.register(code, "包车测试政策", terms));
        return code;
    }

    private static String unique() {
        return Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    private static <T> T asAdmin(java.util.function.Supplier<T> work) {
        return Callers.runAs(ADMIN, work);
    }

    private String page(String uri, String who) {
        MvcTestResult result = get(uri, who);
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private MvcTestResult get(String uri, String who) {
        return mvc.get().uri(uri).with(as(who)).exchange();
    }

    private MvcTestResult post(String uri, String who, Map<String, String> fields) {
        MockMvcRequestBuilder request = mvc.post().uri(uri).with(as(who)).with(csrf());
        fields.forEach((name, value) -> request.param(name, value));
        return request.exchange();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
