package org.laborbridge.fairs.applications;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.laborbridge.fairs.ApplicationView;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.laborbridge.workers.WorkerSummary;
import org.springframework.stereotype.Component;

/**
 * Applications as callers see them, with the applicant's name from the registry's masked
 * summaries. Only applications already found inside the caller's scope come here, which is what
 * makes asking the registry without its own scope check right.
 */
@Component
class ApplicationViews {

    private final WorkerRegistry registry;

    ApplicationViews(WorkerRegistry registry) {
        this.registry = registry;
    }

    ApplicationView of(Application application) {
        return of(List.of(application)).get(0);
    }

    List<ApplicationView> of(List<Application> applications) {
        if (applications.isEmpty()) {
            return List.of();
        }
        Map<WorkerId, String> names =
                registry
                        .summariesOf(applications.stream()
                                .map(a -> a.particulars().worker())
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(WorkerSummary::id, WorkerSummary::name, (a, b) -> a));
        return applications.stream().map(a -> view(a, names::get)).toList();
    }

    private static ApplicationView view(Application application, Function<WorkerId, String> names) {
        Particulars p = application.particulars();
        return new ApplicationView(
                p.id(),
                p.worker(),
                names.apply(p.worker()),
                p.posting(),
                p.employer(),
                p.employerName(),
                p.postingTitle(),
                p.jobType(),
                p.fair(),
                p.channel(),
                application.status(),
                application.offer(),
                application.steps(),
                application.interviewAt());
    }
}
