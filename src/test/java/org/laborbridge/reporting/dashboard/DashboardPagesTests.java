package org.laborbridge.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.laborbridge.reporting.figures.FigureRefresh;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The dashboard page and its downloads: worded in three languages, seen by bureau and partner
 * staff only (a partner their own regions), refusing bad filters on the page, and holding the
 * summary API's numbers in tiles and files alike.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class DashboardPagesTests {

    private static final Pattern TILE = Pattern.compile("id=\"tile-(\\w+)\"[^>]*data-value=\"([0-9.]*)\"");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @LocalServerPort
    int port;

    @Autowired
    FigureRefresh refresh;

    private static boolean counted;

    /** Every demo record counted once, whichever seeded after the refresh at startup. */
    @BeforeEach
    void countEverything() {
        if (!counted) {
            refresh.refresh();
            counted = true;
        }
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "zh-TW", "en"})
    void isWordedInTheReadersLanguageWithTilesChartsAndTables(String language) {
        assertThat(mvc.get().uri("/reporting?lang=" + language).with(as("caseworker")))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("??", "coming-notice")
                .contains("id=\"tile-workersHelpedOut\"", "id=\"tile-retention6\"", "id=\"tile-subsidiesPaidYuan\"")
                .contains("data-chart=\"chart-fairs-option\"", "id=\"table-regions\"", "id=\"table-fairs\"")
                .contains("/js/charts.js", "id=\"export-all\"");
        assertThat(mvc.get()
                        .uri("/reporting?region=433100&from=2020-01&to=2020-12&lang=" + language)
                        .with(as("xiangxi")))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("??");
    }

    @Test
    void writesLabelsInEachLanguage() {
        assertThat(mvc.get().uri("/reporting?lang=en").with(as("caseworker")))
                .bodyText()
                .contains("Workers helped out", "Workshops by county", "By partner region", "湘西土家族苗族自治州");
        assertThat(mvc.get().uri("/reporting?lang=zh-TW").with(as("caseworker")))
                .bodyText()
                .contains("幫助外出務工", "扶貧車間（按縣）");
        assertThat(mvc.get().uri("/reporting?lang=zh-CN").with(as("caseworker")))
                .bodyText()
                .contains("帮助外出务工", "扶贫车间（按县）");
    }

    @ParameterizedTest(name = "{0} at {1} gets {2}")
    @CsvSource({
        "admin,      '',                 200",
        "caseworker, ?region=371321,     200",
        "approver,   ?region=433100,     200",
        "xiangxi,    '',                 200",
        "xiangxi,    ?region=433100,     200",
        "xiangxi,    ?region=433122,     200",
        "xiangxi,    ?region=371321,     403",
        "linyi,      ?region=371321,     200",
        "linyi,      ?region=433100,     403",
        "employer,   '',                 403",
        "worker,     '',                 403",
        "employer,   ?from=soon,         403",
    })
    void showsBureauStaffEverythingAndPartnersTheirOwnRegions(String user, String query, int status) {
        assertThat(mvc.get().uri("/reporting" + query).with(as(user))).hasStatus(status);
        assertThat(mvc.get().uri("/reporting/export/dashboard.xlsx" + query).with(as(user)))
                .hasStatus(status);
    }

    @Test
    void offersAPartnerOnlyTheirOwnRegions() {
        assertThat(mvc.get().uri("/reporting").with(as("xiangxi")))
                .bodyText()
                .contains("<option value=\"433100\"")
                .doesNotContain("<option value=\"371321\"", "<option value=\"500156\"");
        assertThat(mvc.get().uri("/reporting").with(as("caseworker")))
                .bodyText()
                .contains("<option value=\"433100\"", "<option value=\"371321\"", "<option value=\"500156\"");
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "?region=999999           | zh-CN | 没有行政区划代码 999999",
                "?to=soon                 | zh-CN | “soon”不是有效的月份",
                "?from=2021-03&to=2021-02 | zh-TW | 截止月份 2021-02 早於起始月份 2021-03",
                "?from=2021-03&to=2021-02 | en    | The period ends (2021-02) before it starts (2021-03)"
            })
    void refusesABadFilterOnThePageInTheReadersLanguage(String query, String language, String message) {
        assertThat(mvc.get().uri("/reporting" + query + "&lang=" + language).with(as("caseworker")))
                .hasStatus(422)
                .bodyText()
                .contains("id=\"dashboard-refusals\"", message, "id=\"dashboard-filter\"")
                .doesNotContain("??", "id=\"tile-");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "?region=433100", "?region=371321&from=2020-01&to=2020-12"})
    void showsTheSummaryApisNumbersInItsTiles(String query) {
        Reply api = ApiClient.as(port, "caseworker").get("/api/v1/stats/summary" + query);
        String page = body(mvc.get().uri("/reporting" + query).with(as("caseworker")));

        Matcher tiles = TILE.matcher(page);
        int compared = 0;
        while (tiles.find()) {
            String key = tiles.group(1);
            if (api.body().contains("\"" + key + "\"")) {
                assertThat(new BigDecimal(tiles.group(2)))
                        .as(key)
                        .isEqualByComparingTo(new BigDecimal(api.json(key).toString()));
                compared++;
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(10);
    }

    @Test
    void exportsEveryTableAsSheetsWithTheSameNumbers() throws IOException {
        Reply api = ApiClient.as(port, "caseworker").get("/api/v1/stats/summary?region=433100");
        byte[] file = bytes(mvc.get()
                .uri("/reporting/export/dashboard.xlsx?region=433100&lang=en")
                .with(as("caseworker")));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(Dashboard.TABLES.size());
            Sheet headline = workbook.getSheet("Headline figures");
            assertThat(headline.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Figure");
            Row helpedOut = find(headline, "Workers helped out");
            assertThat(helpedOut.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat((long) helpedOut.getCell(1).getNumericCellValue())
                    .isEqualTo(((Number) api.json("workersHelpedOut")).longValue());
            assertThat(workbook.getSheet("Workshops by county")).isNotNull();
            assertThat(workbook.getSheet("By partner region")
                            .getRow(1)
                            .getCell(1)
                            .getStringCellValue())
                    .isEqualTo("433100");
        }
    }

    @Test
    void exportsOneTableAsCsvInTheReadersLanguage() {
        MvcTestResult result = mvc.get()
                .uri("/reporting/export/regions.csv?lang=zh-CN")
                .with(as("xiangxi"))
                .exchange();
        assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
        String csv = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF协作地区,代码,帮助外出务工");
        assertThat(csv).contains("湘西土家族苗族自治州,433100,").doesNotContain("371321");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("laborbridge-regions.csv");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"/reporting/export/nothing.csv", "/reporting/export/dashboard.csv", "/reporting/export/fairs.pdf"
            })
    void knowsNoOtherDownloads(String path) {
        assertThat(mvc.get().uri(path).with(as("caseworker"))).hasStatus(404);
    }

    @Test
    void countsAFilteredCountyUnderItsOwnNameInTheRegionTable() {
        MvcTestResult result = mvc.get()
                .uri("/reporting/export/regions.csv?region=433122")
                .with(as("xiangxi"))
                .exchange();
        String csv = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);

        assertThat(csv).contains("泸溪县,433122,").doesNotContain("433100");
    }

    private static Row find(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        return null;
    }

    private static String body(MockMvcTester.MockMvcRequestBuilder request) {
        try {
            return request.exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(MockMvcTester.MockMvcRequestBuilder request) {
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsByteArray();
    }
}
