package org.laborbridge.fairs.me;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.laborbridge.fairs.ApplicationStatus;
import org.laborbridge.fairs.ApplicationView;
import org.laborbridge.fairs.Applications;
import org.laborbridge.workers.MyPageSection;
import org.laborbridge.workers.WorkerRecord;
import org.springframework.stereotype.Component;

/** The worker's applications, offers waiting for an answer first. */
@Component
class ApplicationsSection implements MyPageSection {

    private static final Comparator<ApplicationView> OFFERS_FIRST = Comparator.<ApplicationView, Boolean>comparing(
                    application -> application.status() != ApplicationStatus.OFFERED)
            .thenComparing(ApplicationView::appliedAt, Comparator.nullsLast(Comparator.reverseOrder()));

    private final Applications applications;

    ApplicationsSection(Applications applications) {
        this.applications = applications;
    }

    @Override
    public int position() {
        return 20;
    }

    @Override
    public String fragment() {
        return "fairs/me :: applications";
    }

    @Override
    public Map<String, Object> data(WorkerRecord me) {
        List<ApplicationView> mine =
                applications.ofWorker(me.id()).stream().sorted(OFFERS_FIRST).toList();
        return Map.of("applications", mine);
    }
}
