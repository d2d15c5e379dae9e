package org.laborbridge.reporting.monthly;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.web.Downloads;
import org.laborbridge.shared.web.Refusals;
import org.laborbridge.shared.web.Sheets;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The monthly reports pages: the list with its filters and the form that previews a region's
 * month before submitting it; one report with its figures, steps and the approver's lock and
 * return; its download. A refusal shows the page again (422, or 409 for a step out of order) with
 * the reason, and nothing changed.
 */
@Controller
@RequestMapping("/reporting/monthly")
class MonthlyReportPages {

    private final MonthlyReports reports;
    private final MonthlyReportSheets sheets;
    private final MessageSource messages;

    MonthlyReportPages(MonthlyReports reports, MonthlyReportSheets sheets, MessageSource messages) {
        this.reports = reports;
        this.sheets = sheets;
        this.messages = messages;
    }

    @GetMapping
    ModelAndView list(@RequestParam(required = false) String region, @RequestParam(required = false) String status) {
        return listPage(region, status, null, null, null, List.of(), HttpStatus.OK);
    }

    @GetMapping("/preview")
    ModelAndView preview(
            @RequestParam(name = "region", required = false) String region,
            @RequestParam(name = "month", required = false) String month) {
        try {
            return listPage(
                    null,
                    null,
                    new Form(region, month),
                    reports.preview(region, month),
                    null,
                    List.of(),
                    HttpStatus.OK);
        } catch (InvalidInputException invalid) {
            return listPage(
                    null,
                    null,
                    new Form(region, month),
                    null,
                    Refusals.byField(invalid, messages),
                    List.of(),
                    HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    @PostMapping
    ModelAndView submit(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String month,
            RedirectAttributes redirect) {
        try {
            MonthlyReportView report = reports.submit(region, month).report();
            say(redirect, "reporting.monthly.flash.submitted");
            return new ModelAndView("redirect:/reporting/monthly/" + report.id());
        } catch (InvalidInputException invalid) {
            return listPage(
                    null,
                    null,
                    new Form(region, month),
                    null,
                    Refusals.byField(invalid, messages),
                    List.of(),
                    HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (StepRefusedException refused) {
            return listPage(
                    null,
                    null,
                    new Form(region, month),
                    null,
                    null,
                    List.of(MonthlyProblems.message(refused, messages)),
                    HttpStatus.CONFLICT);
        }
    }

    @GetMapping("/{id}")
    ModelAndView detail(@PathVariable String id) {
        return detailPage(MonthlyReportsApi.uuid(id), List.of(), HttpStatus.OK);
    }

    @PostMapping("/{id}/lock")
    ModelAndView lock(@PathVariable String id, RedirectAttributes redirect) {
        UUID report = MonthlyReportsApi.uuid(id);
        return step(report, redirect, "reporting.monthly.flash.locked", () -> reports.lock(report));
    }

    @PostMapping("/{id}/return")
    ModelAndView giveBack(
            @PathVariable String id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        UUID report = MonthlyReportsApi.uuid(id);
        return step(report, redirect, "reporting.monthly.flash.returned", () -> reports.returnReport(report, reason));
    }

    @PostMapping("/{id}/resubmit")
    ModelAndView resubmit(@PathVariable String id, RedirectAttributes redirect) {
        UUID report = MonthlyReportsApi.uuid(id);
        MonthlyReportView current = reports.get(report);
        return step(
                report,
                redirect,
                "reporting.monthly.flash.submitted",
                () -> reports.submit(current.region(), current.month().toString()));
    }

    /** One step on a report: back to it with a flash, or its page again with the refusal (422 or 409). */
    private ModelAndView step(UUID report, RedirectAttributes redirect, String flashKey, Runnable action) {
        try {
            action.run();
            say(redirect, flashKey);
            return new ModelAndView("redirect:/reporting/monthly/" + report);
        } catch (InvalidInputException invalid) {
            return detailPage(report, Refusals.all(invalid, messages), HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (StepRefusedException refused) {
            return detailPage(report, List.of(MonthlyProblems.message(refused, messages)), HttpStatus.CONFLICT);
        }
    }

    @GetMapping("/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable String id, @RequestParam(defaultValue = "xlsx") String format) {
        MonthlyReportView report = reports.get(MonthlyReportsApi.uuid(id));
        if ("csv".equalsIgnoreCase(format)) {
            return Downloads.attachment(sheets.fileName(report, "csv"), Sheets.CSV_TYPE, sheets.csv(report));
        }
        return Downloads.attachment(sheets.fileName(report, "xlsx"), Sheets.XLSX_TYPE, sheets.xlsx(report));
    }

    /** What was typed into the submit form, shown again with its preview or its refusals. */
    record Form(String region, String month) {}

    private ModelAndView listPage(
            String region,
            String status,
            Form form,
            MonthlyReports.Preview preview,
            Map<String, List<String>> errors,
            List<String> refusals,
            HttpStatus httpStatus) {
        ModelAndView page = new ModelAndView("reporting/monthly");
        page.addObject("region", region == null ? "" : region);
        page.addObject("status", status == null ? "" : status);
        page.addObject("form", form == null ? new Form("", "") : form);
        page.addObject("preview", preview);
        page.addObject("errors", errors == null ? Map.of() : errors);
        page.addObject("refusals", refusals);
        page.addObject("regions", reports.regions());
        page.addObject("statuses", ReportStatus.values());
        page.addObject("maySubmit", reports.maySubmit());
        try {
            page.addObject("reports", reports.list(region, status));
        } catch (InvalidInputException invalid) {
            page.addObject("reports", List.of());
            page.addObject("filterRefusals", Refusals.all(invalid, messages));
            httpStatus = HttpStatus.UNPROCESSABLE_CONTENT;
        }
        page.setStatus(httpStatus);
        return page;
    }

    private ModelAndView detailPage(UUID id, List<String> refusals, HttpStatus status) {
        ModelAndView page = new ModelAndView("reporting/monthly-detail");
        page.addObject("report", reports.get(id));
        page.addObject("refusals", refusals);
        page.addObject("maySubmit", reports.maySubmit());
        page.addObject("mayApprove", reports.mayApprove());
        page.setStatus(status);
        return page;
    }

    private void say(RedirectAttributes redirect, String key) {
        redirect.addFlashAttribute("flash", messages.getMessage(key, null, LocaleContextHolder.getLocale()));
    }
}
