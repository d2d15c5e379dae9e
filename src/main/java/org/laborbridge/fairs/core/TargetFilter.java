package org.laborbridge.fairs.core;

import java.util.ArrayList;
import java.util.List;
import org.laborbridge.fairs.TargetGroup;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.workers.LaborCapacity;
import org.laborbridge.workers.WorkerQuery;
import org.laborbridge.workers.WorkerSummary;

/**
 * A fair's target group laid over a caseworker's worker filter, for signing up everyone it finds:
 * what the registry can filter goes into the query, labor capacity (which it cannot) is checked
 * on each summary. A household region of the filter outside the target's regions finds nobody.
 */
final class TargetFilter {

    private TargetFilter() {}

    /** Null when the filter and the target cannot both hold for anyone. */
    static WorkerQuery narrow(WorkerQuery filter, TargetGroup target) {
        Boolean poor = target.registeredPoorOnly() ? Boolean.TRUE : filter.registeredPoor();
        Boolean migrate = target.willingToMigrateOnly() ? Boolean.TRUE : filter.willingToMigrate();
        if ((target.registeredPoorOnly() && Boolean.FALSE.equals(filter.registeredPoor()))
                || (target.willingToMigrateOnly() && Boolean.FALSE.equals(filter.willingToMigrate()))) {
            return null;
        }
        List<String> regions = regions(filter.regions(), target.householdRegions());
        if (regions == null) {
            return null;
        }
        return new WorkerQuery(
                filter.q(), regions, poor, filter.situation(), migrate, "createdAt", false, 0, WorkerQuery.MAX_SIZE);
    }

    static boolean admits(TargetGroup target, WorkerSummary worker) {
        return !target.laborCapacityRequired() || worker.laborCapacity() != LaborCapacity.NONE;
    }

    private static List<String> regions(List<String> chosen, List<String> targeted) {
        if (targeted.isEmpty()) {
            return chosen;
        }
        if (chosen.isEmpty()) {
            return targeted;
        }
        List<String> inside = new ArrayList<>();
        for (String code : chosen) {
            if (targeted.stream().anyMatch(t -> code.startsWith(RegionCode.coveringPrefix(t)))) {
                inside.add(code);
            }
        }
        return inside.isEmpty() ? null : inside;
    }
}
