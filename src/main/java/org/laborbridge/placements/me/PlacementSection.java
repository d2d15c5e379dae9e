package org.laborbridge.placements.me;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.laborbridge.placements.PlacementStatus;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.placements.Placements;
import org.laborbridge.workers.MyPageSection;
import org.laborbridge.workers.WorkerRecord;
import org.springframework.stereotype.Component;

/** The worker's job: where and when they start, what they earn, and earlier jobs below it. */
@Component
class PlacementSection implements MyPageSection {

    private final Placements placements;

    PlacementSection(Placements placements) {
        this.placements = placements;
    }

    @Override
    public int position() {
        return 10;
    }

    @Override
    public String fragment() {
        return "placements/me :: placement";
    }

    @Override
    public Map<String, Object> data(WorkerRecord me) {
        List<PlacementView> mine = placements.ofWorker(me.id()).stream()
                .sorted(Comparator.comparing((PlacementView placement) -> placement.status() == PlacementStatus.LEFT)
                        .thenComparing(PlacementView::startDate, Comparator.reverseOrder()))
                .toList();
        return Map.of("placements", mine);
    }
}
