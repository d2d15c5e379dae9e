package org.laborbridge.placements.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.laborbridge.placements.DueCheckPage;
import org.laborbridge.placements.DueRetentionCheck;
import org.laborbridge.placements.PlacementQuery;
import org.laborbridge.placements.Placements;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/retention-checks")
@Tag(name = "Placements")
class RetentionChecksApi {

    private final Placements placements;

    RetentionChecksApi(Placements placements) {
        this.placements = placements;
    }

    record DueJson(
            UUID placement,
            PlacementJson.Party worker,
            String householdCounty,
            PlacementJson.Party employer,
            String jobType,
            int month,
            LocalDate dueOn,
            long daysOverdue) {

        static DueJson of(DueRetentionCheck due) {
            return new DueJson(
                    due.placement().value(),
                    new PlacementJson.Party(due.worker().value(), due.workerName()),
                    due.householdCounty(),
                    new PlacementJson.Party(due.employer().value(), due.employerName()),
                    due.jobType(),
                    due.month(),
                    due.dueOn(),
                    due.daysOverdue());
        }
    }

    record DueListJson(List<DueJson> items, long total, long overdue, long dueThisWeek, int page, int size) {}

    @GetMapping("/due")
    @Operation(
            summary = "Open retention checks due on or before a day (default today), oldest first; bureau and partner"
                    + " staff, a partner only for their regions")
    DueListJson due(
            @Parameter(description = "last due date to include; default today") @RequestParam(required = false)
                    LocalDate until,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PlacementQuery.DEFAULT_SIZE) int size) {
        DueCheckPage due = placements.dueChecks(until, page, size);
        return new DueListJson(
                due.items().stream().map(DueJson::of).toList(),
                due.total(),
                due.overdue(),
                due.dueThisWeek(),
                due.page(),
                due.size());
    }
}
