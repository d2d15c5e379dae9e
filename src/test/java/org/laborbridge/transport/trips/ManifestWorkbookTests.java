package org.laborbridge.transport.trips;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.web.MessageBundles;
import org.laborbridge.transport.CheckResult;
import org.laborbridge.transport.Manifest;
import org.laborbridge.transport.ManifestLine;
import org.laborbridge.transport.TransportMode;
import org.laborbridge.transport.TravellerStatus;
import org.laborbridge.transport.TripId;
import org.laborbridge.transport.TripStatus;
import org.laborbridge.transport.TripView;
import org.laborbridge.workers.WorkerId;
import org.springframework.context.support.ResourceBundleMessageSource;

class ManifestWorkbookTests {

    private static final Instant AT = Instant.parse("2026-03-01T00:00:00Z");

    private final ManifestWorkbook workbook = new ManifestWorkbook(messages());

    @Test
    void writesTheManifestInTheReadersLanguage() {
        List<List<String>> rows = write(Locale.ENGLISH, line("向春梅", "泸溪县汽车站"));

        assertThat(rows.get(0).get(0)).contains("Xiangxi", "batch 3", "Chartered bus");
        assertThat(rows.get(1)).startsWith("No.", "Name", "Resident ID", "Phone");
        assertThat(rows.get(2)).startsWith("1", "向春梅", "433122********1234", "138****5678");
        assertThat(rows.get(2)).contains("Boarded", "Health check passed", "3000.00", "Yes");
    }

    @Test
    void writesSimplifiedChineseByDefault() {
        List<List<String>> rows = write(Locale.SIMPLIFIED_CHINESE, line("向春梅", null));

        assertThat(rows.get(1)).startsWith("序号", "姓名", "身份证号");
        assertThat(rows.get(2)).contains("已登车", "健康检查 通过");
    }

    @Test
    void neutralisesTextThatASpreadsheetWouldRunAsAFormula() {
        List<List<String>> rows = write(Locale.ENGLISH, line("=HYPERLINK(\"http://x\")", "@SUM(A1)"));

        assertThat(rows.get(2).get(1)).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(rows.get(2).get(6)).isEqualTo("'@SUM(A1)");
    }

    private List<List<String>> write(Locale locale, ManifestLine line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(new Manifest(trip(), List.of(line), List.of("HEALTH"), false), locale, out);
        return cells(out.toByteArray());
    }

    /** Every row of the first sheet as text. */
    static List<List<String>> cells(byte[] xlsx) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(cell.getStringCellValue());
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ManifestLine line(String name, String workAddress) {
        return new ManifestLine(
                new WorkerId(UUID.randomUUID()),
                name,
                "433122********1234",
                "138****5678",
                "433122",
                "泸溪县",
                null,
                new EmployerId(UUID.randomUUID()),
                "济南鲁泰精密电子",
                workAddress,
                TravellerStatus.BOARDED,
                List.of(new CheckResult("HEALTH", true, null, "xiangxi", AT)),
                "xiangxi",
                AT,
                null,
                null,
                null,
                Money.ofYuan("3000"),
                true);
    }

    private static TripView trip() {
        return new TripView(
                TripId.random(),
                RegionCode.of("433100"),
                "湘西土家族苗族自治州 (Xiangxi)",
                2026,
                3,
                TransportMode.BUS,
                "湘西客运",
                "湘U12345",
                RegionCode.of("433122"),
                "泸溪县",
                "泸溪县汽车站",
                List.of(RegionCode.of("370100")),
                List.of("济南市"),
                AT,
                AT.plusSeconds(72_000),
                null,
                null,
                50,
                1,
                Money.ofYuan("9000"),
                TripStatus.BOARDING,
                null,
                List.of());
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(MessageBundles.basenames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
