package org.laborbridge.employers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Refusals explained in the language the client asks for: zh-CN by default, zh-TW and English. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmployerMessagesTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    EmployerFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new EmployerFixtures(port, context);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "zh-CN | 统一社会信用代码 {0} 已登记，一家企业只登记一次。",
                "zh-TW | 統一社會信用代碼 {0} 已登記，一家企業只登記一次。",
                "en    | Credit code {0} is registered already; an enterprise is registered once.",
            })
    void aDuplicateCreditCode(String language, String expected) {
        EmployerForm form = Postings.enterprise("济南多语言重复测试公司");
        fixtures.register(form);

        Reply reply = client(language).post("/api/v1/employers", EmployerFixtures.json(form));

        assertThat(reply.json("errors[0].message")).isEqualTo(expected.replace("{0}", form.creditCode()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "zh-CN | 最低年龄 50 岁大于最高年龄 30 岁。",
                "zh-TW | 最低年齡 50 歲大於最高年齡 30 歲。",
                "en    | The lowest age, 50, is above the highest, 30.",
            })
    void anAgeRangeOutOfOrder(String language, String expected) {
        String employer = fixtures.register("济南多语言年龄测试公司");
        Map<String, Object> body = EmployerFixtures.postingBody(employer, Postings.assemblyJob(3));
        body.put("minAge", 50);
        body.put("maxAge", 30);

        Reply reply = client(language).post("/api/v1/job-postings", EmployerFixtures.json(body));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json("errors[0].field")).isEqualTo("minAge");
        assertThat(reply.json("errors[0].code")).isEqualTo("MIN_ABOVE_MAX");
        assertThat(reply.json("errors[0].message")).isEqualTo(expected);
    }

    @Test
    void aKernelCodeKeepsTheKernelsWordingInEnglish() {
        EmployerForm form = new EmployerForm("123", "济南短代码测试公司", null, "370102", null, null, null);

        Reply reply = client("en").post("/api/v1/employers", EmployerFixtures.json(form));

        assertThat(reply.json("errors[0].code")).isEqualTo("LENGTH");
        assertThat((String) reply.json("errors[0].message")).contains("18");
    }

    private ApiClient client(String language) {
        return fixtures.caseworker().language(language);
    }
}
