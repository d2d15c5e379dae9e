package org.laborbridge.transport.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.transport.DemandPage;
import org.laborbridge.transport.DemandQuery;
import org.laborbridge.transport.DemandStatus;
import org.laborbridge.transport.TransportDemands;
import org.laborbridge.transport.api.TransportJson.Demand;
import org.laborbridge.transport.api.TransportJson.Page;
import org.laborbridge.transport.forms.DemandFields;
import org.laborbridge.transport.forms.PathIds;
import org.laborbridge.transport.forms.TypedFields;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who needs transport, recorded at the origin and read at the destination from the same record:
 * ADMIN, CASEWORKER and a PARTNER covering the worker's county record and change; an EMPLOYER reads
 * those of their hires; a WORKER none.
 */
@RestController
@RequestMapping("/api/v1/transport-demands")
@Tag(name = "Transport demand", description = "Who needs to travel, when, from where, to which employer")
class TransportDemandsApi {

    private final TransportDemands demands;

    TransportDemandsApi(TransportDemands demands) {
        this.demands = demands;
    }

    record CancelInput(String reason) {}

    @GetMapping
    @Operation(summary = "Demands in the caller's scope, earliest travel window first")
    Page<Demand> search(
            @RequestParam(required = false) String status,
            @Parameter(description = "household region code at any level") @RequestParam(required = false)
                    String region,
            @Parameter(description = "the travel window must overlap [from, to]") @RequestParam(required = false)
                    String from,
            @RequestParam(required = false) String to,
            @Parameter(description = "only the demands of this placement") @RequestParam(required = false)
                    String placement,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + DemandQuery.DEFAULT_SIZE) int size) {
        TypedFields typed = new TypedFields();
        DemandQuery query = new DemandQuery(
                typed.choice(DemandStatus.class, status, "status"),
                region,
                typed.day(from, "from"),
                typed.day(to, "to"),
                page,
                size,
                typed.id(placement, "placement", PlacementId::parse));
        typed.check();
        DemandPage found = demands.search(query);
        return new Page<>(found.items().stream().map(Demand::of).toList(), found.total(), found.page(), found.size());
    }

    @PostMapping
    @Operation(summary = "Record a demand for a placement: {placement, earliest, latest, gatheringPoint, note}")
    @ApiResponse(responseCode = "201", description = "Recorded; Location names the demand")
    @ApiResponse(responseCode = "422", description = "Window reversed or after the start; a second open demand")
    ResponseEntity<Demand> record(@RequestBody DemandFields input) {
        Demand recorded = Demand.of(demands.record(input.toForm()));
        return ResponseEntity.created(URI.create("/api/v1/transport-demands/" + recorded.id()))
                .body(recorded);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One demand")
    Demand find(@PathVariable String id) {
        return Demand.of(demands.find(PathIds.demand(id)));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change the window or gathering point of an OPEN demand")
    Demand change(@PathVariable String id, @RequestBody DemandFields input) {
        return Demand.of(demands.change(PathIds.demand(id), input.toForm()));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "OPEN → CANCELLED; a PLANNED demand must first be taken off its trip")
    Demand cancel(@PathVariable String id, @RequestBody(required = false) CancelInput input) {
        return Demand.of(demands.cancel(PathIds.demand(id), input == null ? null : input.reason()));
    }
}
