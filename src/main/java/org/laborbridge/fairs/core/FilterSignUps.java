package org.laborbridge.fairs.core;

import org.laborbridge.fairs.FairId;
import org.laborbridge.fairs.FairView;
import org.laborbridge.fairs.FilterSignUpResult;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.workers.WorkerPage;
import org.laborbridge.workers.WorkerQuery;
import org.laborbridge.workers.WorkerRegistry;
import org.laborbridge.workers.WorkerSummary;
import org.springframework.stereotype.Component;

/**
 * Signs up everyone a worker filter finds, page by page through the registry's own search (so the
 * caller's scope applies), keeping to the fair's target group. The registry list does not change
 * while we sign people up, so paging in creation order visits everyone once.
 */
@Component
class FilterSignUps {

    private final FairViews fairs;
    private final Enrolment enrolment;
    private final WorkerRegistry registry;

    FilterSignUps(FairViews fairs, Enrolment enrolment, WorkerRegistry registry) {
        this.fairs = fairs;
        this.enrolment = enrolment;
        this.registry = registry;
    }

    FilterSignUpResult signUpMatching(FairId id, WorkerQuery filter) {
        Caller caller = Callers.current();
        FairView fair = fairs.lock(id);
        FairAccess.checkDesk(caller, fair.hostRegion());
        SignUpWindow.refusal(fair, caller).ifPresent(refusal -> {
            throw new InvalidInputException(refusal);
        });
        WorkerQuery query = TargetFilter.narrow(filter, fair.target());
        if (query == null) {
            return new FilterSignUpResult(0, 0, 0, 0);
        }
        long matched = 0;
        long outside = 0;
        long added = 0;
        for (int page = 0; ; page++) {
            WorkerPage found = registry.search(query.withPage(page, WorkerQuery.MAX_SIZE));
            for (WorkerSummary worker : found.items()) {
                matched++;
                if (!TargetFilter.admits(fair.target(), worker)) {
                    outside++;
                } else if (enrolment.signUp(
                        fair, worker.id(), worker.householdRegion().code(), caller.username())) {
                    added++;
                }
            }
            if (found.items().size() < WorkerQuery.MAX_SIZE) {
                break;
            }
        }
        return new FilterSignUpResult(matched, outside, added, matched - outside - added);
    }
}
