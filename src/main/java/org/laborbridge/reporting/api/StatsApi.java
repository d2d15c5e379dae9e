package org.laborbridge.reporting.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.laborbridge.reporting.Statistics;
import org.laborbridge.reporting.Summary;
import org.laborbridge.reporting.SummaryQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The programme's headline figures, answered from the pre-aggregated figures (current within a
 * minute of new records): a partner user gets their own regions and 403 for anyone else's.
 */
@RestController
@RequestMapping("/api/v1/stats")
@Tag(name = "Statistics", description = "The programme's headline figures by region and period")
class StatsApi {

    private final Statistics statistics;

    StatsApi(Statistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/summary")
    @Operation(
            summary = "Headline figures",
            description = "Counts of workers helped out, point-to-point batches and travellers, fairs, "
                    + "enterprises at fairs, positions offered, placements, workshops and their employees, "
                    + "and subsidies paid (yuan), for the regions (a county, prefecture or province code "
                    + "covers everything inside it; several add up) and the months from–to, inclusive.")
    @ApiResponse(responseCode = "200", description = "The figures")
    @ApiResponse(responseCode = "403", description = "A partner asking for another region, or an employer or worker")
    @ApiResponse(
            responseCode = "422",
            description = "Unknown region, unreadable month, or a period that ends before it starts")
    Summary summary(
            @Parameter(description = "GB/T 2260 code at any level; repeat for several; none: all you may see")
                    @RequestParam(name = "region", required = false)
                    List<String> regions,
            @Parameter(description = "First month, yyyy-MM or yyyy-MM-dd; none: from the beginning")
                    @RequestParam(required = false)
                    String from,
            @Parameter(description = "Last month, yyyy-MM or yyyy-MM-dd; none: up to now")
                    @RequestParam(required = false)
                    String to) {
        return statistics.summary(new SummaryQuery(regions, from, to));
    }
}
