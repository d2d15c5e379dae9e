package org.laborbridge.workers.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test rosters: valid resident IDs never used before in this JVM's database, CSV and XLSX bytes. */
final class Rosters {

    static final String HEADER = "name,residentId,phone,householdRegion,registeredPoor,laborCapacity,"
            + "willingToMigrate,skills,wantedJobs";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private Rosters() {}

    /**
     * A fresh valid ID issued in {@code county}. Sequence numbers from 100 up keep them apart
     * from the demo generator's, which start at 000.
     */
    static String residentId(String county) {
        int n = NEXT.getAndIncrement();
        LocalDate birth = LocalDate.of(1975, 1, 1).plusDays(n / 800);
        String body = county + birth.toString().replace("-", "") + String.format("%03d", 100 + n % 800);
        return body + check(body);
    }

    static String check(String body) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return String.valueOf("10X98765432".charAt(sum % 11));
    }

    static String row(String name, String residentId) {
        return name + "," + residentId + ",13800138000,,是,FULL,true,,ASSEMBLY";
    }

    static byte[] csv(Charset charset, String... lines) {
        return String.join("\r\n", lines).concat("\r\n").getBytes(charset);
    }

    static byte[] xlsx(List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("名单");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
