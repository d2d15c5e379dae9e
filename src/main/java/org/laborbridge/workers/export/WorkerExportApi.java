package org.laborbridge.workers.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.laborbridge.identity.Callers;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;
import org.laborbridge.workers.WorkerQuery;
import org.laborbridge.workers.search.SearchParameters;
import org.laborbridge.workers.search.WorkerFilter;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Workers")
class WorkerExportApi {

    private final WorkerExport export;

    WorkerExportApi(WorkerExport export) {
        this.export = export;
    }

    @GetMapping("/api/v1/workers/export")
    @Operation(
            summary = "Every worker the search filters select, as CSV (UTF-8 with BOM) or XLSX; numbers masked"
                    + " unless ADMIN or CASEWORKER ask for full=true; audit-logged")
    void export(
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) String q,
            @Parameter(description = "a region code at any level, or a name; repeatable")
                    @RequestParam(required = false)
                    List<String> region,
            @RequestParam(required = false) Boolean registeredPoor,
            @RequestParam(required = false) String situation,
            @RequestParam(required = false) Boolean willingToMigrate,
            @RequestParam(defaultValue = "name") String sort,
            @RequestParam(defaultValue = "false") boolean full,
            HttpServletResponse response)
            throws IOException {
        ExportFormat chosen = format(format);
        WorkerQuery query = SearchParameters.query(q, region, registeredPoor, situation, willingToMigrate, sort, 0, 1);
        export.checkAllowed(full);
        // Checked before the first byte goes out, so a bad filter still gets problem details.
        WorkerFilter.of(query, Callers.current());
        response.setContentType(chosen.contentType());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("workers-" + LocalDate.now() + "." + chosen.extension())
                        .build()
                        .toString());
        Locale locale = LocaleContextHolder.getLocale();
        export.write(query, chosen, full, locale, response.getOutputStream());
    }

    private static ExportFormat format(String typed) {
        try {
            return ExportFormat.valueOf(typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException(Violation.of("format", "UNKNOWN", "invalid.choice.UNKNOWN", typed));
        }
    }
}
