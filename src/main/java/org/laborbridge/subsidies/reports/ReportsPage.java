package org.laborbridge.subsidies.reports;

import java.time.LocalDate;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.web.Refusals;
import org.laborbridge.subsidies.SubsidyReports;
import org.laborbridge.subsidies.SubsidyReports.By;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The subsidy report page: the three groupings for one period and region, and their downloads. */
@Controller
class ReportsPage {

    private final SubsidyReports reports;
    private final ReportTables tables;
    private final MessageSource messages;

    ReportsPage(SubsidyReports reports, ReportTables tables, MessageSource messages) {
        this.reports = reports;
        this.tables = tables;
        this.messages = messages;
    }

    @GetMapping("/subsidies/reports")
    ModelAndView report(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String region,
            Model model) {
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("region", region == null ? "" : region);
        try {
            model.addAttribute("byPolicy", reports.totals(By.POLICY, from, to, region));
            model.addAttribute("byRegion", reports.totals(By.REGION, from, to, region));
            model.addAttribute("byMonth", reports.totals(By.MONTH, from, to, region));
            return new ModelAndView("subsidies/reports", model.asMap());
        } catch (InvalidInputException refused) {
            model.addAttribute("refusals", Refusals.all(refused, messages));
            model.addAttribute("byPolicy", java.util.List.of());
            model.addAttribute("byRegion", java.util.List.of());
            model.addAttribute("byMonth", java.util.List.of());
            return new ModelAndView("subsidies/reports", model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    @GetMapping("/subsidies/reports/export")
    ResponseEntity<byte[]> export(
            @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(defaultValue = "POLICY") By by,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String region) {
        return ReportsApi.download(tables.export(format, by, from, to, region));
    }
}
