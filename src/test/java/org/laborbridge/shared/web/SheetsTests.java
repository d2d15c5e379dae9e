package org.laborbridge.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SheetsTests {

    private static final Sheets.Table TABLE = new Sheets.Table(
            "ZF-2026-0001",
            List.of("收款人", "账号"),
            List.of(List.of("=HYPERLINK(\"http://x\")", "6222021234567890123"), List.of("向阳, 花", "-1")));

    @Test
    void csvStartsWithAByteOrderMarkAndNeutralisesFormulas() {
        String csv = new String(Sheets.csv(TABLE), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF收款人,账号\r\n");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\",6222021234567890123", "\"向阳, 花\",'-1");
    }

    @Test
    void xlsxCellsAreTextThatIsNeverEvaluated() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Sheets.xlsx(List.of(TABLE))))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("ZF-2026-0001");
            var formula = sheet.getRow(1).getCell(0);
            assertThat(formula.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(formula.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("-1");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("6222021234567890123");
        }
    }

    @Test
    void formulasHiddenBehindBlanksOrFullWidthSignsAreNeutralisedToo() {
        assertThat(SafeCell.of(" =1+1")).isEqualTo("' =1+1");
        assertThat(SafeCell.of("\u3000@SUM(A1)")).isEqualTo("'\u3000@SUM(A1)");
        assertThat(SafeCell.of("＝1+1")).isEqualTo("'＝1+1");
        assertThat(SafeCell.of("＋86 123")).isEqualTo("'＋86 123");
        assertThat(SafeCell.of("\tx")).isEqualTo("'\tx");
        assertThat(SafeCell.of("向阳 = 花")).isEqualTo("向阳 = 花");
        assertThat(SafeCell.of("   ")).isEqualTo("   ");
    }
}
