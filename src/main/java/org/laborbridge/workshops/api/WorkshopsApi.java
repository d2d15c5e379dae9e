package org.laborbridge.workshops.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.workshops.EmployeeView;
import org.laborbridge.workshops.HeadcountMonth;
import org.laborbridge.workshops.WorkshopId;
import org.laborbridge.workshops.WorkshopPage;
import org.laborbridge.workshops.WorkshopQuery;
import org.laborbridge.workshops.WorkshopStatus;
import org.laborbridge.workshops.WorkshopType;
import org.laborbridge.workshops.WorkshopView;
import org.laborbridge.workshops.Workshops;
import org.laborbridge.workshops.input.TypedValues;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/workshops")
@Tag(
        name = "Workshops",
        description = "Poverty-alleviation workshops (扶贫车间) and their local employees; bureau staff manage all, "
                + "partner staff those in their regions")
class WorkshopsApi {

    private final Workshops workshops;

    WorkshopsApi(Workshops workshops) {
        this.workshops = workshops;
    }

    record Page(List<SummaryJson> items, long total) {}

    @GetMapping
    @Operation(summary = "Workshops, filtered by region (a code at any level), status and type")
    Page list(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) WorkshopStatus status,
            @RequestParam(required = false) WorkshopType type,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        WorkshopPage result = workshops.search(new WorkshopQuery(region, status, type, page, size));
        return new Page(result.items().stream().map(SummaryJson::of).toList(), result.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One workshop with its recognition criteria as checked today")
    WorkshopJson get(@PathVariable String id) {
        return WorkshopJson.of(workshops.get(id(id)));
    }

    @PostMapping
    @Operation(summary = "Register a workshop in a partner county; it starts recognised")
    ResponseEntity<WorkshopJson> register(@RequestBody WorkshopRequest request) {
        WorkshopView saved = workshops.register(request.toForm());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(saved.id())
                .toUri();
        return ResponseEntity.created(location).body(WorkshopJson.of(saved));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a workshop's particulars")
    WorkshopJson change(@PathVariable String id, @RequestBody WorkshopRequest request) {
        return WorkshopJson.of(workshops.change(id(id), request.toForm()));
    }

    @GetMapping("/{id}/employees")
    @Operation(summary = "Employees, current and former; resident ID numbers masked")
    List<EmployeeJson> employees(@PathVariable String id) {
        return workshops.employees(id(id)).stream().map(EmployeeJson::of).toList();
    }

    @PostMapping("/{id}/employees")
    @Operation(summary = "A registry worker starts at the workshop; one open employment per worker")
    ResponseEntity<EmployeeJson> employ(@PathVariable String id, @RequestBody EmployeeRequest request) {
        EmployeeView employed = workshops.employ(id(id), request.toForm());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{employment}")
                .buildAndExpand(employed.id())
                .toUri();
        return ResponseEntity.created(location).body(EmployeeJson.of(employed));
    }

    @PostMapping("/{id}/employees/{employment}/leave")
    @Operation(summary = "An employee leaves on the given date")
    ResponseEntity<Void> leave(
            @PathVariable String id, @PathVariable UUID employment, @RequestBody LeaveRequest request) {
        TypedValues typed = new TypedValues();
        LocalDate endDate = typed.day(request.endDate(), "endDate");
        typed.check();
        workshops.leave(id(id), employment, endDate);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(
            summary = "Withdraw the recognition of a workshop flagged for withdrawal (bureau staff only); "
                    + "409 with code NOT_FLAGGED otherwise")
    WorkshopJson withdraw(@PathVariable String id, @RequestBody DecisionRequest request) {
        TypedValues typed = new TypedValues();
        LocalDate on = typed.day(request.effectiveOn(), "effectiveOn");
        typed.check();
        return WorkshopJson.of(workshops.withdraw(id(id), request.reason(), on));
    }

    @PostMapping("/{id}/recognition")
    @Operation(
            summary = "Recognise a withdrawn workshop again once it meets the criteria (bureau staff only); "
                    + "409 with code NOT_WITHDRAWN or CRITERIA_UNMET otherwise")
    WorkshopJson recogniseAgain(@PathVariable String id, @RequestBody DecisionRequest request) {
        TypedValues typed = new TypedValues();
        LocalDate on = typed.day(request.effectiveOn(), "effectiveOn");
        typed.check();
        return WorkshopJson.of(workshops.recogniseAgain(id(id), request.reason(), on));
    }

    @GetMapping("/{id}/status-history")
    @Operation(summary = "Changes of recognition, oldest first: status, from when, who and why")
    List<StatusChangeJson> statusHistory(@PathVariable String id) {
        return workshops.statusHistory(id(id)).stream()
                .map(StatusChangeJson::of)
                .toList();
    }

    @GetMapping("/{id}/headcount")
    @Operation(summary = "Employees and registered-poor employees at the end of each month")
    List<HeadcountMonth> headcount(@PathVariable String id) {
        return workshops.headcountOverTime(id(id));
    }

    private static WorkshopId id(String text) {
        return WorkshopId.parse(text).orElseThrow(() -> new RecordNotFoundException("workshop", text));
    }
}
