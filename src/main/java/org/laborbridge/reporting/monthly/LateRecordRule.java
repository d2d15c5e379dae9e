package org.laborbridge.reporting.monthly;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.laborbridge.reporting.Metric;

/**
 * What a report says for each metric. A flow reports the month's current figure plus the late
 * records: for every earlier locked report of the region, its month's current figure minus what
 * that report reported. This telescopes — once a month is locked, only records that arrive after
 * it move to the next report — so over all reports nothing is counted twice or lost. A stock
 * (workshops, their employees) is the stock at the month's end, with no late part.
 */
final class LateRecordRule {

    /**
     * @param month each metric's current figure for the month (for a stock, its stock then)
     * @param lockedCurrent each metric's current figure summed over the months of the earlier locked reports
     * @param lockedReported each metric's figure those reports reported, summed
     */
    List<FigureLine> figures(
            Map<Metric, Long> month, Map<Metric, Long> lockedCurrent, Map<Metric, Long> lockedReported) {
        List<FigureLine> lines = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            long own = month.getOrDefault(metric, 0L);
            long late = metric.stock()
                    ? 0
                    : lockedCurrent.getOrDefault(metric, 0L) - lockedReported.getOrDefault(metric, 0L);
            lines.add(FigureLine.of(metric, own, late));
        }
        return lines;
    }
}
