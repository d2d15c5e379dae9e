package org.laborbridge.transport.demand;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.Employers;
import org.laborbridge.shared.Region;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.transport.DemandView;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.laborbridge.workers.WorkerSummary;
import org.springframework.stereotype.Component;

/**
 * Puts names to the ids a demand keeps. Worker names come from the registry's masked summaries
 * without its scope check, which is sound only because every caller here has already been shown
 * to see the demand (or is the planner, bureau staff who see every worker).
 */
@Component
class DemandNames {

    private final WorkerRegistry registry;
    private final Employers employers;
    private final RegionDirectory directory = RegionDirectory.standard();

    DemandNames(WorkerRegistry registry, Employers employers) {
        this.registry = registry;
        this.employers = employers;
    }

    /** Views of a page of demands, looking each worker and enterprise up once. */
    List<DemandView> views(List<TransportDemand> demands) {
        if (demands.isEmpty()) {
            return List.of();
        }
        Map<WorkerId, String> workers =
                registry
                        .summariesOf(
                                demands.stream().map(d -> d.terms().worker()).collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(WorkerSummary::id, WorkerSummary::name, (a, b) -> a));
        Map<EmployerId, String> enterprises = new HashMap<>();
        return demands.stream()
                .map(demand -> view(
                        demand,
                        workers.getOrDefault(demand.terms().worker(), ""),
                        enterprises.computeIfAbsent(demand.terms().employer(), employers::nameOf)))
                .toList();
    }

    DemandView view(TransportDemand demand) {
        return views(List.of(demand)).get(0);
    }

    private DemandView view(TransportDemand demand, String workerName, String employerName) {
        TransportDemand.Terms terms = demand.terms();
        TransportDemand.State state = demand.state();
        return new DemandView(
                demand.id(),
                terms.worker(),
                workerName,
                terms.householdCounty(),
                region(RegionCode.of(terms.householdCounty())),
                terms.placement(),
                terms.employer(),
                employerName,
                terms.workRegion(),
                region(terms.workRegion()),
                terms.startDate(),
                state.earliest(),
                state.latest(),
                state.gatheringPoint(),
                state.note(),
                state.status(),
                state.trip(),
                state.createdBy(),
                state.createdAt());
    }

    private String region(RegionCode code) {
        return directory.find(code).map(Region::name).orElse(code.value());
    }
}
