package org.laborbridge.reporting.monthly;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.web.PageNames;
import org.laborbridge.shared.web.Sheets;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A report as a spreadsheet in the reader's language: the figures (month, late, reported; money
 * in yuan) and, in XLSX, a second sheet with the report's steps.
 */
@Component
class MonthlyReportSheets {

    private final MessageSource messages;
    private final PageNames names;

    MonthlyReportSheets(MessageSource messages, PageNames names) {
        this.messages = messages;
        this.names = names;
    }

    String fileName(MonthlyReportView report, String extension) {
        return text("reporting.monthly.file") + "-" + report.region() + "-" + report.month() + "." + extension;
    }

    byte[] csv(MonthlyReportView report) {
        return Sheets.csv(figures(report));
    }

    byte[] xlsx(MonthlyReportView report) {
        return Sheets.xlsx(List.of(figures(report), steps(report)));
    }

    private Sheets.Table figures(MonthlyReportView report) {
        List<List<String>> rows = new ArrayList<>();
        for (FigureLine line : report.figures()) {
            rows.add(List.of(
                    names.region(report.region()),
                    report.month().toString(),
                    text("reporting.monthly.status." + report.status()),
                    text("reporting.monthly.metric." + line.metric().key()),
                    text(line.money() ? "reporting.monthly.unit.yuan" : "reporting.monthly.unit.count"),
                    FigureLine.shown(line.metric(), line.monthValue()).toPlainString(),
                    FigureLine.shown(line.metric(), line.lateValue()).toPlainString(),
                    FigureLine.shown(line.metric(), line.value()).toPlainString()));
        }
        return new Sheets.Table(
                text("reporting.monthly.sheet.figures"),
                List.of(
                        text("reporting.monthly.column.region"),
                        text("reporting.monthly.column.month"),
                        text("reporting.monthly.column.status"),
                        text("reporting.monthly.column.metric"),
                        text("reporting.monthly.column.unit"),
                        text("reporting.monthly.column.monthValue"),
                        text("reporting.monthly.column.lateValue"),
                        text("reporting.monthly.column.value")),
                rows);
    }

    private Sheets.Table steps(MonthlyReportView report) {
        List<List<String>> rows = new ArrayList<>();
        for (ReportStep step : report.steps()) {
            rows.add(List.of(
                    String.valueOf(step.stepNo()),
                    text("reporting.monthly.step." + step.step()),
                    step.by(),
                    BureauTime.format(step.at()),
                    step.reason() == null ? "" : step.reason()));
        }
        return new Sheets.Table(
                text("reporting.monthly.sheet.steps"),
                List.of(
                        "#",
                        text("reporting.monthly.column.step"),
                        text("reporting.monthly.column.by"),
                        text("reporting.monthly.column.at"),
                        text("reporting.monthly.column.reason")),
                rows);
    }

    private String text(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, key, locale);
    }
}
