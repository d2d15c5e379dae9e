package org.laborbridge.transport.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.laborbridge.transport.api.TransportJson.Demand;
import org.laborbridge.transport.api.TransportJson.Party;
import org.laborbridge.transport.api.TransportJson.Region;
import org.laborbridge.transport.api.TransportJson.Trip;
import org.laborbridge.transport.forms.PlanFields;
import org.laborbridge.transport.planner.PlanProposal;
import org.laborbridge.transport.planner.PlanRequest;
import org.laborbridge.transport.planner.ProposedTrip;
import org.laborbridge.transport.planner.TripPlanning;
import org.laborbridge.transport.planner.UnplannedDemand;
import org.laborbridge.transport.planning.DepartureExplanation;
import org.laborbridge.transport.planning.ModeOption;
import org.laborbridge.transport.planning.ModeTariff;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The planner (ADMIN, CASEWORKER): propose vehicles for the open demands of a window, then confirm
 * that very proposal by its fingerprint; a stale fingerprint is refused (field fingerprint, STALE).
 */
@RestController
@RequestMapping("/api/v1/trip-plans")
@Tag(name = "Transport planner", description = "Group travellers into vehicles at the lowest cost, with reasons")
class TripPlansApi {

    private final TripPlanning planning;

    TripPlansApi(TripPlanning planning) {
        this.planning = planning;
    }

    /** Days as text, so a malformed one is refused under its field (422) like every other input. */
    record PlanInput(String from, String to, String region, String fingerprint) {

        PlanRequest request() {
            return new PlanFields(from, to, region).toRequest();
        }
    }

    record Traveller(UUID demand, Party worker, Region householdCounty, LocalDate earliest, LocalDate latest) {}

    record Vehicle(
            Region origin,
            Region destination,
            String mode,
            LocalDate travelDay,
            int seats,
            BigDecimal cost,
            BigDecimal costPerPerson,
            List<Traveller> travellers) {

        static Vehicle of(ProposedTrip trip) {
            var proposal = trip.proposal();
            return new Vehicle(
                    new Region(proposal.route().origin().value(), trip.originName()),
                    new Region(proposal.route().destination().value(), trip.destinationName()),
                    proposal.mode().name(),
                    proposal.travelDay(),
                    proposal.seats(),
                    TransportJson.yuan(proposal.cost()),
                    TransportJson.yuan(proposal.costPerPerson()),
                    trip.travellers().stream()
                            .map(demand -> new Traveller(
                                    demand.id().value(),
                                    new Party(demand.worker().value(), demand.workerName()),
                                    Region.of(demand.householdCounty(), demand.householdCountyName()),
                                    demand.earliest(),
                                    demand.latest()))
                            .toList());
        }
    }

    record Option(String mode, int vehicles, BigDecimal cost, BigDecimal costPerPerson, int vehiclesChosen) {

        static Option of(ModeOption option) {
            return new Option(
                    option.mode().name(),
                    option.vehicles(),
                    TransportJson.yuan(option.cost()),
                    TransportJson.yuan(option.costPerPerson()),
                    option.vehiclesChosen());
        }
    }

    record Departure(
            Region origin,
            Region destination,
            LocalDate travelDay,
            int travellers,
            int mustTravel,
            BigDecimal cost,
            BigDecimal costPerPerson,
            List<Option> options) {

        static Departure of(DepartureExplanation departure) {
            return new Departure(
                    Region.named(departure.route().origin()),
                    Region.named(departure.route().destination()),
                    departure.travelDay(),
                    departure.travellers(),
                    departure.mustTravel(),
                    TransportJson.yuan(departure.cost()),
                    TransportJson.yuan(departure.costPerPerson()),
                    departure.options().stream().map(Option::of).toList());
        }
    }

    /** A demand the planner could not carry and why: WINDOW_PASSED (move the window) or NO_MODE (plan by hand). */
    record Unplanned(String reason, Demand demand) {

        static Unplanned of(UnplannedDemand unplanned) {
            return new Unplanned(unplanned.reason(), Demand.of(unplanned.demand()));
        }
    }

    record Tariff(String mode, int seats, BigDecimal pricePerVehicle) {

        static Tariff of(ModeTariff tariff) {
            return new Tariff(tariff.mode().name(), tariff.seats(), TransportJson.yuan(tariff.pricePerVehicle()));
        }
    }

    record Proposal(
            LocalDate from,
            LocalDate to,
            String region,
            String fingerprint,
            List<Vehicle> trips,
            List<Departure> departures,
            List<Unplanned> unplanned,
            List<Tariff> tariffs,
            BigDecimal totalCost,
            int travellers) {

        static Proposal of(PlanProposal proposal) {
            return new Proposal(
                    proposal.request().from(),
                    proposal.request().to(),
                    proposal.request().region(),
                    proposal.fingerprint(),
                    proposal.trips().stream().map(Vehicle::of).toList(),
                    proposal.departures().stream().map(Departure::of).toList(),
                    proposal.unplanned().stream().map(Unplanned::of).toList(),
                    proposal.tariffs().stream().map(Tariff::of).toList(),
                    TransportJson.yuan(proposal.totalCost()),
                    proposal.travellers());
        }
    }

    @PostMapping("/propose")
    @Operation(
            summary = "Propose vehicles for the open demands whose travel window overlaps {from, to} (at most"
                    + " 92 days), optionally only from {region}; nothing is saved")
    Proposal propose(@RequestBody PlanInput input) {
        return Proposal.of(planning.propose(input.request()));
    }

    @PostMapping("/confirm")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Turn the proposal with this {fingerprint} into PLANNED trips with their travellers")
    @ApiResponse(responseCode = "201", description = "The trips created")
    @ApiResponse(responseCode = "422", description = "The demands changed since the proposal (fingerprint STALE)")
    List<Trip> confirm(@RequestBody PlanInput input) {
        return planning.confirm(input.request(), input.fingerprint()).stream()
                .map(Trip::of)
                .toList();
    }
}
