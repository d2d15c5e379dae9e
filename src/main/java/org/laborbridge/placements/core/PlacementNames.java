package org.laborbridge.placements.core;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.Employers;
import org.laborbridge.identity.Callers;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.laborbridge.workers.WorkerSummary;
import org.springframework.stereotype.Component;

/**
 * Puts names to the ids a placement keeps. Worker names come from the registry's masked summaries
 * without its scope check, which is sound only because every caller here has already been shown
 * to see the placement, and so its worker.
 */
@Component
class PlacementNames {

    private final WorkerRegistry registry;
    private final Employers employers;
    private final RegionDirectory directory = RegionDirectory.standard();

    PlacementNames(WorkerRegistry registry, Employers employers) {
        this.registry = registry;
        this.employers = employers;
    }

    /** Names for a page of placements, looking each worker and enterprise up once. */
    Lookup lookup(Collection<WorkerId> workers, Collection<EmployerId> enterprises) {
        Map<WorkerId, String> workerNames = workers.isEmpty()
                ? Map.of()
                : registry.summariesOf(List.copyOf(workers)).stream()
                        .collect(Collectors.toMap(WorkerSummary::id, WorkerSummary::name, (a, b) -> a));
        Map<EmployerId, String> employerNames = new HashMap<>();
        enterprises.forEach(id -> employerNames.computeIfAbsent(id, employers::nameOf));
        boolean notes = Callers.find().map(PlacementAccess::mayReadNotes).orElse(false);
        return new Lookup(workerNames, employerNames, directory, notes);
    }

    List<PlacementView> views(List<Placement> placements) {
        Lookup lookup = lookup(
                placements.stream().map(p -> p.terms().worker()).collect(Collectors.toSet()),
                placements.stream().map(p -> p.terms().employer()).collect(Collectors.toSet()));
        return placements.stream().map(lookup::view).toList();
    }

    PlacementView view(Placement placement) {
        return views(List.of(placement)).get(0);
    }

    String employerName(EmployerId employer) {
        return employers.nameOf(employer);
    }

    /**
     * Names found for one page; an id without a name reads as empty rather than failing the page.
     * {@code notes} says whether the caller may read follow-up and leaving notes; without it they
     * are left out of every view, so pages and API alike never carry them.
     */
    record Lookup(
            Map<WorkerId, String> workers,
            Map<EmployerId, String> employers,
            RegionDirectory directory,
            boolean notes) {

        String worker(WorkerId id) {
            return workers.getOrDefault(id, "");
        }

        String employer(EmployerId id) {
            return employers.getOrDefault(id, "");
        }

        String region(RegionCode code) {
            return directory.find(code).map(region -> region.name()).orElse(code.value());
        }

        PlacementView view(Placement placement) {
            Placement.Terms terms = placement.terms();
            return placement.view(
                    worker(terms.worker()), employer(terms.employer()), region(terms.workRegion()), notes);
        }
    }
}
