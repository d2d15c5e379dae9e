package org.laborbridge.reporting.dashboard;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.web.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The programme's dashboard for bureau and partner staff: headline tiles, charts each with its
 * table, and every table as XLSX or CSV for the same filter. A refused filter keeps the page and
 * says why (422); employers, workers and a partner naming another's region get 403 from the
 * summary's own check.
 */
@Controller
class DashboardPage {

    private final Dashboard dashboard;
    private final DashboardCharts charts;
    private final DashboardExports exports;
    private final MessageSource messages;

    DashboardPage(Dashboard dashboard, DashboardCharts charts, DashboardExports exports, MessageSource messages) {
        this.dashboard = dashboard;
        this.charts = charts;
        this.exports = exports;
        this.messages = messages;
    }

    @GetMapping("/reporting")
    ModelAndView dashboard(@ModelAttribute("filter") DashboardFilter filter, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("tableIds", Dashboard.TABLES);
        try {
            DashboardView view = dashboard.read(filter, false);
            model.addAttribute("regions", view.regionOptions());
            model.addAttribute("view", view);
            model.addAttribute("charts", charts.options(view));
            model.addAttribute(
                    "scopeRegions",
                    view.summary().regions().stream()
                            .map(code -> dashboard.regionName(code) + " (" + code + ")")
                            .toList());
            model.addAttribute(
                    "scopePeriod", period(view.summary().from(), view.summary().to()));
            return new ModelAndView("reporting/dashboard", model.asMap());
        } catch (InvalidInputException refused) {
            model.addAttribute("refusals", Refusals.byField(refused, messages));
            model.addAttribute("regions", dashboard.regionOptions(null));
            model.addAttribute("charts", Map.of());
            return new ModelAndView("reporting/dashboard", model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    private String period(YearMonth from, YearMonth to) {
        Locale locale = LocaleContextHolder.getLocale();
        String open = messages.getMessage("dashboard.scope.open", null, locale);
        return messages.getMessage(
                "dashboard.scope.period",
                new Object[] {from == null ? open : from.toString(), to == null ? open : to.toString()},
                locale);
    }

    @GetMapping("/reporting/export/{table}.{format}")
    ResponseEntity<byte[]> export(
            @PathVariable String table, @PathVariable String format, @ModelAttribute DashboardFilter filter) {
        return exports.export(table, format, filter);
    }
}
