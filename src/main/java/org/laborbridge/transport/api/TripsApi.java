package org.laborbridge.transport.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.transport.TransportMode;
import org.laborbridge.transport.TripId;
import org.laborbridge.transport.TripPage;
import org.laborbridge.transport.TripQuery;
import org.laborbridge.transport.TripStatus;
import org.laborbridge.transport.Trips;
import org.laborbridge.transport.api.TransportJson.Line;
import org.laborbridge.transport.api.TransportJson.ManifestJson;
import org.laborbridge.transport.api.TransportJson.Page;
import org.laborbridge.transport.api.TransportJson.Share;
import org.laborbridge.transport.api.TransportJson.Trip;
import org.laborbridge.transport.forms.ManifestDownload;
import org.laborbridge.transport.forms.PathIds;
import org.laborbridge.transport.forms.TripFields;
import org.laborbridge.transport.forms.TypedFields;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Point-to-point trips (点对点), their manifests (乘车名单) and each step from boarding to the
 * hand-over, with the same scopes as the pages: anyone who may not see a trip gets 404, a step out
 * of order 422 with field {@code status} and code {@code INVALID_TRANSITION}.
 */
@RestController
@RequestMapping("/api/v1/trips")
@Tag(name = "Transport", description = "Chartered trips in numbered batches, manifests, boarding and hand-over")
class TripsApi {

    private final Trips trips;

    TripsApi(Trips trips) {
        this.trips = trips;
    }

    /**
     * Every value as text, so that a cost of "abc" or -5 is refused as field {@code totalCost}
     * (422) instead of an unreadable body (400). A JSON number is read as its text.
     */
    record TripInput(
            String mode,
            String operator,
            String vehicleNo,
            String origin,
            String gatheringPoint,
            List<String> destinations,
            String plannedDeparture,
            String plannedArrival,
            String seats,
            String totalCost,
            String batchNo) {

        TripFields fields() {
            return new TripFields(
                    mode,
                    operator,
                    vehicleNo,
                    origin,
                    gatheringPoint,
                    destinations == null ? null : String.join(" ", destinations),
                    plannedDeparture,
                    plannedArrival,
                    seats,
                    totalCost,
                    batchNo);
        }
    }

    record TravellersInput(String placement, List<String> placements) {}

    record CheckInput(String check, Boolean passed, String note) {}

    record HandOverInput(String employer, String receivedBy) {}

    record TimeInput(String at) {}

    record CancelInput(String reason) {}

    @GetMapping
    @Operation(summary = "Trips in the caller's scope, latest planned departure first")
    Page<Trip> search(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String mode,
            @Parameter(description = "origin region code at any level") @RequestParam(required = false) String region,
            @Parameter(description = "first planned departure day, e.g. 2026-03-01") @RequestParam(required = false)
                    String from,
            @Parameter(description = "last planned departure day") @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + TripQuery.DEFAULT_SIZE) int size) {
        TypedFields typed = new TypedFields();
        TripQuery query = new TripQuery(
                typed.choice(TripStatus.class, status, "status"),
                typed.choice(TransportMode.class, mode, "mode"),
                region,
                typed.day(from, "from"),
                typed.day(to, "to"),
                page,
                size);
        typed.check();
        TripPage found = trips.search(query);
        return new Page<>(found.items().stream().map(Trip::of).toList(), found.total(), found.page(), found.size());
    }

    @PostMapping
    @Operation(
            summary = "Plan one vehicle (ADMIN, CASEWORKER, PARTNER covering the origin); times in Beijing time,"
                    + " cost in yuan; batchNo joins an existing batch, none opens the next")
    @ApiResponse(responseCode = "201", description = "Planned; Location names the trip")
    @ApiResponse(responseCode = "422", description = "Refused field by field, e.g. totalCost FORMAT or NEGATIVE")
    ResponseEntity<Trip> plan(@RequestBody TripInput input) {
        Trip planned = Trip.of(trips.plan(input.fields().toForm()));
        return ResponseEntity.created(URI.create("/api/v1/trips/" + planned.id()))
                .body(planned);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One trip with its status steps (who, when)")
    Trip find(@PathVariable String id) {
        return Trip.of(trips.find(PathIds.trip(id)));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a PLANNED trip; new times must not make any traveller's trips overlap")
    Trip change(@PathVariable String id, @RequestBody TripInput input) {
        return Trip.of(trips.change(PathIds.trip(id), input.fields().toForm()));
    }

    @GetMapping("/{id}/manifest")
    @Operation(
            summary = "The manifest in the caller's sight; full=true gives full ID and phone numbers to ADMIN,"
                    + " CASEWORKER and a PARTNER covering the origin (audit-logged), masked to the others")
    ManifestJson manifest(@PathVariable String id, @RequestParam(defaultValue = "false") boolean full) {
        TripId trip = PathIds.trip(id);
        return ManifestJson.of(full ? trips.manifestInFull(trip) : trips.manifest(trip));
    }

    @GetMapping("/{id}/manifest.xlsx")
    @Operation(summary = "The manifest as an XLSX workbook in the caller's language, masked per role, audit-logged")
    ResponseEntity<byte[]> workbook(@PathVariable String id, Locale locale) {
        return ManifestDownload.of(trips, PathIds.trip(id), locale);
    }

    @PostMapping("/{id}/travellers")
    @Operation(
            summary =
                    "Put travellers on the manifest by placement: {placement} for one, {placements:[...]} for"
                            + " several, all or nothing (the refusal names its row). Refused: FULL, ALREADY_LISTED, OVERLAPPING_TRIP")
    @ApiResponse(responseCode = "201", description = "The new manifest lines")
    ResponseEntity<List<Line>> addTravellers(@PathVariable String id, @RequestBody TravellersInput input) {
        TripId trip = PathIds.trip(id);
        TypedFields typed = new TypedFields();
        PlacementId one = typed.id(input.placement(), "placement", PlacementId::parse);
        if (input.placements() == null) {
            typed.required(input.placement(), "placement");
        }
        List<PlacementId> several = typed.placements(input.placements(), "placements");
        typed.check();
        List<Line> added = (input.placements() == null
                        ? List.of(trips.addTraveller(trip, one))
                        : trips.addTravellers(trip, several))
                .stream().map(Line::of).toList();
        return ResponseEntity.created(URI.create("/api/v1/trips/" + trip + "/manifest"))
                .body(added);
    }

    @DeleteMapping("/{id}/travellers/{worker}")
    @Operation(summary = "Take a LISTED traveller off before departure; the seat is free again")
    @ApiResponse(responseCode = "204", description = "Removed")
    ResponseEntity<Void> removeTraveller(@PathVariable String id, @PathVariable String worker) {
        trips.removeTraveller(PathIds.trip(id), PathIds.traveller(worker));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/travellers/{worker}/checks")
    @Operation(summary = "Record one configured pre-departure check (e.g. HEALTH) as passed or failed")
    Line recordCheck(@PathVariable String id, @PathVariable String worker, @RequestBody CheckInput input) {
        return Line.of(trips.recordCheck(
                PathIds.trip(id),
                PathIds.traveller(worker),
                input.check(),
                Boolean.TRUE.equals(input.passed()),
                input.note()));
    }

    @PostMapping("/{id}/travellers/{worker}/board")
    @Operation(summary = "LISTED → BOARDED while BOARDING; every configured check must have passed")
    Line board(@PathVariable String id, @PathVariable String worker) {
        return Line.of(trips.board(PathIds.trip(id), PathIds.traveller(worker)));
    }

    @PostMapping("/{id}/travellers/{worker}/no-show")
    @Operation(summary = "LISTED → NO_SHOW while BOARDING: did not come, takes no share of the cost")
    Line noShow(@PathVariable String id, @PathVariable String worker) {
        return Line.of(trips.markNoShow(PathIds.trip(id), PathIds.traveller(worker)));
    }

    @PostMapping("/{id}/travellers/{worker}/hand-over")
    @Operation(
            summary = "BOARDED → HANDED_OVER on arrival, to the employer that hired the traveller (else"
                    + " employer NOT_THE_EMPLOYER); receivedBy names who took them over")
    Line handOver(@PathVariable String id, @PathVariable String worker, @RequestBody HandOverInput input) {
        TypedFields typed = new TypedFields();
        EmployerId employer = typed.id(input.employer(), "employer", EmployerId::parse);
        typed.check();
        return Line.of(trips.handOver(PathIds.trip(id), PathIds.traveller(worker), employer, input.receivedBy()));
    }

    @PostMapping("/{id}/boarding")
    @Operation(summary = "PLANNED → BOARDING: the gathering point is open")
    Trip startBoarding(@PathVariable String id) {
        return Trip.of(trips.startBoarding(PathIds.trip(id)));
    }

    @PostMapping("/{id}/departure")
    @Operation(summary = "BOARDING → DEPARTED at {at} (Beijing time, not in the future); everyone BOARDED or NO_SHOW")
    Trip depart(@PathVariable String id, @RequestBody TimeInput input) {
        return Trip.of(trips.depart(PathIds.trip(id), time(input)));
    }

    @PostMapping("/{id}/arrival")
    @Operation(summary = "DEPARTED → ARRIVED at {at} (ADMIN, CASEWORKER); fixes each traveller's share of the cost")
    Trip arrive(@PathVariable String id, @RequestBody TimeInput input) {
        return Trip.of(trips.arrive(PathIds.trip(id), time(input)));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "ARRIVED → HANDED_OVER once every boarded traveller is handed over (ADMIN, CASEWORKER)")
    Trip close(@PathVariable String id) {
        return Trip.of(trips.close(PathIds.trip(id)));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel before departure with a reason; every traveller is freed")
    Trip cancel(@PathVariable String id, @RequestBody CancelInput input) {
        return Trip.of(trips.cancel(PathIds.trip(id), input.reason()));
    }

    @GetMapping("/{id}/shares")
    @Operation(
            summary = "Each traveller's share of the cost once ARRIVED (exact to the fen), and whether their"
                    + " charter is fully subsidised; empty before")
    List<Share> shares(@PathVariable String id) {
        return trips.shares(PathIds.trip(id)).stream().map(Share::of).toList();
    }

    private static LocalDateTime time(TimeInput input) {
        TypedFields typed = new TypedFields();
        LocalDateTime at = typed.requiredTime(input.at(), "at");
        typed.check();
        return at;
    }
}
