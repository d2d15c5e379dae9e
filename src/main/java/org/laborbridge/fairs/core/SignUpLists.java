package org.laborbridge.fairs.core;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.laborbridge.fairs.FairId;
import org.laborbridge.fairs.SignUpCounts;
import org.laborbridge.fairs.SignUpList;
import org.laborbridge.fairs.SignUpView;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.laborbridge.workers.WorkerSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who signed up for a fair, as the caller may see it: bureau staff everyone, partner staff the
 * workers of their regions, employers and workers only the counts. The scope is applied in the
 * query by household county, so the registry's summaries are asked only for workers in it.
 */
@Component
class SignUpLists {

    private final SignUpRows signUps;
    private final WorkerRegistry registry;
    private final FairViews fairs;

    SignUpLists(SignUpRows signUps, WorkerRegistry registry, FairViews fairs) {
        this.signUps = signUps;
        this.registry = registry;
        this.fairs = fairs;
    }

    SignUpList page(FairId fair, int page, int size) {
        Caller caller = Callers.current();
        if (!FairAccess.maySeeSignUps(caller)) {
            throw new AccessDeniedException("Employers and workers see how many signed up, not who");
        }
        fairs.require(fair);
        List<String> scope = scope(caller);
        List<SignUpRows.Row> rows = signUps.page(fair, scope, page, size);
        return new SignUpList(views(rows), signUps.counts(fair, scope).signedUp(), page, size);
    }

    /** Counts within the caller's scope for partners; the whole fair for everyone else. */
    SignUpCounts counts(FairId fair) {
        fairs.require(fair);
        return signUps.counts(fair, scope(Callers.current()));
    }

    SignUpView view(SignUpRows.Row row) {
        return views(List.of(row)).get(0);
    }

    private List<SignUpView> views(List<SignUpRows.Row> rows) {
        Map<WorkerId, WorkerSummary> summaries =
                registry.summariesOf(rows.stream().map(SignUpRows.Row::worker).toList()).stream()
                        .collect(Collectors.toMap(WorkerSummary::id, Function.identity()));
        return rows.stream()
                .map(row -> {
                    WorkerSummary summary = summaries.get(row.worker());
                    return new SignUpView(
                            row.worker(),
                            summary == null ? "" : summary.name(),
                            summary == null ? "" : summary.residentId(),
                            row.householdCounty(),
                            fairs.regionName(row.householdCounty()),
                            row.signedUpAt(),
                            row.signedUpBy(),
                            row.checkedInAt(),
                            row.checkedInBy());
                })
                .toList();
    }

    private static List<String> scope(Caller caller) {
        if (caller.is(Role.PARTNER)) {
            return caller.regionCodes().stream().map(RegionCode::coveringPrefix).toList();
        }
        return null;
    }
}
