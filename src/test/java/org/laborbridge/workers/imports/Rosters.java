package org.laborbridge.workers.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.laborbridge.support.TestResidentIds;

/** Test rosters: valid resident IDs never used before in this JVM's database, CSV and XLSX bytes. */
final class Rosters {

    static final String HEADER = "name,residentId,phone,householdRegion,registeredPoor,laborCapacity,"
            + "willingToMigrate,skills,wantedJobs";

    private Rosters() {}

    static String residentId(String county) {
        return TestResidentIds.next(county);
    }

    static String row(String name, String residentId) {
        return name + "," + residentId + "," + TestResidentIds.nextPhone() + ",,是,FULL,true,,ASSEMBLY";
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
