package org.laborbridge.workers.registry;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.laborbridge.identity.Callers;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.workers.TimelineEntry.Change;
import org.laborbridge.workers.WorkerHistory;
import org.laborbridge.workers.WorkerId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(propagation = Propagation.MANDATORY)
class HistoryService implements WorkerHistory {

    /** Steps taken by the platform itself (demo data, scheduled jobs) are signed by it. */
    static final String PLATFORM = "system";

    private final WorkerRows rows;
    private final WorkerTimeline timelines;

    HistoryService(WorkerRows rows, WorkerTimeline timelines) {
        this.rows = rows;
        this.timelines = timelines;
    }

    @Override
    public void record(WorkerId worker, String kind, Map<String, String> details) {
        StoredWorker stored =
                rows.find(worker).orElseThrow(() -> new RecordNotFoundException(RegistryService.SUBJECT, worker));
        Map<String, Change> changes = new LinkedHashMap<>();
        details.forEach((field, value) -> changes.put(field, new Change(null, value)));
        String actor = Callers.find().map(caller -> caller.username()).orElse(PLATFORM);
        timelines.append(
                worker,
                stored.householdCounty(),
                actor,
                kind,
                changes,
                Instant.now().truncatedTo(ChronoUnit.MICROS));
    }
}
